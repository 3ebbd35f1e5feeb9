#pragma once

#include "api/Policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

// One API key as the list and detail views show it. A value type: never holds the secret.
class ApiKey
{
    Q_DECLARE_TR_FUNCTIONS(ApiKey)

public:
    enum class Type { Unknown, Main, Standard, Restricted };
    // Which response the fields came from: list items (IAM v1 carries flags, no policy), a fetch (IAM v1
    // carries the policy), or v2010 (neither).
    enum class Source { None, IamList, IamFetch, V2010 };

    QString sid;
    QString friendlyName; // may be empty (Twilio stores null when none was given)
    Type type = Type::Unknown;
    QDateTime dateCreated; // UTC
    QDateTime dateUpdated; // UTC
    std::optional<Policy> policy; // present for Restricted keys once fetched
    QStringList flags; // IAM v1 list items only
    QString region; // processing region the key lives in (from the profile)
    Source source = Source::None;

    // True once a fetch from IAM v1 told us the policy (or its absence).
    bool detailsKnown() const { return source == Source::IamFetch; }

    // Twilio allows 64; names of keys made elsewhere are still bounded.
    static constexpr int maxFriendlyNameLength = 256;
    // Reads a key object from a response. Returns nullopt (and *error) when sid is missing or malformed,
    // or a field has the wrong type, is too long, or a date does not parse (issue 8, item 9).
    static std::optional<ApiKey> fromJson(const QJsonObject& object, Source source, const QString& region,
                                          QString* error);
    // The type as far as the fields tell: a policy or a "restricted" flag → Restricted; "manage_keys" /
    // "manage_accounts" flags → Main; an IAM list item with "rest_api" but no "signing" (Restricted keys
    // cannot sign Access Tokens) → Restricted; an IAM fetch with a null policy → Standard; else Unknown.
    // Main and Standard keys look the same to the API.
    static Type inferType(const std::optional<Policy>& policy, const QStringList& flags, Source source);

    // Copies what a detail fetch adds (policy, type) onto a list entry, keeping what the list knew.
    void mergeDetails(const ApiKey& details);

    QJsonObject toJson() const;
    // The same members as toJson(), written compactly onto out (fast path for lists of thousands).
    void appendJson(QByteArray& out) const;
    static QString typeName(Type type); // "main", "standard", "restricted", "unknown"
    static QString typeLabel(Type type); // translated, for people

    friend bool operator==(const ApiKey& a, const ApiKey& b);
};
