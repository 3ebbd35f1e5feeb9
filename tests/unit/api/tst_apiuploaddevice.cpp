#include "api/ApiUploadDevice.h"

#include <QTest>

// The body device that keeps Qt 6.4 from resending a POST on its own: readable once, never rewound.
class TestApiUploadDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnceAndRefusesToRewind()
    {
        ApiUploadDevice device(QByteArray("FriendlyName=ci&KeyType=restricted"));
        QVERIFY(device.isOpen());
        QVERIFY(device.isSequential());
        QCOMPARE(device.size(), 34);
        QCOMPARE(device.bytesAvailable(), 34);
        QCOMPARE(device.read(12), QByteArray("FriendlyName"));
        QCOMPARE(device.readAll(), QByteArray("=ci&KeyType=restricted"));
        QVERIFY(device.atEnd());
        QVERIFY(!device.reset());
        QVERIFY(!device.seek(0));
        QVERIFY(device.readAll().isEmpty());
        QCOMPARE(device.write("x"), qint64(-1));
    }

    void closeDropsTheBytes()
    {
        ApiUploadDevice device(QByteArray("client_secret=s3cret"));
        device.close();
        QVERIFY(!device.isOpen());
        QCOMPARE(device.size(), 0);
    }

    void emptyBody()
    {
        ApiUploadDevice device { QByteArray() };
        QVERIFY(device.atEnd());
        QCOMPARE(device.bytesAvailable(), 0);
        QVERIFY(!device.reset());
    }
};

QTEST_GUILESS_MAIN(TestApiUploadDevice)
#include "tst_apiuploaddevice.moc"
