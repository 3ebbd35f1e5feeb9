#pragma once

#include <QStringList>

class CliContext;

// keydesk-cli profiles list|add|remove|use|test|import-twilio-cli
int runProfilesCommand(CliContext& cli, const QStringList& args);
