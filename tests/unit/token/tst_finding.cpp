#include "token/Finding.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

class TestFinding : public QObject
{
    Q_OBJECT

private slots:
    void severityNamesAreStable();
    void catalogCodesAreUniqueAndWellFormed();
    void catalogLookups();
};

void TestFinding::severityNamesAreStable()
{
    // Scripts match on these: they are not translated.
    QCOMPARE(Finding::severityName(Finding::Severity::Info), QStringLiteral("info"));
    QCOMPARE(Finding::severityName(Finding::Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(Finding::severityName(Finding::Severity::Error), QStringLiteral("error"));
    QCOMPARE(Finding::severityLabel(Finding::Severity::Error), QStringLiteral("Error"));
    QCOMPARE(Finding::severityLabel(Finding::Severity::Warning), QStringLiteral("Warning"));
    QCOMPARE(Finding::severityLabel(Finding::Severity::Info), QStringLiteral("Info"));
}

void TestFinding::catalogCodesAreUniqueAndWellFormed()
{
    const QRegularExpression shape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> seen;
    for (const FindingCatalog::Entry& e : FindingCatalog::entries()) {
        const QString code = QString::fromLatin1(e.code);
        QVERIFY2(shape.match(code).hasMatch(), e.code);
        QVERIFY2(!seen.contains(code), e.code);
        seen.insert(code);
        QVERIFY(qstrlen(e.summary) > 10);
    }
    QCOMPARE(seen.size(), 23);
    // The signature states are informational or errors, never warnings.
    for (const FindingCatalog::Entry& e : FindingCatalog::entries()) {
        if (QByteArray(e.code) == "signature-verified" || QByteArray(e.code) == "signature-unchecked")
            QCOMPARE(e.severity, Finding::Severity::Info);
        if (QByteArray(e.code) == "signature-invalid" || QByteArray(e.code) == "malformed")
            QCOMPARE(e.severity, Finding::Severity::Error);
    }
}

void TestFinding::catalogLookups()
{
    QVERIFY(FindingCatalog::isKnown(QStringLiteral("alg-none")));
    QVERIFY(!FindingCatalog::isKnown(QStringLiteral("ALG-NONE")));
    QVERIFY(!FindingCatalog::isKnown(QString()));
    QCOMPARE(FindingCatalog::summary(QStringLiteral("expired")), QStringLiteral("The token has expired."));
    QVERIFY(FindingCatalog::summary(QStringLiteral("nope")).isEmpty());
}

QTEST_GUILESS_MAIN(TestFinding)
#include "tst_finding.moc"
