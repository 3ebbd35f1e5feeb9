#include "TokenVectors.h"
#include "core/OrderedJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

// Expected outputs below were produced by node v20: JSON.stringify(JSON.parse(input)) and
// JSON.stringify(JSON.parse(input), null, 2).
class TestOrderedJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void compactMatchesJsonStringify_data();
    void compactMatchesJsonStringify();
    void indentedMatchesJsonStringifyWithSpaces_data();
    void indentedMatchesJsonStringifyWithSpaces();
    void vectorSegmentsRoundTripByteForByte_data();
    void vectorSegmentsRoundTripByteForByte();
    void vectorFileParsesWithMemberOrder();

    void rejectsInvalidDocuments_data();
    void rejectsInvalidDocuments();
    void rejectsInvalidUtf8_data();
    void rejectsInvalidUtf8();
    void errorOffsetPointsAtTheProblem();

    void depthLimit_data();
    void depthLimit();
    void hugeNestingFailsWithoutCrashing();

    void duplicateKeysKeepEveryMember();
    void insertReplacesTheValueFindReturns();
    void removeDropsEveryRepeat();
    void copiesAreIndependent();
    void toIntegerOnlyForExactIntegers_data();
    void toIntegerOnlyForExactIntegers();
    void nonFiniteNumbersWriteNull();
    void stringsBuiltInCodeAreEscaped();
    void qjsonConversions();
    void equality();
};

void TestOrderedJson::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
}

void TestOrderedJson::compactMatchesJsonStringify_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    // Numbers: ECMAScript Number::toString (shortest digits; exponent form outside 1e-7 .. 1e21).
    QTest::newRow("zero") << QByteArray("0") << QByteArray("0");
    QTest::newRow("negative zero") << QByteArray("-0") << QByteArray("0");
    QTest::newRow("fraction") << QByteArray("1.5") << QByteArray("1.5");
    QTest::newRow("exponent to integer") << QByteArray("-1.25e3") << QByteArray("-1250");
    QTest::newRow("1e21 switches to exponent") << QByteArray("1e21") << QByteArray("1e+21");
    QTest::newRow("1e20 stays plain") << QByteArray("1e20") << QByteArray("100000000000000000000");
    QTest::newRow("1e-7 exponent") << QByteArray("1e-7") << QByteArray("1e-7");
    QTest::newRow("1e-6 plain") << QByteArray("0.000001") << QByteArray("0.000001");
    QTest::newRow("beyond 2^53") << QByteArray("123456789012345678901")
                                 << QByteArray("123456789012345680000");
    QTest::newRow("0.1") << QByteArray("0.1") << QByteArray("0.1");
    QTest::newRow("upper-case exponent") << QByteArray("1E+2") << QByteArray("100");
    QTest::newRow("smallest denormal") << QByteArray("5e-324") << QByteArray("5e-324");
    QTest::newRow("largest double") << QByteArray("1.7976931348623157e308")
                                    << QByteArray("1.7976931348623157e+308");
    QTest::newRow("2^53+1 rounds") << QByteArray("9007199254740993") << QByteArray("9007199254740992");
    QTest::newRow("-2^53") << QByteArray("-9007199254740992") << QByteArray("-9007199254740992");
    QTest::newRow("2.5e-5") << QByteArray("2.5e-5") << QByteArray("0.000025");
    QTest::newRow("100e-2") << QByteArray("100e-2") << QByteArray("1");
    QTest::newRow("small with many digits")
        << QByteArray("12345678901234567890e-30") << QByteArray("1.2345678901234568e-11");
    QTest::newRow("4.35") << QByteArray("4.35") << QByteArray("4.35");
    QTest::newRow("1e300") << QByteArray("1e300") << QByteArray("1e+300");

    // Strings: JSON.stringify escapes only " \ and C0 controls; '/', DEL, U+2028/9 stay raw.
    QTest::newRow("escapes") << QByteArray(R"("\u0001\b\f\n\r\t\"\\\/ \u007f\u2028\u2029")")
                             << QByteArray(
                                    "\"\\u0001\\b\\f\\n\\r\\t\\\"\\\\/ \x7f\xe2\x80\xa8\xe2\x80\xa9\"");
    QTest::newRow("control 0x1f") << QByteArray(R"("\u001F")") << QByteArray(R"("\u001f")");
    QTest::newRow("escaped BMP becomes raw UTF-8")
        << QByteArray(R"("\u00e9\u20ac")") << QByteArray("\"\xc3\xa9\xe2\x82\xac\"");
    QTest::newRow("raw UTF-8 stays raw")
        << QByteArray("\"Zo\xc3\xab \xf0\x9f\x8e\xa5\"") << QByteArray("\"Zo\xc3\xab \xf0\x9f\x8e\xa5\"");
    QTest::newRow("escaped surrogate pair")
        << QByteArray(R"("\ud83c\udfa5")") << QByteArray("\"\xf0\x9f\x8e\xa5\"");
    QTest::newRow("lone high surrogate") << QByteArray(R"("\ud800")") << QByteArray(R"("\ud800")");
    QTest::newRow("lone low surrogate") << QByteArray(R"("\udc00")") << QByteArray(R"("\udc00")");
    QTest::newRow("reversed pair") << QByteArray(R"("\udc00\ud800")") << QByteArray(R"("\udc00\ud800")");
    QTest::newRow("lone surrogate inside text") << QByteArray(R"("a\ud800b")") << QByteArray(R"("a\ud800b")");
    QTest::newRow("high surrogate at end after pair")
        << QByteArray(R"("\ud83c\udfa5\ud83c")") << QByteArray("\"\xf0\x9f\x8e\xa5\\ud83c\"");

    // Structure: member order as written, whitespace dropped.
    QTest::newRow("nested keeps order") << QByteArray(R"({"b":1,"a":[true,false,null,{}],"c":{"d":[]}})")
                                        << QByteArray(R"({"b":1,"a":[true,false,null,{}],"c":{"d":[]}})");
    QTest::newRow("whitespace") << QByteArray(" [ 1 , 2 ]\r\n\t") << QByteArray("[1,2]");
    QTest::newRow("empty key") << QByteArray(R"({"":""})") << QByteArray(R"({"":""})");
    QTest::newRow("escaped key") << QByteArray(R"({"a\"b":0})") << QByteArray(R"({"a\"b":0})");
    QTest::newRow("scalar document") << QByteArray("true") << QByteArray("true");
}

