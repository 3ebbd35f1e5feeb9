#pragma once

#include "core/SecretBytes.h"

#include <QStringList>

class CliContext;

// keydesk-cli vault store|remove|check SK…: API key secrets in the OS keychain, shared with the GUI.
int runVaultCommand(CliContext& cli, const QStringList& args);

// Reads the vaulted secret of an API key. On failure returns the exit code to use (ExitUsage when the
// keychain holds no such secret, ExitNetwork when the keychain cannot be reached) and sets *error;
// returns 0 on success.
int readVaultedKeySecret(const QString& keySid, SecretBytes* secret, QString* error);
