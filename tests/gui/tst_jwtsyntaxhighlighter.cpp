#include "common/ThemeColors.h"
#include "token/JsonView.h"
#include "token/JwtSyntaxHighlighter.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

class TestJwtSyntaxHighlighter : public QObject
{
    Q_OBJECT

private:
    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        return dark;
    }
    static QPalette lightPalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::WindowText, Qt::black);
        return light;
    }

private slots:
    void layoutFollowsTheParser()
    {
        const QString text = QStringLiteral("Bearer eyJhbGciOiJIUzI1NiJ9.\ne30.c2ln  ");
        const JwtParseResult parsed = Jwt::parse(text.toUtf8());
        QVERIFY(parsed.ok);
        const JwtSyntaxHighlighter::Layout layout = JwtSyntaxHighlighter::layoutFor(text, parsed);
        QCOMPARE(layout.tokenStart, 7);
        QCOMPARE(layout.tokenEnd, int(text.size()) - 2);
        QCOMPARE(layout.errorPosition, -1);
        // Token offsets map across the line break.
        QCOMPARE(JwtSyntaxHighlighter::positionOfTokenOffset(text, 7, 21),
                 int(text.indexOf(QStringLiteral("e30"))));
    }

    void colourCarriesAcrossLines()
    {
        QTextDocument doc;
        JwtSyntaxHighlighter h(&doc);
        h.setPalette(lightPalette());
        const QString text = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e3\n0.c2ln");
        doc.setPlainText(text);
        h.setLayout(JwtSyntaxHighlighter::layoutFor(text, Jwt::parse(text.toUtf8())));
        const QTextBlock second = doc.lastBlock();
        // "0" on the second line is still payload; "c2ln" after the dot is signature.
        const auto formats = second.layout()->formats();
        QVERIFY(!formats.isEmpty());
        QCOMPARE(formats.first().format.foreground().color(), h.segmentColor(1));
        QCOMPARE(formats.last().format.foreground().color(), h.segmentColor(2));
    }

    void accentsReadOnLightAndDark()
    {
        using A = ThemeColors::Accent;
        for (const QPalette& p : { lightPalette(), darkPalette() }) {
            for (A a : { A::TokenHeader, A::TokenPayload, A::TokenSignature, A::JsonKey, A::JsonString,
                         A::JsonNumber, A::JsonKeyword, A::Success, A::Warning, A::Error }) {
                const double ratio
                    = ThemeColors::contrastRatio(ThemeColors::accent(a, p), p.color(QPalette::Base));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("accent %1: %2").arg(int(a)).arg(ratio)));
            }
            QVERIFY(ThemeColors::contrastRatio(ThemeColors::accent(A::Noise, p), p.color(QPalette::Base))
                    >= 3.0);
        }
        QVERIFY(ThemeColors::isDark(darkPalette()));
        QVERIFY(!ThemeColors::isDark(lightPalette()));
    }

    void jsonTooltips()
    {
        QVERIFY(JsonView::toolTipForLine(QStringLiteral("  \"exp\": 1700003600,"))
                    .contains(QStringLiteral("2023-11-14 23:13:20 UTC")));
        QVERIFY(JsonView::toolTipForLine(QStringLiteral("  \"iss\": \"SK…\","))
                    .contains(QStringLiteral("API key")));
        QVERIFY(JsonView::toolTipForLine(QStringLiteral("}")).isEmpty());
    }
};

QTEST_MAIN(TestJwtSyntaxHighlighter)
#include "tst_jwtsyntaxhighlighter.moc"
