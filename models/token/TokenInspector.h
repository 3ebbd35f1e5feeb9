#pragma once

#include "token/Finding.h"
#include "token/Jwt.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

// What KeyDesk knows about the key that signed a token (from the loaded key list), for the
// issuer-restricted-key and issuer-deleted findings.
enum class IssuerStatus { Unknown, Active, Restricted, Deleted };

// Inspects a pasted token: parses it, runs the Twilio-aware checks and, given a secret, verifies the
// signature over the received segments. Pure function of its inputs; the caller supplies "now".
class TokenInspector
{
    Q_DECLARE_TR_FUNCTIONS(TokenInspector)

public:
    enum class SignatureState { Unchecked, Verified, Invalid };

    struct Options
    {
        qint64 now = 0;
        QByteArrayView secret; // empty = do not verify
        std::function<IssuerStatus(const QString& keySid)> issuerLookup;
        qint64 allowedClockSkew = 60; // seconds of iat-in-the-future tolerated before warning
    };

    struct Result
    {
        JwtParseResult parse;
        QList<Finding> findings;
        SignatureState signature = SignatureState::Unchecked;
        std::optional<qint64> issuedAt;
        std::optional<qint64> notBefore;
        std::optional<qint64> expiresAt;

        bool ok() const { return parse.ok; }
        bool has(QStringView code) const;
        bool hasErrors() const;
        const JwtParts& parts() const { return parse.parts; }
    };

    static Result inspect(QByteArrayView paste, const Options& options);
    // Re-runs the checks on an already parsed token (cheap; for a ticking clock or a new secret).
    static Result inspect(JwtParseResult parsed, const Options& options);

    // "in 12 min", "3 h ago", "in 1 d 2 h" relative to now.
    static QString relativeTime(qint64 when, qint64 now);
    // "1 h 30 min", "24 h", "45 s".
    static QString humanDuration(qint64 seconds);
};
