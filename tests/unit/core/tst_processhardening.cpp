#include "core/ProcessHardening.h"

#include <QtTest>
#include <sys/prctl.h>
#include <sys/resource.h>

// ProcessHardening::apply() is what every KeyDesk program calls first: no core file, not dumpable.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void applyTurnsOffCoreDumpsAndDumpability();
};

void TestProcessHardening::applyTurnsOffCoreDumpsAndDumpability()
{
    const ProcessHardening::Result result = ProcessHardening::apply();
    QVERIFY(result.ok());
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit core {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
    QVERIFY(ProcessHardening::apply().ok()); // again: harmless
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
