// Not a test: loads N keys (10,000 by default) from a real keydesk-sandbox process into the real Keys
// page and prints what an admin would feel: ms until the first rows show, ms until all are loaded, ms
// per keystroke typed into the search box (median, p95), ms to sort by date, and the peak RSS.
//
//   bench_keyspage [N]        (QT_QPA_PLATFORM=offscreen works; xvfb-run for a real X server)
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "common/ClipboardService.h"
#include "core/SecretVault.h"
#include "keys/KeyFilterProxyModel.h"
#include "keys/KeyListModel.h"
#include "keys/KeysPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeyDesk-bench"));
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;

    SandboxProcess sandbox;
    if (!sandbox.start({ QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--keys"),
                         QString::number(count) })) {
        fprintf(stderr, "bench_keyspage: sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::unique_ptr<ApiClient> clientOwner = sandboxClient(sandbox);
    ApiClient& client = *clientOwner;
    SecretVault vault;
    vault.setMemoryOnly();
    ClipboardService clipboard;
    KeysPage page(&client, &vault, &clipboard);
    page.resize(1200, 760);

    QElapsedTimer clock;
    clock.start();
    qint64 firstRows = -1;
    QObject::connect(page.model(), &QAbstractItemModel::rowsInserted, &page, [&] {
        if (firstRows < 0)
            firstRows = clock.elapsed();
    });
    page.show();
    if (!QTest::qWaitFor([&] { return page.isListComplete(); }, 300000)) {
        fprintf(stderr, "bench_keyspage: the list did not load\n");
        return 1;
    }
    const qint64 allLoaded = clock.elapsed();
    QCoreApplication::processEvents();

    // Keystrokes: each one filters 10,000 rows and repaints the view.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("keySearchEdit"));
    std::vector<double> perKey, filterOnly, paintOnly;
    const QString typed = QStringLiteral("analytics-etl #0");
    for (int round = 0; round < 5; ++round) {
        search->clear();
        QCoreApplication::processEvents();
        for (const QChar c : typed) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(search, c.toLatin1());
            const qint64 filtered = t.nsecsElapsed();
            page.view()->viewport()->repaint(); // the frame the user sees (layout and paint)
            perKey.push_back(double(t.nsecsElapsed()) / 1e6);
            filterOnly.push_back(double(filtered) / 1e6);
            paintOnly.push_back(double(t.nsecsElapsed() - filtered) / 1e6);
        }
    }
    const int matches = page.proxy()->rowCount();
    // The platform's floor: repainting the same viewport with nothing changed (no filter, no layout).
    std::vector<double> floor;
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer t;
        t.start();
        page.view()->viewport()->repaint();
        floor.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    search->clear();
    QCoreApplication::processEvents();

    QElapsedTimer sortTimer;
    sortTimer.start();
    page.view()->sortByColumn(KeyListModel::CreatedColumn, Qt::AscendingOrder);
    page.view()->viewport()->repaint();
    const double sortAsc = double(sortTimer.nsecsElapsed()) / 1e6;
    sortTimer.restart();
    page.view()->sortByColumn(KeyListModel::CreatedColumn, Qt::DescendingOrder);
    page.view()->viewport()->repaint();
    const double sortDesc = double(sortTimer.nsecsElapsed()) / 1e6;

    printf("keys loaded                 %d (%d pages of 1000)\n", page.model()->rowCount(),
           (count + 999) / 1000);
    printf("first rows shown            %lld ms\n", static_cast<long long>(firstRows));
    printf("all keys loaded             %lld ms\n", static_cast<long long>(allLoaded));
    printf("search keystroke            median %.2f ms, p95 %.2f ms (%zu keystrokes, \"%s\" -> %d rows)\n",
           percentile(perKey, 0.5), percentile(perKey, 0.95), perKey.size(), qPrintable(typed), matches);
    printf("  of which filtering        median %.2f ms, p95 %.2f ms\n", percentile(filterOnly, 0.5),
           percentile(filterOnly, 0.95));
    printf("  of which layout + paint   median %.2f ms, p95 %.2f ms\n", percentile(paintOnly, 0.5),
           percentile(paintOnly, 0.95));
    printf("  (repaint, nothing changed median %.2f ms: the floor of one frame of this view here)\n",
           percentile(floor, 0.5));
    printf("sort by created             %.1f ms ascending, %.1f ms descending\n", sortAsc, sortDesc);
    printf("peak RSS                    %ld MB\n", peakRssMb());
    return 0;
}
