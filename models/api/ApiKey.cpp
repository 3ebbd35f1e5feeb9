#include "ApiKey.h"

#include "api/AnswerFields.h"
#include "api/ApiCredentials.h"
#include "api/TwilioDate.h"
#include "core/OrderedJson.h"

#include <QJsonArray>

std::optional<ApiKey> ApiKey::fromJson(const QJsonObject& object, Source source, const QString& region,
                                       QString* error)
{
    ApiKey key;
    key.sid = object.value(QStringLiteral("sid")).toString();
    if (!ApiCredentials::isKeySid(key.sid)) {
        if (error)
            *error = tr("a key in the response has no valid SID (\"%1\")").arg(key.sid.left(40));
        return std::nullopt;
    }
    const QString what = tr("key %1").arg(key.sid);
    QString problem;
    if (!AnswerFields::text(object, QStringLiteral("friendly_name"), maxFriendlyNameLength, what,
                            &key.friendlyName, &problem)
        || !AnswerFields::date(object, QStringLiteral("date_created"), what, &key.dateCreated, &problem)
        || !AnswerFields::date(object, QStringLiteral("date_updated"), what, &key.dateUpdated, &problem)
        || !AnswerFields::textList(object, QStringLiteral("flags"), 64, 64, what, &key.flags, &problem)) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (object.contains(QStringLiteral("policy"))) {
        QString policyError;
        key.policy = Policy::fromJsonValue(object.value(QStringLiteral("policy")), &policyError);
        if (!key.policy && !policyError.isEmpty()) {
            if (error)
                *error = tr("key %1 has a policy KeyDesk cannot read: %2").arg(key.sid, policyError);
            return std::nullopt;
        }
    }
    key.region = region;
    key.source = source;
    key.type = inferType(key.policy, key.flags, source);
    return key;
}

ApiKey::Type ApiKey::inferType(const std::optional<Policy>& policy, const QStringList& flags, Source source)
{
    if (policy || flags.contains(QStringLiteral("restricted")))
        return Type::Restricted;
    if (flags.contains(QStringLiteral("manage_keys")) || flags.contains(QStringLiteral("manage_accounts")))
        return Type::Main;
    // Restricted keys cannot sign Access Tokens, so their list item lacks the "signing" flag.
    if (source == Source::IamList && flags.contains(QStringLiteral("rest_api"))
        && !flags.contains(QStringLiteral("signing")))
        return Type::Restricted;
    if (source == Source::IamFetch)
        return Type::Standard;
    return Type::Unknown;
}

void ApiKey::mergeDetails(const ApiKey& details)
{
    if (!details.friendlyName.isEmpty() || friendlyName.isEmpty())
        friendlyName = details.friendlyName;
    if (details.dateCreated.isValid())
        dateCreated = details.dateCreated;
    if (details.dateUpdated.isValid())
        dateUpdated = details.dateUpdated;
    policy = details.policy;
    source = details.source;
    const Type fromDetails = inferType(policy, flags, details.source);
    // A Main key has no policy either; keep what the flags said.
    type = (type == Type::Main && fromDetails == Type::Standard) ? Type::Main : fromDetails;
}

QString ApiKey::typeName(Type type)
{
    switch (type) {
    case Type::Main:
        return QStringLiteral("main");
    case Type::Standard:
        return QStringLiteral("standard");
    case Type::Restricted:
        return QStringLiteral("restricted");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ApiKey::typeLabel(Type type)
{
    switch (type) {
    case Type::Main:
        return tr("Main");
    case Type::Standard:
        return tr("Standard");
    case Type::Restricted:
        return tr("Restricted");
    case Type::Unknown:
        break;
    }
    return tr("Unknown");
}

QJsonObject ApiKey::toJson() const
{
    QJsonObject o {
        { QStringLiteral("sid"), sid },
        { QStringLiteral("friendly_name"), friendlyName.isNull() ? QJsonValue() : QJsonValue(friendlyName) },
        { QStringLiteral("type"), typeName(type) },
        { QStringLiteral("date_created"),
          dateCreated.isValid() ? QJsonValue(dateCreated.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("date_updated"),
          dateUpdated.isValid() ? QJsonValue(dateUpdated.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("region"), region },
    };
    if (policy)
        o.insert(QStringLiteral("policy"), policy->toJsonValue());
    else if (detailsKnown())
        o.insert(QStringLiteral("policy"), QJsonValue());
    if (!flags.isEmpty())
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    return o;
}

void ApiKey::appendJson(QByteArray& out) const
{
    const auto date = [&out](const QDateTime& dt) {
        if (dt.isValid())
            out.append('"').append(TwilioDate::toIsoUtc(dt)).append('"');
        else
            out.append("null");
    };
    out.append("{\"sid\":");
    appendJsonString(out, sid);
    out.append(",\"friendly_name\":");
    if (friendlyName.isNull())
        out.append("null");
    else
        appendJsonString(out, friendlyName);
    out.append(",\"type\":\"").append(typeName(type).toLatin1()).append("\",\"date_created\":");
    date(dateCreated);
    out.append(",\"date_updated\":");
    date(dateUpdated);
    out.append(",\"region\":");
    appendJsonString(out, region);
    if (policy || detailsKnown()) {
        out.append(",\"policy\":");
        if (policy) {
            out.append("{\"allow\":[");
            for (qsizetype i = 0; i < policy->allow().size(); ++i) {
                if (i > 0)
                    out.append(',');
                appendJsonString(out, policy->allow().at(i));
            }
            out.append("]}");
        } else {
            out.append("null");
        }
    }
    if (!flags.isEmpty()) {
        out.append(",\"flags\":[");
        for (qsizetype i = 0; i < flags.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendJsonString(out, flags.at(i));
        }
        out.append(']');
    }
    out.append('}');
}

bool operator==(const ApiKey& a, const ApiKey& b)
{
    return a.sid == b.sid && a.friendlyName == b.friendlyName && a.type == b.type
        && a.dateCreated == b.dateCreated && a.dateUpdated == b.dateUpdated && a.policy == b.policy
        && a.flags == b.flags && a.region == b.region && a.source == b.source;
}
