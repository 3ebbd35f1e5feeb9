#pragma once

// Reads shared/twilio/token-vectors/vectors.json in place (KEYDESK_SHARED_DIR); never copied into the repo.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace TokenVectors {

inline QString path()
{
    return QStringLiteral(KEYDESK_SHARED_DIR "/twilio/token-vectors/vectors.json");
}

inline QJsonObject load()
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonObject accessToken(const QJsonObject& all, const QString& name)
{
    for (const QJsonValue& v : all.value(QStringLiteral("access_tokens")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return QJsonObject();
}

inline QJsonObject webhook(const QJsonObject& all, const QString& name)
{
    for (const QJsonValue& v : all.value(QStringLiteral("webhook_signatures")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return QJsonObject();
}

inline QString credential(const QJsonObject& all, const char* key)
{
    return all.value(QStringLiteral("credentials")).toObject().value(QLatin1String(key)).toString();
}

} // namespace TokenVectors
