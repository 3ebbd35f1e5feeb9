#pragma once

#include <QStringList>

class CliContext;

// keydesk-cli authtoken secondary-create|secondary-delete|promote
int runAuthTokenCommand(CliContext& cli, const QStringList& args);
