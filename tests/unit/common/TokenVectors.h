#pragma once

#include "core/OrderedJson.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// Read access to the shared token vectors (<shared>/twilio/token-vectors/vectors.json), parsed with
// OrderedJson so member order (grants, params, player objects) survives exactly as node wrote it.
// The folder is read in place through KEYDESK_SHARED_DIR; it is never copied into the repository.
namespace TokenVectors {

struct Credentials
{
    QString accountSid;
    QString apiKeySid;
    QByteArray apiSecret; // a made-up test secret; still never printed by the tests
    QByteArray wrongSecret;
};

struct AccessToken
{
    QString name;
    QByteArray token;
    QByteArray headerB64;
    QByteArray payloadB64;
    QByteArray signatureB64;
    QByteArray signingInput;
    QByteArray headerJson; // the exact decoded bytes
    QByteArray payloadJson;
    OrderedJson inputs; // null for the docs sample
    OrderedJson header;
    OrderedJson payload;
    OrderedJson verification; // jsonwebtoken results, null for the docs sample
    QString algorithm; // header alg
    std::optional<qint64> iat;
    std::optional<qint64> nbf;
    std::optional<qint64> exp;

    // The secret is known (every vector except the docs sample).
    bool hasKnownSecret() const { return !inputs.isNull(); }
    // Made by Twilio's node library (not hand-built, not the docs sample).
    bool isNodeMade() const { return hasKnownSecret() && name != u"python_layout_emulated"; }
    // payload.grants minus identity, compact, in the token's order: the --grants-json wire format.
    QByteArray wireGrantsJson() const;
    // The identity as the token carries it (a string; numeric identities are already stringified).
    QString identity() const;
};

QString directory(); // <shared>/twilio/token-vectors
bool load(QString* error); // parses once; false with a sentence when the file is missing or broken
const OrderedJson& document();
Credentials credentials();
QList<AccessToken> accessTokens();
const OrderedJson* webhookCase(QStringView name); // an entry of webhook_signatures[], or nullptr

// Small helpers for reading OrderedJson test data.
QString stringAt(const OrderedJson& object, QStringView key);
std::optional<qint64> integerAt(const OrderedJson& object, QStringView key);

} // namespace TokenVectors
