#pragma once

#include <QStringList>

class CliContext;

// keydesk-cli webhook sign|verify
int runWebhookCommand(CliContext& cli, const QStringList& args);
