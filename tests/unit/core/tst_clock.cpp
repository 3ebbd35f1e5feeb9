#include "core/Clock.h"

#include <QDateTime>
#include <QtTest>

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void fixedClockStandsStill();
    void fixedClockMovesOnlyWhenTold();
    void systemClockFollowsTheWallClock();
    void usableThroughTheInterface();
};

void TestClock::fixedClockStandsStill()
{
    const FixedClock clock(1700000000);
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(1700000000));
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(1700000000));
    QCOMPARE(FixedClock().currentSecsSinceEpoch(), qint64(0));
}

void TestClock::fixedClockMovesOnlyWhenTold()
{
    FixedClock clock(100);
    clock.advance(3600);
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(3700));
    clock.advance(-700);
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(3000));
    clock.setCurrentSecsSinceEpoch(1700003599);
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(1700003599));
}

void TestClock::systemClockFollowsTheWallClock()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const qint64 now = Clock::system().currentSecsSinceEpoch();
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY(now >= before);
    QVERIFY(now <= after);
    QCOMPARE(&Clock::system(), &Clock::system()); // one process-wide instance
}

void TestClock::usableThroughTheInterface()
{
    FixedClock fixed(42);
    const Clock& clock = fixed;
    fixed.advance(1);
    QCOMPARE(clock.currentSecsSinceEpoch(), qint64(43));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
