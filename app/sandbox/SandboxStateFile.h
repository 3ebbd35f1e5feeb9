#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class SandboxState;

// --state FILE: the sandbox's accounts, keys and OAuth clients as JSON ({"format":
// "keydesk-sandbox-state","version":1,…}). Key and OAuth client secrets are stored as SHA-256 only.
// Loading reads regular files of at most maxFileBytes only (never waits on a FIFO or reads a device),
// validates every field first (SIDs, names of at most 64 characters, Auth Tokens, permissions known to
// the PermissionCatalog, unique sequence numbers below next_seq) and leaves the state untouched on any
// error, with a message that names the offending field. What save() writes, load() accepts; a state
// too large to load again is not saved.
class SandboxStateFile
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStateFile)

public:
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    static QByteArray serialize(const SandboxState& state);
    static bool deserialize(const QByteArray& data, SandboxState* state, QString* error);

    static bool load(const QString& path, SandboxState* state, QString* error);
    // Atomic (QSaveFile), owner-only permissions.
    static bool save(const QString& path, const SandboxState& state, QString* error);
};
