#include "ApiUploadDevice.h"

#include "core/SecretBytes.h"

#include <cstring>

ApiUploadDevice::ApiUploadDevice(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
    , m_size(m_data.size())
{
    open(QIODevice::ReadOnly);
}

ApiUploadDevice::~ApiUploadDevice()
{
    wipeBytes(m_data);
}

qint64 ApiUploadDevice::bytesAvailable() const
{
    return m_size - m_offset + QIODevice::bytesAvailable();
}

void ApiUploadDevice::close()
{
    wipeBytes(m_data);
    m_size = 0;
    m_offset = 0;
    QIODevice::close();
}

qint64 ApiUploadDevice::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_size - m_offset);
    if (n <= 0)
        return m_offset >= m_size ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    if (m_offset >= m_size)
        wipeBytes(m_data); // all sent; it can never be read again
    return n;
}