void TestOrderedJson::compactMatchesJsonStringify()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    OrderedJson::ParseError error;
    const auto doc = OrderedJson::parse(input, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(doc->toCompact(), expected);
    // Writing is a fixed point: parsing our own output gives the same bytes again.
    const auto again = OrderedJson::parse(expected);
    QVERIFY(again);
    QCOMPARE(again->toCompact(), expected);
}

void TestOrderedJson::indentedMatchesJsonStringifyWithSpaces_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("nested")
        << QByteArray(R"({"b":1,"a":[true,false,null,{}],"c":{"d":[]}})")
        << QByteArray("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    false,\n    null,\n    {}\n  ],\n"
                      "  \"c\": {\n    \"d\": []\n  }\n}");
    QTest::newRow("array") << QByteArray("[1,2]") << QByteArray("[\n  1,\n  2\n]");
    QTest::newRow("empty key") << QByteArray(R"({"":""})") << QByteArray("{\n  \"\": \"\"\n}");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("scalar") << QByteArray("\"x\"") << QByteArray("\"x\"");
}

void TestOrderedJson::indentedMatchesJsonStringifyWithSpaces()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const auto doc = OrderedJson::parse(input);
    QVERIFY(doc);
    QCOMPARE(doc->toIndented(2), expected);
}

void TestOrderedJson::vectorSegmentsRoundTripByteForByte_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        QTest::newRow(qPrintable(v.name + QStringLiteral(" header"))) << v.headerJson;
        QTest::newRow(qPrintable(v.name + QStringLiteral(" payload"))) << v.payloadJson;
    }
}

void TestOrderedJson::vectorSegmentsRoundTripByteForByte()
{
    QFETCH(QByteArray, json);
    QVERIFY(!json.isEmpty());
    const auto doc = OrderedJson::parse(json);
    QVERIFY(doc);
    QVERIFY(doc->isObject());
    QCOMPARE(doc->toCompact(), json);
}

