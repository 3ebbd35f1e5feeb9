#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <optional>

// A Restricted key's permissions: {"allow": ["/twilio/<product>/<resource>/<action>", …]}.
// Keeps the order it was given; problems() checks shape, duplicates and Twilio's limit of 100.
// The one policy parser in the tree: the app, the CLI and the sandbox (which maps ParseError codes to
// Twilio's untranslated wire messages) all read policy documents through parse().
class Policy
{
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    static constexpr int maxPermissions = 100;

    // Which documents parse() takes. The app also accepts a bare list of strings (handy when pasting);
    // Twilio's Policy form field must be an object.
    enum class Syntax { ObjectOrList, ObjectOnly };

    // Why a policy document could not be read.
    enum class SyntaxError {
        None,
        TooLarge, // over 1 MiB
        NotJson, // detail: the JSON parser's message, offset: where
        NotAnObject, // neither an object nor (with ObjectOrList) a list
        UnsupportedMember, // detail: the member, e.g. "deny"
        NoAllowList, // "allow" missing or not a list
        NotAString, // an "allow" entry that is not a string
    };
    struct ParseError
    {
        SyntaxError code = SyntaxError::None;
        QString detail;
        qsizetype offset = -1;
    };

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

    // The same parsing with the reason as a value (fromJson/fromJsonValue are these plus describe()).
    static std::optional<Policy> parse(const QByteArray& json, Syntax syntax, ParseError* error);
    static std::optional<Policy> parseValue(const QJsonValue& value, Syntax syntax, ParseError* error);
    // One translated sentence for people.
    static QString describe(const ParseError& error);

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
    // Drops repeats, keeping each permission's first place; returns how many were dropped.
    int removeDuplicates();

    // Every problem, one sentence each; empty when the policy can be sent.
    QStringList problems() const;
    bool isValid(QString* error = nullptr) const;

    // True when the string has the /twilio/<product>/<resource>/<action> shape.
    static bool isWellFormedPermission(const QString& permission);
    // The sentence problems() gives for a string without that shape; empty for a well-formed one.
    static QString shapeProblem(const QString& permission);
    static QStringList knownActions();

    // What changes from this policy to other.
    QStringList addedIn(const Policy& other) const;
    QStringList removedIn(const Policy& other) const;

    friend bool operator==(const Policy& a, const Policy& b) { return a.m_allow == b.m_allow; }
    friend bool operator!=(const Policy& a, const Policy& b) { return !(a == b); }

private:
    QStringList m_allow;
};
