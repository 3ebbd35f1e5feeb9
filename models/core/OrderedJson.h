#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

// A JSON value that keeps object members in the order they were written.
//
// QJsonObject sorts its keys, which is fine for reading but wrong wherever KeyDesk must reproduce bytes
// (Access Tokens rebuilt exactly as Twilio's node library writes them, the "as received" views of a
// pasted token). Parsing is strict RFC 8259 with a depth limit, so hostile input fails with an offset
// and a sentence instead of exhausting the stack.
class OrderedJson
{
    Q_DECLARE_TR_FUNCTIONS(OrderedJson)

public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    struct Member;

    struct ParseError
    {
        qsizetype offset = -1; // byte offset into the input
        QString message;
    };

    OrderedJson() = default; // null
    static OrderedJson fromBool(bool value);
    static OrderedJson fromInteger(qint64 value);
    static OrderedJson fromDouble(double value);
    static OrderedJson fromString(const QString& value);
    static OrderedJson makeArray();
    static OrderedJson makeObject();

    // Strict parse of a complete UTF-8 document. maxDepth bounds nesting of arrays and objects.
    static std::optional<OrderedJson> parse(QByteArrayView utf8, ParseError* error = nullptr,
                                            int maxDepth = 128);

    static OrderedJson fromQJsonValue(const QJsonValue& value);
    QJsonValue toQJsonValue() const;

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toDouble() const { return m_number; }
    // The number as an integer when it is one exactly (no fraction, within ±2^53).
    std::optional<qint64> toInteger() const;
    const QString& toString() const { return m_string; }

    const std::vector<OrderedJson>& items() const;
    const std::vector<Member>& members() const;
    qsizetype size() const;

    // The value of the last member with this key (JSON.parse semantics), or nullptr.
    const OrderedJson* find(QStringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }
    // Number of members with this key (more than one means the document repeats a key).
    int count(QStringView key) const;
    // Replaces the value of the key (its last occurrence, the one find() returns), or appends a new member.
    void insert(const QString& key, OrderedJson value);
    // Appends a member even if the key exists (keeps a parsed document's repeats).
    void appendMember(QString key, OrderedJson value);
    void remove(QStringView key);
    void append(OrderedJson value);

    // Compact text exactly as JavaScript's JSON.stringify writes it (raw UTF-8, minimal escapes).
    QByteArray toCompact() const;
    // The same, appended to `out` (no temporary buffer).
    void appendCompact(QByteArray& out) const { writeCompact(out); }
    // Indented text for people; member order preserved.
    QByteArray toIndented(int indent = 2) const;

    friend bool operator==(const OrderedJson& a, const OrderedJson& b);
    friend bool operator!=(const OrderedJson& a, const OrderedJson& b) { return !(a == b); }

private:
    void writeCompact(QByteArray& out) const;
    void writeIndented(QByteArray& out, int indent, int level) const;
    void detachContainer();

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    // Containers are shared until written to, so copies of large documents stay cheap.
    std::shared_ptr<std::vector<OrderedJson>> m_items;
    std::shared_ptr<std::vector<Member>> m_members;
};

struct OrderedJson::Member
{
    QString key;
    OrderedJson value;
};

// Writes a JSON string literal the way JSON.stringify does.
void appendJsonString(QByteArray& out, QStringView text);
