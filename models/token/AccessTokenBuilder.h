#pragma once

#include "core/Clock.h"
#include "token/Grants.h"
#include "token/Jwt.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

// Builds Twilio Access Tokens byte-for-byte as Twilio's helper libraries do.
//
// Header {"alg","typ","cty":"twilio-fpa;v=1"[,"twr"]}; claims jti = "<keySid>-<now>", grants (identity
// first), [nbf], iat, exp = now + ttl, iss, sub, in the node library's order. The python layout (sorted
// header, no iat, nbf = now, identity last) is available for comparing against python-made tokens.
class AccessTokenBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AccessTokenBuilder)

public:
    enum class Layout { TwilioNode, TwilioPython };

    static constexpr qint64 DefaultTtl = 3600;
    static constexpr qint64 MaxTtl = 86400;

    struct Result
    {
        bool ok = false;
        QByteArray token;
        QByteArray headerJson;
        QByteArray payloadJson;
        QStringList errors; // sentences; empty when ok
    };

    explicit AccessTokenBuilder(const Clock& clock = Clock::system());

    void setAccountSid(const QString& sid) { m_accountSid = sid; }
    void setKeySid(const QString& sid) { m_keySid = sid; }
    void setIdentity(const QString& identity) { m_identity = identity; }
    void setTtl(qint64 seconds) { m_ttl = seconds; }
    void setNotBefore(std::optional<qint64> nbf) { m_nbf = nbf; }
    void setRegion(const QString& region) { m_region = region; } // empty = no twr header
    void setAlgorithm(JwtAlgorithm algorithm) { m_algorithm = algorithm; }
    void setLayout(Layout layout) { m_layout = layout; }
    // Adding a grant whose key is already present replaces it, as in the node library.
    void addGrant(const Grant& grant);
    void setGrants(const QList<Grant>& grants);
    void clearGrants() { m_grants.clear(); }

    const QList<Grant>& grants() const { return m_grants; }
    qint64 ttl() const { return m_ttl; }

    // Every problem with the current settings, as sentences (empty = buildable). The secret is not
    // needed to validate, so the GUI can show problems while the user types.
    QStringList validate() const;

    // Header and payload bytes for the current settings and the clock's now, without signing.
    QByteArray headerJson() const;
    QByteArray payloadJson(qint64 now) const;

    Result build(QByteArrayView secret) const;

    static QStringList knownRegions();

private:
    const Clock& m_clock;
    QString m_accountSid;
    QString m_keySid;
    QString m_identity;
    qint64 m_ttl = DefaultTtl;
    std::optional<qint64> m_nbf;
    QString m_region;
    JwtAlgorithm m_algorithm = JwtAlgorithm::HS256;
    Layout m_layout = Layout::TwilioNode;
    QList<Grant> m_grants;
};
