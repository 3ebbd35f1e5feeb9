// Types a vector token into the real Token Inspector page one character at a time and prints the time
// each keystroke takes (key event → parse → inspect → models, highlighter and labels updated).
// Not a test: run it by hand (QT_QPA_PLATFORM=offscreen ./bench/bench_inspector_typing).
#include "TokenVectors.h"
#include "token/JwtSyntaxHighlighter.h"
#include "token/TokenEdit.h"
#include "token/TokenInspectorPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Stats
{
    double median;
    double p95;
    double max;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&v](double q) {
        return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
    };
    return { at(0.5), at(0.95), v.back() };
}

// One run: type the token, return µs per keystroke.
std::vector<double> typeToken(const QString& token, const QString& secret, bool paint, bool highlight = true)
{
    FixedClock clock(1700000001);
    TokenInspectorPage page(nullptr, clock);
    page.resize(1200, 760);
    page.show();
    QCoreApplication::processEvents();
    if (!secret.isEmpty())
        page.findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(secret);
    auto* edit = page.findChild<TokenEdit*>(QStringLiteral("tokenEdit"));
    if (!highlight)
        edit->highlighter()->setDocument(nullptr); // diagnostic: what the colouring costs
    edit->setFocus();
    std::vector<double> out;
    out.reserve(std::size_t(token.size()));
    QElapsedTimer timer;
    for (QChar c : token) {
        timer.start();
        QTest::keyClick(edit, c.toLatin1());
        if (paint)
            page.repaint(); // a synchronous paint of the whole page, as the next frame would do
        out.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    if (!page.result().ok() || QString::fromLatin1(page.result().parse.token) != token)
        qFatal("typing did not reproduce the token");
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QJsonObject vectors = TokenVectors::load();
    const QString token = TokenVectors::accessToken(vectors, QStringLiteral("voice_full"))
                              .value(QStringLiteral("token"))
                              .toString();
    const QString secret = TokenVectors::credential(vectors, "apiSecret");
    if (token.isEmpty())
        qFatal("cannot read %s", qPrintable(TokenVectors::path()));

    typeToken(token, secret, false); // warm-up
    std::printf("bench_inspector_typing: voice_full (%d characters) typed into TokenInspectorPage, QPA %s\n",
                int(token.size()), qPrintable(QGuiApplication::platformName()));
    struct Case
    {
        const char* name;
        bool secret;
        bool paint;
        bool highlight = true;
    };
    for (const Case& c :
         { Case { "no secret", false, false }, Case { "with secret (HMAC verify per key)", true, false },
           Case { "with secret + full page repaint", true, true },
           Case { "(diagnostic) no secret, no colouring", false, false, false } }) {
        std::vector<double> all;
        for (int run = 0; run < 5; ++run) {
            const std::vector<double> v
                = typeToken(token, c.secret ? secret : QString(), c.paint, c.highlight);
            all.insert(all.end(), v.begin(), v.end());
        }
        const Stats s = stats(all);
        std::printf("  %-36s median %7.1f µs   p95 %7.1f µs   max %8.1f µs   (%zu keystrokes)\n", c.name,
                    s.median, s.p95, s.max, all.size());
    }
    return 0;
}
