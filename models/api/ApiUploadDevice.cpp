#include "ApiUploadDevice.h"

#include "core/SecretBytes.h"

#include <cstring>

ApiUploadDevice::ApiUploadDevice(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

ApiUploadDevice::~ApiUploadDevice()
{
    wipeBytes(m_data);
}

qint64 ApiUploadDevice::bytesAvailable() const
{
    return m_data.size() - m_offset + QIODevice::bytesAvailable();
}

void ApiUploadDevice::close()
{
    wipeBytes(m_data);
    m_offset = 0;
    QIODevice::close();
}

qint64 ApiUploadDevice::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_offset);
    if (n <= 0)
        return m_offset >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}
