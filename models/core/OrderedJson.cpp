#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace {

const std::vector<OrderedJson>& emptyItems()
{
    static const std::vector<OrderedJson> items;
    return items;
}

const std::vector<OrderedJson::Member>& emptyMembers()
{
    static const std::vector<OrderedJson::Member> members;
    return members;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(OrderedJson)

public:
    Parser(QByteArrayView in, int maxDepth)
        : m_p(in.data())
        , m_begin(in.data())
        , m_end(in.data() + in.size())
        , m_maxDepth(maxDepth)
    { }

    std::optional<OrderedJson> run(OrderedJson::ParseError* error)
    {
        skipSpace();
        OrderedJson value;
        bool ok = parseValue(value, 0);
        if (ok) {
            skipSpace();
            if (m_p != m_end)
                ok = fail(tr("unexpected text after the end of the JSON value"));
        }
        if (!ok) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return value;
    }

private:
    bool fail(const QString& message)
    {
        if (m_error.offset < 0) {
            m_error.offset = m_p - m_begin;
            m_error.message = message;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool literal(const char* word, qsizetype len)
    {
        if (m_end - m_p < len || std::memcmp(m_p, word, size_t(len)) != 0)
            return fail(tr("unexpected character"));
        m_p += len;
        return true;
    }

    bool parseValue(OrderedJson& out, int depth)
    {
        if (m_p >= m_end)
            return fail(tr("unexpected end of input"));
        switch (*m_p) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = OrderedJson::fromString(s);
            return true;
        }
        case 't':
            if (!literal("true", 4))
                return false;
            out = OrderedJson::fromBool(true);
            return true;
        case 'f':
            if (!literal("false", 5))
                return false;
            out = OrderedJson::fromBool(false);
            return true;
        case 'n':
            if (!literal("null", 4))
                return false;
            out = OrderedJson();
            return true;
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(out);
            return fail(tr("unexpected character"));
        }
    }

    bool parseNumber(OrderedJson& out)
    {
        const char* start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end)
            return fail(tr("incomplete number"));
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return fail(tr("incomplete number"));
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return fail(tr("a decimal point must be followed by digits"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return fail(tr("an exponent must have digits"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        double value = 0;
        const auto result = std::from_chars(start, m_p, value);
        if (result.ec == std::errc::result_out_of_range) {
            m_p = start;
            return fail(tr("number out of range"));
        }
        out = OrderedJson::fromDouble(value);
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char16_t& unit)
    {
        if (m_end - m_p < 4)
            return fail(tr("incomplete \\u escape"));
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return fail(tr("invalid \\u escape"));
            v = v * 16 + h;
        }
        m_p += 4;
        unit = char16_t(v);
        return true;
    }

    bool appendUtf8Run(QString& s, const char* from, const char* to)
    {
        bool ascii = true;
        for (const char* q = from; q < to; ++q) {
            if (static_cast<unsigned char>(*q) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            s.append(QLatin1StringView(from, to - from));
            return true;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = decoder.decode(QByteArrayView(from, to - from));
        if (decoder.hasError()) {
            m_p = from;
            return fail(tr("invalid UTF-8 in a string"));
        }
        s.append(decoded);
        return true;
    }

    // Member names and values that every Access Token repeats; returning a shared static string
    // saves an allocation per occurrence on the decode path.
    static QString commonOrLatin1(const char* p, qsizetype n)
    {
        static const QString common[] = { QStringLiteral("alg"),
                                          QStringLiteral("typ"),
                                          QStringLiteral("cty"),
                                          QStringLiteral("twr"),
                                          QStringLiteral("HS256"),
                                          QStringLiteral("JWT"),
                                          QStringLiteral("twilio-fpa;v=1"),
                                          QStringLiteral("jti"),
                                          QStringLiteral("grants"),
                                          QStringLiteral("identity"),
                                          QStringLiteral("nbf"),
                                          QStringLiteral("iat"),
                                          QStringLiteral("exp"),
                                          QStringLiteral("iss"),
                                          QStringLiteral("sub"),
                                          QStringLiteral("voice"),
                                          QStringLiteral("video"),
                                          QStringLiteral("chat"),
                                          QStringLiteral("data_sync"),
                                          QStringLiteral("task_router"),
                                          QStringLiteral("player"),
                                          QStringLiteral("incoming"),
                                          QStringLiteral("allow"),
                                          QStringLiteral("outgoing"),
                                          QStringLiteral("application_sid"),
                                          QStringLiteral("params"),
                                          QStringLiteral("push_credential_sid"),
                                          QStringLiteral("endpoint_id"),
                                          QStringLiteral("room"),
                                          QStringLiteral("service_sid"),
                                          QStringLiteral("deployment_role_sid"),
                                          QStringLiteral("workspace_sid"),
                                          QStringLiteral("worker_sid"),
                                          QStringLiteral("role") };
        if (n <= 19) {
            for (const QString& c : common) {
                if (c.size() == n && c.front() == QLatin1Char(*p) && QLatin1StringView(p, n) == c)
                    return c;
            }
        }
        return QString::fromLatin1(p, n);
    }

    bool parseString(QString& out)
    {
        ++m_p; // opening quote
        // Fast path: printable ASCII up to the closing quote, no escapes (nearly every JWT string).
        const char* q = m_p;
        while (q < m_end && static_cast<unsigned char>(*q) >= 0x20 && static_cast<unsigned char>(*q) < 0x80
               && *q != '"' && *q != '\\')
            ++q;
        if (q < m_end && *q == '"') {
            out = commonOrLatin1(m_p, q - m_p);
            m_p = q + 1;
            return true;
        }
        const char* run = m_p;
        while (true) {
            if (m_p >= m_end)
                return fail(tr("unterminated string"));
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (!appendUtf8Run(out, run, m_p))
                    return false;
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return fail(tr("control character inside a string"));
            if (c != '\\') {
                ++m_p;
                continue;
            }
            if (!appendUtf8Run(out, run, m_p))
                return false;
            ++m_p;
            if (m_p >= m_end)
                return fail(tr("unterminated string"));
            const char e = *m_p++;
            switch (e) {
            case '"':
                out.append(u'"');
                break;
            case '\\':
                out.append(u'\\');
                break;
            case '/':
                out.append(u'/');
                break;
            case 'b':
                out.append(u'\b');
                break;
            case 'f':
                out.append(u'\f');
                break;
            case 'n':
                out.append(u'\n');
                break;
            case 'r':
                out.append(u'\r');
                break;
            case 't':
                out.append(u'\t');
                break;
            case 'u': {
                char16_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                out.append(QChar(unit));
                break;
            }
            default:
                --m_p;
                return fail(tr("invalid escape sequence"));
            }
            run = m_p;
        }
    }

    bool parseArray(OrderedJson& out, int depth)
    {
        if (depth > m_maxDepth)
            return fail(tr("nested more than %1 levels deep").arg(m_maxDepth));
        ++m_p;
        out = OrderedJson::makeArray();
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            skipSpace();
            OrderedJson item;
            if (!parseValue(item, depth))
                return false;
            out.append(std::move(item));
            skipSpace();
            if (m_p >= m_end)
                return fail(tr("unterminated array"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            return fail(tr("expected ',' or ']' in an array"));
        }
    }

    bool parseObject(OrderedJson& out, int depth)
    {
        if (depth > m_maxDepth)
            return fail(tr("nested more than %1 levels deep").arg(m_maxDepth));
        ++m_p;
        out = OrderedJson::makeObject();
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_p >= m_end)
                return fail(tr("unterminated object"));
            if (*m_p != '"')
                return fail(tr("expected a quoted member name"));
            QString key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return fail(tr("expected ':' after a member name"));
            ++m_p;
            skipSpace();
            OrderedJson value;
            if (!parseValue(value, depth))
                return false;
            out.appendMember(std::move(key), std::move(value));
            skipSpace();
            if (m_p >= m_end)
                return fail(tr("unterminated object"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            return fail(tr("expected ',' or '}' in an object"));
        }
    }

    const char* m_p;
    const char* m_begin;
    const char* m_end;
    int m_maxDepth;
    OrderedJson::ParseError m_error;
};

void appendNumber(QByteArray& out, double v)
{
    if (!std::isfinite(v)) {
        out.append("null"); // what JSON.stringify writes for NaN and Infinity
        return;
    }
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
        out.append(QByteArray::number(qint64(v)));
        return;
    }
    // ECMAScript Number::toString: the shortest round-trip digits, written in plain notation when the
    // decimal exponent is in (-7, 21] and as d.ddde±x otherwise (std::to_chars' own choice differs).
    if (v < 0) {
        out.append('-');
        v = -v;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::scientific);
    const char* e = std::find(buffer, result.ptr, 'e');
    char digits[32];
    int k = 0;
    for (const char* q = buffer; q < e && k < int(sizeof digits); ++q) {
        if (*q != '.')
            digits[k++] = *q;
    }
    int exponent = 0;
    std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), result.ptr, exponent);
    const int n = exponent + 1; // value = 0.d1d2…dk × 10^n
    if (k <= n && n <= 21) {
        out.append(digits, k);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits, n).append('.').append(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.").append(QByteArray(-n, '0')).append(digits, k);
    } else {
        out.append(digits[0]);
        if (k > 1)
            out.append('.').append(digits + 1, k - 1);
        out.append('e').append(n - 1 >= 0 ? '+' : '-').append(QByteArray::number(qAbs(n - 1)));
    }
}

} // namespace

OrderedJson OrderedJson::fromBool(bool value)
{
    OrderedJson j;
    j.m_type = Type::Bool;
    j.m_bool = value;
    return j;
}

OrderedJson OrderedJson::fromInteger(qint64 value)
{
    return fromDouble(double(value));
}

OrderedJson OrderedJson::fromDouble(double value)
{
    OrderedJson j;
    j.m_type = Type::Number;
    j.m_number = value;
    return j;
}

OrderedJson OrderedJson::fromString(const QString& value)
{
    OrderedJson j;
    j.m_type = Type::String;
    j.m_string = value;
    return j;
}

OrderedJson OrderedJson::makeArray()
{
    OrderedJson j;
    j.m_type = Type::Array;
    j.m_items = std::make_shared<std::vector<OrderedJson>>();
    return j;
}

OrderedJson OrderedJson::makeObject()
{
    OrderedJson j;
    j.m_type = Type::Object;
    j.m_members = std::make_shared<std::vector<Member>>();
    return j;
}

std::optional<OrderedJson> OrderedJson::parse(QByteArrayView utf8, ParseError* error, int maxDepth)
{
    return Parser(utf8, maxDepth).run(error);
}

std::optional<qint64> OrderedJson::toInteger() const
{
    if (m_type != Type::Number || !std::isfinite(m_number) || m_number != std::floor(m_number)
        || std::fabs(m_number) > 9007199254740992.0)
        return std::nullopt;
    return qint64(m_number);
}

const std::vector<OrderedJson>& OrderedJson::items() const
{
    return m_items ? *m_items : emptyItems();
}

const std::vector<OrderedJson::Member>& OrderedJson::members() const
{
    return m_members ? *m_members : emptyMembers();
}

qsizetype OrderedJson::size() const
{
    if (m_type == Type::Array)
        return qsizetype(items().size());
    if (m_type == Type::Object)
        return qsizetype(members().size());
    return 0;
}

const OrderedJson* OrderedJson::find(QStringView key) const
{
    if (m_type != Type::Object || !m_members)
        return nullptr;
    for (auto it = m_members->rbegin(); it != m_members->rend(); ++it) {
        if (it->key == key)
            return &it->value;
    }
    return nullptr;
}

int OrderedJson::count(QStringView key) const
{
    int n = 0;
    for (const Member& m : members())
        n += (m.key == key) ? 1 : 0;
    return n;
}

void OrderedJson::detachContainer()
{
    if (m_items && m_items.use_count() > 1)
        m_items = std::make_shared<std::vector<OrderedJson>>(*m_items);
    if (m_members && m_members.use_count() > 1)
        m_members = std::make_shared<std::vector<Member>>(*m_members);
}

void OrderedJson::insert(const QString& key, OrderedJson value)
{
    if (m_type != Type::Object)
        *this = makeObject();
    detachContainer();
    // The last member with the key is the one find() returns (a parsed document may repeat keys).
    for (auto it = m_members->rbegin(); it != m_members->rend(); ++it) {
        if (it->key == key) {
            it->value = std::move(value);
            return;
        }
    }
    m_members->push_back(Member { key, std::move(value) });
}

void OrderedJson::appendMember(QString key, OrderedJson value)
{
    if (m_type != Type::Object)
        *this = makeObject();
    detachContainer();
    if (m_members->capacity() == 0)
        m_members->reserve(4); // skip the 1-2-4 growth steps that small objects would take
    m_members->push_back(Member { std::move(key), std::move(value) });
}

void OrderedJson::remove(QStringView key)
{
    if (m_type != Type::Object)
        return;
    detachContainer();
    auto& v = *m_members;
    v.erase(std::remove_if(v.begin(), v.end(), [key](const Member& m) { return m.key == key; }), v.end());
}

void OrderedJson::append(OrderedJson value)
{
    if (m_type != Type::Array)
        *this = makeArray();
    detachContainer();
    m_items->push_back(std::move(value));
}

void appendJsonString(QByteArray& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype n = text.size();
    const qsizetype base = out.size();
    out.resize(base + n * 6 + 2); // worst case: every unit written as \uXXXX
    char* p = out.data() + base;
    const char16_t* s = text.utf16();
    auto escapeUnit = [&p](char16_t c) {
        *p++ = '\\';
        *p++ = 'u';
        *p++ = hex[(c >> 12) & 0xF];
        *p++ = hex[(c >> 8) & 0xF];
        *p++ = hex[(c >> 4) & 0xF];
        *p++ = hex[c & 0xF];
    };
    *p++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c >= 0x20 && c < 0x80) {
            if (c == u'"' || c == u'\\')
                *p++ = '\\';
            *p++ = char(c);
            continue;
        }
        switch (c) {
        case u'\b':
            *p++ = '\\';
            *p++ = 'b';
            continue;
        case u'\f':
            *p++ = '\\';
            *p++ = 'f';
            continue;
        case u'\n':
            *p++ = '\\';
            *p++ = 'n';
            continue;
        case u'\r':
            *p++ = '\\';
            *p++ = 'r';
            continue;
        case u'\t':
            *p++ = '\\';
            *p++ = 't';
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            escapeUnit(c);
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            // A well-formed pair stays raw UTF-8.
            const char32_t cp = QChar::surrogateToUcs4(c, s[++i]);
            *p++ = char(0xF0 | (cp >> 18));
            *p++ = char(0x80 | ((cp >> 12) & 0x3F));
            *p++ = char(0x80 | ((cp >> 6) & 0x3F));
            *p++ = char(0x80 | (cp & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            escapeUnit(c); // a lone surrogate, as well-formed JSON.stringify writes it
        } else {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

void OrderedJson::writeCompact(QByteArray& out) const
{
    switch (m_type) {
    case Type::Null:
        out.append("null");
        break;
    case Type::Bool:
        out.append(m_bool ? "true" : "false");
        break;
    case Type::Number:
        appendNumber(out, m_number);
        break;
    case Type::String:
        appendJsonString(out, m_string);
        break;
    case Type::Array: {
        out.append('[');
        bool first = true;
        for (const OrderedJson& item : items()) {
            if (!first)
                out.append(',');
            first = false;
            item.writeCompact(out);
        }
        out.append(']');
        break;
    }
    case Type::Object: {
        out.append('{');
        bool first = true;
        for (const Member& m : members()) {
            if (!first)
                out.append(',');
            first = false;
            appendJsonString(out, m.key);
            out.append(':');
            m.value.writeCompact(out);
        }
        out.append('}');
        break;
    }
    }
}

QByteArray OrderedJson::toCompact() const
{
    QByteArray out;
    writeCompact(out);
    return out;
}

void OrderedJson::writeIndented(QByteArray& out, int indent, int level) const
{
    const QByteArray pad(indent * (level + 1), ' ');
    const QByteArray closePad(indent * level, ' ');
    if (m_type == Type::Array && !items().empty()) {
        out.append("[\n");
        bool first = true;
        for (const OrderedJson& item : items()) {
            if (!first)
                out.append(",\n");
            first = false;
            out.append(pad);
            item.writeIndented(out, indent, level + 1);
        }
        out.append('\n').append(closePad).append(']');
    } else if (m_type == Type::Object && !members().empty()) {
        out.append("{\n");
        bool first = true;
        for (const Member& m : members()) {
            if (!first)
                out.append(",\n");
            first = false;
            out.append(pad);
            appendJsonString(out, m.key);
            out.append(": ");
            m.value.writeIndented(out, indent, level + 1);
        }
        out.append('\n').append(closePad).append('}');
    } else {
        writeCompact(out);
    }
}

QByteArray OrderedJson::toIndented(int indent) const
{
    QByteArray out;
    writeIndented(out, indent, 0);
    return out;
}

OrderedJson OrderedJson::fromQJsonValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return fromBool(value.toBool());
    case QJsonValue::Double:
        return fromDouble(value.toDouble());
    case QJsonValue::String:
        return fromString(value.toString());
    case QJsonValue::Array: {
        OrderedJson a = makeArray();
        for (const QJsonValue& v : value.toArray())
            a.append(fromQJsonValue(v));
        return a;
    }
    case QJsonValue::Object: {
        OrderedJson o = makeObject();
        const QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.appendMember(it.key(), fromQJsonValue(it.value()));
        return o;
    }
    default:
        return OrderedJson();
    }
}

QJsonValue OrderedJson::toQJsonValue() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_bool);
    case Type::Number:
        return QJsonValue(m_number);
    case Type::String:
        return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray a;
        for (const OrderedJson& item : items())
            a.append(item.toQJsonValue());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const Member& m : members())
            o.insert(m.key, m.value.toQJsonValue());
        return o;
    }
    }
    return QJsonValue();
}

bool operator==(const OrderedJson& a, const OrderedJson& b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case OrderedJson::Type::Null:
        return true;
    case OrderedJson::Type::Bool:
        return a.m_bool == b.m_bool;
    case OrderedJson::Type::Number:
        return a.m_number == b.m_number;
    case OrderedJson::Type::String:
        return a.m_string == b.m_string;
    case OrderedJson::Type::Array:
        return a.items() == b.items();
    case OrderedJson::Type::Object: {
        const auto& x = a.members();
        const auto& y = b.members();
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i) {
            if (x[i].key != y[i].key || x[i].value != y[i].value)
                return false;
        }
        return true;
    }
    }
    return false;
}
