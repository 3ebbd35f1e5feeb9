#include "VaultCommands.h"

#include "CliContext.h"
#include "core/SecretVault.h"
#include "token/Grants.h"

#include <QCommandLineParser>

namespace {

struct VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)
};

// The line for a keychain that could not be reached or refused; nothing was removed.
QString unreachable(const SecretVault::Result& r, const QString& sid)
{
    if (r.keychainUnavailable)
        return VaultCommands::tr("the system keychain could not be reached; the secret of %1 was not removed "
                                 "(%2)")
            .arg(sid, r.error);
    return VaultCommands::tr("the secret of %1 was not removed: %2").arg(sid, r.error);
}

int storeOrRemove(CliContext& cli, const QStringList& args, const QString& sub)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("key-sid"), VaultCommands::tr("The API key SID (SK…)."),
                                 QStringLiteral("SK…"));
    const bool store = sub == u"store";
    if (store)
        CliContext::addSecretOptions(parser, VaultCommands::tr("API key secret"), false);
    const QString description = store
        ? VaultCommands::tr(
            "Keep an API key's secret in the system keychain, for token build/verify --vault and the GUI.")
        : sub == u"remove"
        ? VaultCommands::tr("Remove an API key's secret from the system keychain.")
        : VaultCommands::tr(
            "Tell whether the system keychain holds a secret for an API key (exit 0 yes, 1 no).");
    const int parsed = cli.parse(parser, args, description);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cli.fail(ExitUsage, VaultCommands::tr("give exactly one API key SID"));
    const QString sid = positional.first();
    if (!isSid(sid, u"SK"))
        return cli.fail(ExitUsage,
                        VaultCommands::tr("\"%1\" is not an API key SID (SK followed by 32 hex digits)")
                            .arg(CliContext::printable(sid)));

    SecretVault vault;
    if (store) {
        SecretBytes secret;
        QString error;
        if (!CliContext::readSecret(parser, &secret, &error))
            return cli.fail(ExitUsage, error);
        const SecretVault::Result r = vault.storeAndWait(SecretVault::apiKeyEntry(sid), secret);
        if (!r.ok || r.keptInMemoryOnly)
            return cli.fail(
                ExitNetwork,
                VaultCommands::tr("nothing was stored: no system keychain is reachable (%1)").arg(r.error));
        cli.out() << VaultCommands::tr("Stored the secret of %1 in the system keychain.").arg(sid) << "\n";
        cli.out().flush();
        return ExitOk;
    }
    if (sub == u"remove") {
        // The Secret Service reports success for deleting nothing; look first so "not there" is a clear no.
        // Without a keychain nothing can be said about what it holds: exit 3, never "holds no secret".
        SecretBytes existing;
        const SecretVault::Result found = vault.readAndWait(SecretVault::apiKeyEntry(sid), &existing);
        existing.clear();
        if (found.notFound)
            return cli.fail(ExitNegative, VaultCommands::tr("the keychain holds no secret for %1").arg(sid));
        if (!found.ok)
            return cli.fail(ExitNetwork, unreachable(found, sid));
        const SecretVault::Result r = vault.removeAndWait(SecretVault::apiKeyEntry(sid));
        if (r.notFound)
            return cli.fail(ExitNegative, VaultCommands::tr("the keychain holds no secret for %1").arg(sid));
        if (!r.ok)
            return cli.fail(ExitNetwork, unreachable(r, sid));
        cli.out() << VaultCommands::tr("Removed the secret of %1 from the system keychain.").arg(sid) << "\n";
        cli.out().flush();
        return ExitOk;
    }
    SecretBytes secret;
    const SecretVault::Result r = vault.readAndWait(SecretVault::apiKeyEntry(sid), &secret);
    if (r.ok) {
        cli.out() << VaultCommands::tr("The keychain holds a secret for %1.").arg(sid) << "\n";
        cli.out().flush();
        return ExitOk;
    }
    if (r.notFound) {
        cli.out() << VaultCommands::tr("The keychain holds no secret for %1.").arg(sid) << "\n";
        cli.out().flush();
        return ExitNegative;
    }
    return cli.fail(ExitNetwork, r.error);
}

} // namespace

int readVaultedKeySecret(const QString& keySid, SecretBytes* secret, QString* error)
{
    if (!isSid(keySid, u"SK")) {
        *error = VaultCommands::tr("--vault needs an API key SID (SK…) to look up; got \"%1\"")
                     .arg(CliContext::printable(keySid));
        return ExitUsage;
    }
    SecretVault vault;
    const SecretVault::Result r = vault.readAndWait(SecretVault::apiKeyEntry(keySid), secret);
    if (r.ok)
        return ExitOk;
    if (r.notFound) {
        *error = VaultCommands::tr("the keychain holds no secret for %1; store it with: keydesk-cli vault "
                                   "store %1 --secret-stdin")
                     .arg(keySid);
        return ExitUsage;
    }
    *error = r.error;
    return ExitNetwork;
}

int runVaultCommand(CliContext& cli, const QStringList& args)
{
    const QString usage
        = VaultCommands::tr("usage: keydesk-cli vault store|remove|check SK… [options]   (--help on each)");
    if (args.size() < 2)
        return cli.fail(ExitUsage, usage);
    const QString sub = args.at(1);
    QStringList rest = args.mid(1);
    rest[0] = QStringLiteral("keydesk-cli vault ") + sub;
    if (sub == u"store" || sub == u"remove" || sub == u"check")
        return storeOrRemove(cli, rest, sub);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        cli.out() << usage << "\n";
        cli.out().flush();
        return ExitOk;
    }
    return cli.fail(ExitUsage, VaultCommands::tr("unknown vault command \"%1\"; %2").arg(sub, usage));
}
