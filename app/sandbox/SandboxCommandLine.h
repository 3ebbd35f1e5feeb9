#pragma once

#include "SandboxHttpSettings.h"
#include "SandboxSeeder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// keydesk-sandbox's command line, parsed without exiting so it can be tested and reused.
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)

public:
    enum class Result { Run, Help, Version, Error };

    Result parse(const QStringList& arguments);
    QString errorText() const { return m_error; }
    static QString helpText();

    quint16 port = 0;
    SandboxSeeder::Options seed;
    bool accountSidGiven = false;
    bool authTokenGiven = false;
    bool seedGiven = false;
    bool keysGiven = false;
    QString stateFile;
    QString faults;
    quint64 faultSeed = 1;
    SandboxHttpSettings http; // --header-timeout, --request-timeout, --idle-timeout, --max-connections

private:
    QString m_error;
};