void TestOrderedJson::vectorFileParsesWithMemberOrder()
{
    const QList<TokenVectors::AccessToken> tokens = TokenVectors::accessTokens();
    QCOMPARE(tokens.size(), 15);
    // The playback vector's object is not in alphabetical order; QJsonObject would sort it.
    for (const TokenVectors::AccessToken& v : tokens) {
        if (v.name != u"playback")
            continue;
        const OrderedJson* player = v.payload.find(u"grants")->find(u"player");
        QVERIFY(player);
        QStringList keys;
        for (const OrderedJson::Member& m : player->members())
            keys << m.key;
        QCOMPARE(keys,
                 QStringList({ QStringLiteral("requestCredentials"), QStringLiteral("playbackUrl"),
                               QStringLiteral("playerStreamerSid") }));
        QVERIFY(player->find(u"requestCredentials")->isNull());
        return;
    }
    QFAIL("no playback vector");
}

void TestOrderedJson::rejectsInvalidDocuments_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray(" \n");
    QTest::newRow("trailing comma in array") << QByteArray("[1,]");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})");
    QTest::newRow("leading zero") << QByteArray("01");
    QTest::newRow("plus sign") << QByteArray("+1");
    QTest::newRow("bare fraction") << QByteArray(".5");
    QTest::newRow("dot without digits") << QByteArray("1.");
    QTest::newRow("exponent without digits") << QByteArray("1e+");
    QTest::newRow("minus alone") << QByteArray("-");
    QTest::newRow("NaN") << QByteArray("NaN");
    QTest::newRow("Infinity") << QByteArray("Infinity");
    QTest::newRow("overflowing number") << QByteArray("1e400");
    QTest::newRow("single quotes") << QByteArray("'a'");
    QTest::newRow("comment") << QByteArray("[1 /* c */]");
    QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"");
    QTest::newRow("unknown escape") << QByteArray(R"("\x41")");
    QTest::newRow("short unicode escape") << QByteArray(R"("\u12")");
    QTest::newRow("bad hex in escape") << QByteArray(R"("\u12g4")");
    QTest::newRow("unterminated string") << QByteArray("\"abc");
    QTest::newRow("backslash at end") << QByteArray("\"abc\\");
    QTest::newRow("unterminated array") << QByteArray("[1,2");
    QTest::newRow("unterminated object") << QByteArray(R"({"a":1)");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("unquoted key") << QByteArray("{a:1}");
    QTest::newRow("garbage after value") << QByteArray("{} x");
    QTest::newRow("two values") << QByteArray("1 2");
    QTest::newRow("truncated literal") << QByteArray("tru");
    QTest::newRow("wrong literal") << QByteArray("nul1");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}");
    QTest::newRow("NUL byte") << QByteArray("[1]\0", 4);
}

void TestOrderedJson::rejectsInvalidDocuments()
{
    QFETCH(QByteArray, input);
    OrderedJson::ParseError error;
    QVERIFY(!OrderedJson::parse(input, &error));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.offset >= 0);
    QVERIFY(error.offset <= input.size());
}

void TestOrderedJson::rejectsInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("lone continuation byte") << QByteArray("\"\x80\"");
    QTest::newRow("overlong slash") << QByteArray("\"\xc0\xaf\"");
    QTest::newRow("overlong NUL") << QByteArray("\"\xe0\x80\x80\"");
    QTest::newRow("encoded surrogate") << QByteArray("\"\xed\xa0\x80\"");
    QTest::newRow("truncated sequence") << QByteArray("\"\xe2\x82\"");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\"\xf4\x90\x80\x80\"");
    QTest::newRow("0xff") << QByteArray("\"\xff\"");
    QTest::newRow("invalid in key") << QByteArray("{\"\xfe\":1}");
}

void TestOrderedJson::rejectsInvalidUtf8()
{
    QFETCH(QByteArray, input);
    OrderedJson::ParseError error;
    QVERIFY(!OrderedJson::parse(input, &error));
    QVERIFY(!error.message.isEmpty());
}

void TestOrderedJson::errorOffsetPointsAtTheProblem()
{
    OrderedJson::ParseError error;
    QVERIFY(!OrderedJson::parse(QByteArray(R"({"a":1,"b":x})"), &error));
    QCOMPARE(error.offset, 11);
    QVERIFY(!OrderedJson::parse(QByteArray("[1,2] !"), &error));
    QCOMPARE(error.offset, 6);
    QVERIFY(!OrderedJson::parse(QByteArray("\"ok\\q\""), &error));
    QCOMPARE(error.offset, 4);
}

