#include "api/RetryPolicy.h"

#include <QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exponentialAndCapped()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        QCOMPARE(p.delayBefore(2, -1), 100);
        QCOMPARE(p.delayBefore(3, -1), 200);
        QCOMPARE(p.delayBefore(4, -1), 400);
        QCOMPARE(p.delayBefore(5, -1), 800);
        QCOMPARE(p.delayBefore(6, -1), 1000);
        QCOMPARE(p.delayBefore(60, -1), 1000);
    }

    void retryAfterWinsWhenLonger()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxRetryAfterMs = 5000;
        QCOMPARE(p.delayBefore(2, 2000), 2000);
        QCOMPARE(p.delayBefore(2, 50), 100);
        QCOMPARE(p.delayBefore(2, 3600 * 1000), 5000);
        QCOMPARE(p.delayBefore(2, 0), 100);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
