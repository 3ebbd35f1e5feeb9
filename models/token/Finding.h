#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// One observation about a token. Codes are stable (the CLI prints them, scripts match on them); the
// message is a plain sentence for people.
struct Finding
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Info;
    QString code;
    QString message;

    static QString severityName(Severity severity); // "error" / "warning" / "info" (stable, untranslated)
    static QString severityLabel(Severity severity); // translated, for display
};

class FindingCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FindingCatalog)

public:
    struct Entry
    {
        const char* code;
        Finding::Severity severity; // the usual severity; a few codes vary by case
        const char* summary; // what the code means, untranslated source text
    };

    static const QList<Entry>& entries();
    static QString summary(const QString& code); // translated
    static bool isKnown(const QString& code);
};
