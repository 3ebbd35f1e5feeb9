#pragma once

#include "CliConnection.h"

#include <QStringList>

class CliContext;

// keydesk-cli keys list|show|create|duplicate|update|delete
int runKeysCommand(CliContext& cli, const QStringList& args);