void TestOrderedJson::depthLimit_data()
{
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("default limit reached") << 128 << 128 << true;
    QTest::newRow("default limit exceeded") << 128 << 129 << false;
    QTest::newRow("limit 1, flat") << 1 << 1 << true;
    QTest::newRow("limit 1, nested") << 1 << 2 << false;
    QTest::newRow("jwt limit exceeded") << 64 << 65 << false;
}

void TestOrderedJson::depthLimit()
{
    QFETCH(int, maxDepth);
    QFETCH(int, depth);
    QFETCH(bool, accepted);
    // Alternate arrays and objects so both count towards the same limit.
    QByteArray open, close;
    for (int i = 0; i < depth; ++i) {
        if (i % 2 == 0) {
            open += '[';
            close.prepend(']');
        } else {
            open += "{\"k\":";
            close.prepend('}');
        }
    }
    const QByteArray doc = open + "0" + close;
    OrderedJson::ParseError error;
    const auto parsed = OrderedJson::parse(doc, &error, maxDepth);
    QCOMPARE(bool(parsed), accepted);
    if (accepted)
        QCOMPARE(parsed->toCompact(), doc);
    else
        QVERIFY(error.message.contains(QString::number(maxDepth)));
}

void TestOrderedJson::hugeNestingFailsWithoutCrashing()
{
    OrderedJson::ParseError error;
    QVERIFY(!OrderedJson::parse(QByteArray(100000, '['), &error));
    QCOMPARE(error.offset, qsizetype(128)); // the 129th bracket
    QVERIFY(!OrderedJson::parse(QByteArray(R"({"a":)").repeated(100000), &error));
    QCOMPARE(error.offset, qsizetype(128 * 5));
}

void TestOrderedJson::duplicateKeysKeepEveryMember()
{
    const QByteArray text = R"({"alg":"HS256","x":1,"alg":"none"})";
    const auto doc = OrderedJson::parse(text);
    QVERIFY(doc);
    QCOMPARE(doc->size(), 3);
    QCOMPARE(doc->count(u"alg"), 2);
    QCOMPARE(doc->count(u"x"), 1);
    QCOMPARE(doc->count(u"missing"), 0);
    // JSON.parse semantics: the last one wins.
    QCOMPARE(doc->find(u"alg")->toString(), QStringLiteral("none"));
    // As received: nothing is dropped when writing back.
    QCOMPARE(doc->toCompact(), text);
}

void TestOrderedJson::insertReplacesTheValueFindReturns()
{
    auto doc = OrderedJson::parse(QByteArray(R"({"a":1,"b":2,"a":3})"));
    QVERIFY(doc);
    doc->insert(QStringLiteral("a"), OrderedJson::fromInteger(9));
    QCOMPARE(doc->find(u"a")->toInteger(), std::optional<qint64>(9));
    QCOMPARE(doc->toCompact(), QByteArray(R"({"a":1,"b":2,"a":9})"));
    doc->insert(QStringLiteral("c"), OrderedJson::fromBool(false));
    QCOMPARE(doc->toCompact(), QByteArray(R"({"a":1,"b":2,"a":9,"c":false})"));

    OrderedJson scalar = OrderedJson::fromInteger(1);
    scalar.insert(QStringLiteral("k"), OrderedJson());
    QVERIFY(scalar.isObject());
    QCOMPARE(scalar.toCompact(), QByteArray(R"({"k":null})"));
}

void TestOrderedJson::removeDropsEveryRepeat()
{
    auto doc = OrderedJson::parse(QByteArray(R"({"a":1,"b":2,"a":3})"));
    QVERIFY(doc);
    doc->remove(u"a");
    QCOMPARE(doc->toCompact(), QByteArray(R"({"b":2})"));
    doc->remove(u"missing");
    QCOMPARE(doc->size(), 1);
}

void TestOrderedJson::copiesAreIndependent()
{
    auto original = OrderedJson::parse(QByteArray(R"({"grants":{"identity":"a","voice":{}},"list":[1]})"));
    QVERIFY(original);
    const QByteArray before = original->toCompact();

    OrderedJson copy = *original;
    copy.insert(QStringLiteral("extra"), OrderedJson::fromString(QStringLiteral("x")));
    copy.remove(u"list");
    OrderedJson grants = *original->find(u"grants");
    grants.remove(u"identity");
    OrderedJson list = *original->find(u"list");
    list.append(OrderedJson::fromInteger(2));

    QCOMPARE(original->toCompact(), before);
    QCOMPARE(copy.toCompact(), QByteArray(R"({"grants":{"identity":"a","voice":{}},"extra":"x"})"));
    QCOMPARE(grants.toCompact(), QByteArray(R"({"voice":{}})"));
    QCOMPARE(list.toCompact(), QByteArray("[1,2]"));
}

