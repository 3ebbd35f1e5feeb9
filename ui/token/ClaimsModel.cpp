#include "ClaimsModel.h"

#include "token/PlainToolTip.h"
#include "token/TokenInspector.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

struct ClaimInfo
{
    const char* name;
    const char* meaning;
};

// Registered JWT claims (RFC 7519 §4.1) and the ones Twilio tokens and capability tokens carry.
const ClaimInfo claimInfos[] = {
    { "jti", QT_TRANSLATE_NOOP("ClaimsModel", "JWT ID: Twilio writes \"<API key SID>-<issue time>\".") },
    { "iss",
      QT_TRANSLATE_NOOP("ClaimsModel", "Issuer: the API key SID (SK…) whose secret signed the token.") },
    { "sub", QT_TRANSLATE_NOOP("ClaimsModel", "Subject: the Account SID (AC…) the token acts for.") },
    { "iat", QT_TRANSLATE_NOOP("ClaimsModel", "Issued at (seconds since 1970, UTC).") },
    { "nbf", QT_TRANSLATE_NOOP("ClaimsModel", "Not before: the token is refused until this time.") },
    { "exp",
      QT_TRANSLATE_NOOP("ClaimsModel",
                        "Expiration time: refused from this second on (at most 24 h after issue).") },
    { "grants",
      QT_TRANSLATE_NOOP("ClaimsModel",
                        "What the token allows: identity and one object per product (see Grants).") },
    { "aud",
      QT_TRANSLATE_NOOP("ClaimsModel",
                        "Audience: who the token is meant for (not used by Twilio Access Tokens).") },
    { "scope", QT_TRANSLATE_NOOP("ClaimsModel", "Scopes of a legacy Twilio Client capability token.") },
    { "identity", QT_TRANSLATE_NOOP("ClaimsModel", "The client's identity (belongs inside grants).") },
    { "version", QT_TRANSLATE_NOOP("ClaimsModel", "Version of a TaskRouter capability token.") },
    { "friendly_name", QT_TRANSLATE_NOOP("ClaimsModel", "Friendly name of a TaskRouter capability token.") },
    { "account_sid", QT_TRANSLATE_NOOP("ClaimsModel", "Account SID of a TaskRouter capability token.") },
    { "workspace_sid", QT_TRANSLATE_NOOP("ClaimsModel", "TaskRouter Workspace (WS…).") },
    { "worker_sid", QT_TRANSLATE_NOOP("ClaimsModel", "TaskRouter Worker (WK…).") },
    { "channel", QT_TRANSLATE_NOOP("ClaimsModel", "Event channel of a TaskRouter capability token.") },
    { "policies", QT_TRANSLATE_NOOP("ClaimsModel", "Policies of a TaskRouter capability token.") },
    { "hrh", QT_TRANSLATE_NOOP("ClaimsModel", "Hashed request headers (public-key client validation).") },
    { "rqh", QT_TRANSLATE_NOOP("ClaimsModel", "Request hash (public-key client validation).") },
    { "alg", QT_TRANSLATE_NOOP("ClaimsModel", "Signing algorithm; Twilio Access Tokens use HS256.") },
    { "typ", QT_TRANSLATE_NOOP("ClaimsModel", "Media type of the token: \"JWT\".") },
    { "cty",
      QT_TRANSLATE_NOOP("ClaimsModel", "Content type: \"twilio-fpa;v=1\" marks a Twilio Access Token.") },
    { "twr", QT_TRANSLATE_NOOP("ClaimsModel", "Twilio region (us1, ie1, au1); the key must belong to it.") },
    { "kid", QT_TRANSLATE_NOOP("ClaimsModel", "Key ID: the credential that signed the token.") },
};

} // namespace

ClaimsModel::ClaimsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

ClaimsModel::Row ClaimsModel::rowFor(const OrderedJson::Member& member)
{
    Row row;
    row.name = member.key;
    row.json = member.value.toCompact();
    row.display = member.value.isString() ? member.value.toString() : QString::fromUtf8(row.json);
    if (isTimeClaim(member.key))
        row.time = member.value.toInteger();
    return row;
}

void ClaimsModel::setPayload(const OrderedJson& payload)
{
    std::vector<Row> rows;
    if (payload.isObject()) {
        rows.reserve(payload.members().size());
        for (const OrderedJson::Member& m : payload.members())
            rows.push_back(rowFor(m));
    }
    bool sameNames = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameNames && i < rows.size(); ++i)
        sameNames = rows[i].name == m_rows[i].name;
    if (!sameNames) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = std::move(rows[i]);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

void ClaimsModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ClaimsModel::setNow(qint64 now)
{
    if (now == m_now)
        return;
    m_now = now;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].time)
            emit dataChanged(index(int(i), RelativeColumn), index(int(i), RelativeColumn));
    }
}

QString ClaimsModel::keyFromIndex(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QString();
    return m_rows[std::size_t(index.row())].name;
}

QModelIndex ClaimsModel::indexFromKey(const QString& claim, int column) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == claim)
            return index(int(i), column);
    }
    return QModelIndex();
}

int ClaimsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case ClaimNameRole:
        return row.name;
    case JsonValueRole:
        return row.json;
    case TimeRole:
        return row.time ? QVariant(*row.time) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClaimColumn:
            return row.name;
        case ValueColumn:
            return row.display;
        case RelativeColumn:
            return row.time ? relativeText(row.name, *row.time) : QString();
        case LocalTimeColumn:
            return row.time ? localText(*row.time) : QString();
        case UtcTimeColumn:
            return row.time ? utcText(*row.time) : QString();
        case MeaningColumn:
            return claimMeaning(row.name);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        // The value and the claim's name come from the token: never rendered as HTML.
        if (index.column() == ValueColumn)
            return plainToolTip(row.display);
        return claimMeaning(row.name);
    default:
        return QVariant();
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClaimColumn:
        return tr("Claim");
    case ValueColumn:
        return tr("Value");
    case RelativeColumn:
        return tr("When");
    case LocalTimeColumn:
        return tr("Local time");
    case UtcTimeColumn:
        return tr("UTC");
    case MeaningColumn:
        return tr("Meaning");
    default:
        return QVariant();
    }
}

QString ClaimsModel::claimMeaning(const QString& claim)
{
    for (const ClaimInfo& info : claimInfos) {
        if (claim == QLatin1String(info.name))
            return tr(info.meaning);
    }
    return QString();
}

bool ClaimsModel::isTimeClaim(const QString& claim)
{
    return claim == u"iat" || claim == u"nbf" || claim == u"exp" || claim == u"auth_time";
}

QString ClaimsModel::utcText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(" UTC");
}

QString ClaimsModel::localText(qint64 secs)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString ClaimsModel::relativeText(const QString& claim, qint64 when) const
{
    const QString relative = TokenInspector::relativeTime(when, m_now);
    if (claim == u"exp")
        return when > m_now ? tr("expires %1").arg(relative) : tr("expired %1").arg(relative);
    if (claim == u"nbf")
        return when > m_now ? tr("valid %1").arg(relative) : tr("valid since %1").arg(relative);
    if (claim == u"iat")
        return tr("issued %1").arg(relative);
    return relative;
}
