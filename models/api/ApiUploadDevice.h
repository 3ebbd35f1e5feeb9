#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound.
//
// Qt 6.4's HTTP/1 connection silently sends a request again when the connection closes before any
// answer byte arrives (QHttpNetworkConnectionChannel::handleUnexpectedEOF), for POST as well; newer Qt
// skips non-idempotent methods. A resend of "create key" makes two keys. QNetworkAccessManager must
// rewind the body to resend it; this device refuses, so the resend fails with ContentReSendError and
// KeyDesk decides itself (it re-reads the list instead of posting again). The bytes (a form body can
// hold the OAuth client secret) are wiped as soon as they have all been read, on close and when destroyed.
class ApiUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit ApiUploadDevice(QByteArray data, QObject* parent = nullptr);
    ~ApiUploadDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_size; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override { return m_offset >= m_size; }
    void close() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_size = 0;
    qint64 m_offset = 0;
};
