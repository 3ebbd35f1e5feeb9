#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <optional>

// A Restricted key's permissions: {"allow": ["/twilio/<product>/<resource>/<action>", …]}.
// Keeps the order it was given; validate() checks shape, duplicates and Twilio's limit of 100.
class Policy
{
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    static constexpr int maxPermissions = 100;

    Policy() = default;
    explicit Policy(QStringList allow)
        : m_allow(std::move(allow))
    { }

    // Parses a policy document: {"allow":[…]} (a bare array of strings is accepted too). Structural
    // problems (not JSON, wrong types, unknown members such as "deny") fail here; shape and count are
    // left to validate() so an editor can show them.
    static std::optional<Policy> fromJson(const QByteArray& json, QString* error);
    // The policy object of an API response; null/absent gives an empty optional without error.
    static std::optional<Policy> fromJsonValue(const QJsonValue& value, QString* error);

    // {"allow":[…]} compact, as sent in the Policy form field.
    QByteArray toJson() const;
    QJsonValue toJsonValue() const;

    const QStringList& allow() const { return m_allow; }
    int size() const { return int(m_allow.size()); }
    bool isEmpty() const { return m_allow.isEmpty(); }
    bool contains(const QString& permission) const { return m_allow.contains(permission); }
    // Adds unless present; returns true if it was added.
    bool add(const QString& permission);
    // Removes if present; returns true if it was there.
    bool remove(const QString& permission);

    // Every problem, one sentence each; empty when the policy can be sent.
    QStringList problems() const;
    bool isValid(QString* error = nullptr) const;

    // True when the string has the /twilio/<product>/<resource>/<action> shape.
    static bool isWellFormedPermission(const QString& permission);
    static QStringList knownActions();

    // What changes from this policy to other.
    QStringList addedIn(const Policy& other) const;
    QStringList removedIn(const Policy& other) const;

    friend bool operator==(const Policy& a, const Policy& b) { return a.m_allow == b.m_allow; }
    friend bool operator!=(const Policy& a, const Policy& b) { return !(a == b); }

private:
    QStringList m_allow;
};