void TestOrderedJson::toIntegerOnlyForExactIntegers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<qint64>("value");
    QTest::newRow("unix time") << QByteArray("1700000000") << true << qint64(1700000000);
    QTest::newRow("negative") << QByteArray("-5") << true << qint64(-5);
    QTest::newRow("written as exponent") << QByteArray("1.7e9") << true << qint64(1700000000);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << true << qint64(9007199254740992);
    QTest::newRow("beyond 2^53") << QByteArray("18014398509481984") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1700000000.5") << false << qint64(0);
    QTest::newRow("string") << QByteArray("\"1700000000\"") << false << qint64(0);
    QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
}

void TestOrderedJson::toIntegerOnlyForExactIntegers()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isInteger);
    QFETCH(qint64, value);
    const auto doc = OrderedJson::parse(input);
    QVERIFY(doc);
    const std::optional<qint64> integer = doc->toInteger();
    QCOMPARE(integer.has_value(), isInteger);
    if (isInteger)
        QCOMPARE(*integer, value);
}

void TestOrderedJson::nonFiniteNumbersWriteNull()
{
    OrderedJson array = OrderedJson::makeArray();
    array.append(OrderedJson::fromDouble(std::numeric_limits<double>::infinity()));
    array.append(OrderedJson::fromDouble(std::numeric_limits<double>::quiet_NaN()));
    array.append(OrderedJson::fromDouble(-0.0));
    array.append(OrderedJson::fromInteger(-42));
    QCOMPARE(array.toCompact(), QByteArray("[null,null,0,-42]"));
}

void TestOrderedJson::stringsBuiltInCodeAreEscaped()
{
    QString text = QStringLiteral("tab\there \"q\" \\ é ");
    text.append(QChar(0xD83C)); // lone high surrogate at the end
    const OrderedJson s = OrderedJson::fromString(text);
    QCOMPARE(s.toCompact(), QByteArray("\"tab\\there \\\"q\\\" \\\\ \xc3\xa9 \\ud83c\""));
    QByteArray out;
    appendJsonString(out, QString(QChar(0)));
    QCOMPARE(out, QByteArray(R"("\u0000")"));
}

void TestOrderedJson::qjsonConversions()
{
    const auto doc = OrderedJson::parse(QByteArray(R"({"z":[1,"two",null,true],"a":{"n":2.5}})"));
    QVERIFY(doc);
    const QJsonValue qt = doc->toQJsonValue();
    QVERIFY(qt.isObject());
    QCOMPARE(qt.toObject().value(QStringLiteral("z")).toArray().at(1).toString(), QStringLiteral("two"));
    QCOMPARE(qt.toObject().value(QStringLiteral("a")).toObject().value(QStringLiteral("n")).toDouble(), 2.5);
    // Back from Qt: QJsonObject sorts keys, which is exactly why OrderedJson exists.
    const OrderedJson back = OrderedJson::fromQJsonValue(qt);
    QCOMPARE(back.toCompact(), QByteArray(R"({"a":{"n":2.5},"z":[1,"two",null,true]})"));
    QVERIFY(OrderedJson::fromQJsonValue(QJsonValue(QJsonValue::Undefined)).isNull());
}

void TestOrderedJson::equality()
{
    const auto a = OrderedJson::parse(QByteArray(R"({"a":1,"b":[true]})"));
    const auto same = OrderedJson::parse(QByteArray(R"( { "a" : 1.0 , "b" : [ true ] } )"));
    const auto reordered = OrderedJson::parse(QByteArray(R"({"b":[true],"a":1})"));
    const auto different = OrderedJson::parse(QByteArray(R"({"a":1,"b":[false]})"));
    QVERIFY(a && same && reordered && different);
    QVERIFY(*a == *same);
    QVERIFY(*a != *reordered); // order is part of the value here
    QVERIFY(*a != *different);
    QVERIFY(OrderedJson() == OrderedJson());
    QVERIFY(OrderedJson::fromString(QStringLiteral("1")) != OrderedJson::fromInteger(1));
}

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"
