#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class SandboxState;

// --state FILE: the sandbox's accounts, keys and OAuth clients as JSON ({"format":
// "keydesk-sandbox-state","version":1,…}). Key and OAuth client secrets are stored as SHA-256 only.
// Loading validates everything first and leaves the state untouched on any error, with a message
// that names the offending field.
class SandboxStateFile
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStateFile)

public:
    static QByteArray serialize(const SandboxState& state);
    static bool deserialize(const QByteArray& data, SandboxState* state, QString* error);

    static bool load(const QString& path, SandboxState* state, QString* error);
    // Atomic (QSaveFile), owner-only permissions.
    static bool save(const QString& path, const SandboxState& state, QString* error);
};
