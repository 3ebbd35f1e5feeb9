#include "Grants.h"

namespace {

void putString(OrderedJson& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(QString::fromLatin1(key), OrderedJson::fromString(value));
}

const OrderedJson* findPath(const OrderedJson& root, QStringView dotted)
{
    const OrderedJson* node = &root;
    for (QStringView part : dotted.split(u'.')) {
        if (!node->isObject())
            return nullptr;
        node = node->find(part);
        if (!node)
            return nullptr;
    }
    return node;
}

} // namespace

bool isSid(QStringView text, QStringView prefix)
{
    if (text.size() != 34 || !text.startsWith(prefix))
        return false;
    for (qsizetype i = 2; i < 34; ++i) {
        const char16_t c = text[i].unicode();
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

Grant VoiceGrant::toGrant() const
{
    OrderedJson o = OrderedJson::makeObject();
    if (incomingAllow) {
        OrderedJson incoming = OrderedJson::makeObject();
        incoming.insert(QStringLiteral("allow"), OrderedJson::fromBool(true));
        o.insert(QStringLiteral("incoming"), incoming);
    }
    if (!outgoingApplicationSid.isEmpty()) {
        OrderedJson outgoing = OrderedJson::makeObject();
        outgoing.insert(QStringLiteral("application_sid"), OrderedJson::fromString(outgoingApplicationSid));
        if (outgoingApplicationParams.isObject())
            outgoing.insert(QStringLiteral("params"), outgoingApplicationParams);
        o.insert(QStringLiteral("outgoing"), outgoing);
    }
    putString(o, "push_credential_sid", pushCredentialSid);
    putString(o, "endpoint_id", endpointId);
    return { QStringLiteral("voice"), o };
}

Grant VideoGrant::toGrant() const
{
    OrderedJson o = OrderedJson::makeObject();
    putString(o, "room", room);
    return { QStringLiteral("video"), o };
}

Grant ChatGrant::toGrant() const
{
    OrderedJson o = OrderedJson::makeObject();
    putString(o, "service_sid", serviceSid);
    putString(o, "endpoint_id", endpointId);
    putString(o, "deployment_role_sid", deploymentRoleSid);
    putString(o, "push_credential_sid", pushCredentialSid);
    return { QStringLiteral("chat"), o };
}

Grant SyncGrant::toGrant() const
{
    OrderedJson o = OrderedJson::makeObject();
    putString(o, "service_sid", serviceSid);
    putString(o, "endpoint_id", endpointId);
    return { QStringLiteral("data_sync"), o };
}

Grant TaskRouterGrant::toGrant() const
{
    OrderedJson o = OrderedJson::makeObject();
    putString(o, "workspace_sid", workspaceSid);
    putString(o, "worker_sid", workerSid);
    putString(o, "role", role);
    return { QStringLiteral("task_router"), o };
}

Grant PlaybackGrant::toGrant() const
{
    return { QStringLiteral("player"), grant.isObject() ? grant : OrderedJson::makeObject() };
}

GrantCatalog::Status GrantCatalog::status(const QString& grantKey)
{
    if (currentKeys().contains(grantKey))
        return Status::Current;
    if (grantKey == u"ip_messaging" || grantKey == u"rtc" || grantKey == u"programmable_voice")
        return Status::Legacy;
    return Status::Unknown;
}

QStringList GrantCatalog::currentKeys()
{
    static const QStringList keys
        = { QStringLiteral("voice"),     QStringLiteral("video"),       QStringLiteral("chat"),
            QStringLiteral("data_sync"), QStringLiteral("task_router"), QStringLiteral("player") };
    return keys;
}

QString GrantCatalog::displayName(const QString& grantKey)
{
    if (grantKey == u"voice")
        return tr("Voice");
    if (grantKey == u"video")
        return tr("Video");
    if (grantKey == u"chat")
        return tr("Chat / Conversations");
    if (grantKey == u"data_sync")
        return tr("Sync");
    if (grantKey == u"task_router")
        return tr("TaskRouter");
    if (grantKey == u"player")
        return tr("Playback (Twilio Live)");
    if (grantKey == u"ip_messaging")
        return tr("IP Messaging (legacy Chat)");
    if (grantKey == u"rtc")
        return tr("Conversations (legacy RTC)");
    if (grantKey == u"programmable_voice")
        return tr("Programmable Voice (legacy)");
    return grantKey;
}

const QList<GrantCatalog::SidField>& GrantCatalog::sidFields()
{
    static const QList<SidField> fields = {
        { QStringLiteral("voice.outgoing.application_sid"), QStringLiteral("AP"),
          tr("TwiML App for outgoing calls") },
        { QStringLiteral("voice.push_credential_sid"), QStringLiteral("CR"), tr("Push credential") },
        { QStringLiteral("chat.service_sid"), QStringLiteral("IS"), tr("Conversations/Chat service") },
        { QStringLiteral("chat.deployment_role_sid"), QStringLiteral("RL"), tr("Role in the service") },
        { QStringLiteral("chat.push_credential_sid"), QStringLiteral("CR"), tr("Push credential") },
        { QStringLiteral("data_sync.service_sid"), QStringLiteral("IS"), tr("Sync service") },
        { QStringLiteral("task_router.workspace_sid"), QStringLiteral("WS"), tr("TaskRouter workspace") },
        { QStringLiteral("task_router.worker_sid"), QStringLiteral("WK"), tr("TaskRouter worker") },
        { QStringLiteral("ip_messaging.service_sid"), QStringLiteral("IS"), tr("Chat service") },
        { QStringLiteral("ip_messaging.deployment_role_sid"), QStringLiteral("RL"),
          tr("Role in the service") },
        { QStringLiteral("ip_messaging.push_credential_sid"), QStringLiteral("CR"), tr("Push credential") },
        { QStringLiteral("programmable_voice.outgoing.application_sid"), QStringLiteral("AP"),
          tr("TwiML App for outgoing calls") },
        { QStringLiteral("programmable_voice.push_credential_sid"), QStringLiteral("CR"),
          tr("Push credential") },
    };
    return fields;
}

QString GrantCatalog::prefixMeaning(QStringView prefix)
{
    struct Entry
    {
        const char16_t* prefix;
        const char* meaning;
    };
    static const Entry entries[] = {
        { u"AC", QT_TR_NOOP("Account") },
        { u"SK", QT_TR_NOOP("API key") },
        { u"AP", QT_TR_NOOP("TwiML App") },
        { u"CR", QT_TR_NOOP("Credential (push)") },
        { u"IS", QT_TR_NOOP("Service (Conversations, Chat or Sync)") },
        { u"RL", QT_TR_NOOP("Role") },
        { u"WS", QT_TR_NOOP("TaskRouter workspace") },
        { u"WK", QT_TR_NOOP("TaskRouter worker") },
        { u"RM", QT_TR_NOOP("Video room") },
        { u"VJ", QT_TR_NOOP("PlayerStreamer") },
    };
    for (const Entry& e : entries) {
        if (prefix == QStringView(e.prefix))
            return tr(e.meaning);
    }
    return QString();
}

QList<GrantCatalog::Issue> GrantCatalog::check(const Grant& grant)
{
    QList<Issue> issues;
    const Status s = status(grant.key);
    if (s == Status::Unknown) {
        issues.append({ Issue::Kind::UnknownGrant, grant.key,
                        tr("\"%1\" is not a grant Twilio's SDKs know; known grants are %2.")
                            .arg(grant.key, currentKeys().join(QStringLiteral(", "))) });
        return issues;
    }
    if (s == Status::Legacy) {
        issues.append({ Issue::Kind::LegacyGrant, grant.key,
                        tr("\"%1\" is a legacy grant (%2); current SDKs expect %3.")
                            .arg(grant.key, displayName(grant.key),
                                 grant.key == u"ip_messaging"             ? QStringLiteral("chat")
                                     : grant.key == u"programmable_voice" ? QStringLiteral("voice")
                                                                          : QStringLiteral("video")) });
    }
    // Python writes null for an unset PlaybackGrant; that is accepted, anything else must be an object.
    if (!grant.value.isObject() && !(grant.key == u"player" && grant.value.isNull())) {
        issues.append({ Issue::Kind::WrongType, grant.key,
                        tr("The \"%1\" grant must be a JSON object.").arg(grant.key) });
        return issues;
    }
    // Paths are "<grant key>.<field>…"; look the rest up in the grant's own value.
    const qsizetype keyLength = grant.key.size();
    for (const SidField& field : sidFields()) {
        if (field.path.size() <= keyLength + 1 || field.path[keyLength] != u'.'
            || !field.path.startsWith(grant.key))
            continue;
        const OrderedJson* value = findPath(grant.value, QStringView(field.path).mid(keyLength + 1));
        if (!value)
            continue;
        if (!value->isString()) {
            issues.append(
                { Issue::Kind::WrongType, field.path, tr("%1 must be a string SID.").arg(field.path) });
        } else if (!isSid(value->toString(), field.prefix)) {
            issues.append({ Issue::Kind::SidPrefixMismatch, field.path,
                            tr("%1 is \"%2\"; it should be a %3 SID: %4 followed by 32 hex digits.")
                                .arg(field.path, value->toString(), field.meaning, field.prefix) });
        }
    }
    if (grant.key == u"voice") {
        const OrderedJson* allow = findPath(grant.value, u"incoming.allow");
        if (allow && !allow->isBool())
            issues.append(
                { Issue::Kind::WrongType, QStringLiteral("voice.incoming.allow"),
                  tr("voice.incoming.allow must be true or false; the SDK ignores anything else.") });
        const OrderedJson* params = findPath(grant.value, u"outgoing.params");
        if (params && !params->isObject())
            issues.append({ Issue::Kind::WrongType, QStringLiteral("voice.outgoing.params"),
                            tr("voice.outgoing.params must be an object.") });
    }
    return issues;
}

bool GrantCatalog::fromWireJson(QByteArrayView json, QList<Grant>* grants, QString* error)
{
    grants->clear();
    OrderedJson::ParseError parseError;
    const auto doc = OrderedJson::parse(json, &parseError, 32);
    if (!doc) {
        *error = tr("The grants are not valid JSON: %1 at byte %2.")
                     .arg(parseError.message)
                     .arg(parseError.offset + 1);
        return false;
    }
    if (!doc->isObject()) {
        *error = tr("The grants must be a JSON object such as {\"voice\":{\"incoming\":{\"allow\":true}}}.");
        return false;
    }
    for (const OrderedJson::Member& m : doc->members()) {
        if (m.key == u"identity") {
            *error = tr("\"identity\" is not a grant; give it with the identity option.");
            return false;
        }
        if (doc->count(m.key) > 1) {
            *error = tr("The grant \"%1\" appears more than once.").arg(m.key);
            return false;
        }
        const Grant grant { m.key, m.value };
        for (const Issue& issue : check(grant)) {
            if (issue.kind != Issue::Kind::LegacyGrant) {
                *error = issue.message;
                return false;
            }
        }
        grants->append(grant);
    }
    return true;
}
