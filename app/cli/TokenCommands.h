#pragma once

#include <QStringList>

class CliContext;

// keydesk-cli token decode|verify|build
int runTokenCommand(CliContext& cli, const QStringList& args);
