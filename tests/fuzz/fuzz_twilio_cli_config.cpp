// libFuzzer target for twilio-cli's config.json reader (TwilioCliConfig::load), the file any program of
// the user's may have written. A file that loads lists at most maxProfiles entries; an importable entry
// makes a valid profile; no sentence repeats a secret.
#include "FuzzSupport.h"
#include "profiles/TwilioCliConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr()
    static QTemporaryDir* dir = new QTemporaryDir;
    const QString path = dir->filePath(QStringLiteral("config.json"));
    {
        QFile file(path);
        Fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file");
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const QByteArrayView text(reinterpret_cast<const char*>(data), qsizetype(size));
    TwilioCliConfig config(path);
    QString error;
    if (!config.load(&error)) {
        Fuzz::check(!error.isEmpty() && config.profiles().empty(),
                    "a refused file says why and lists nothing");
        return 0;
    }
    Fuzz::check(config.profiles().size() <= size_t(TwilioCliConfig::maxProfiles), "at most maxProfiles");
    bool activeListed = config.activeProfileId().isEmpty();
    for (const TwilioCliConfig::Entry& entry : config.profiles()) {
        activeListed = activeListed || entry.id == config.activeProfileId();
        Fuzz::check(entry.apiSecret.size() <= size_t(TwilioCliConfig::maxSecretLength), "secret size limit");
        if (entry.importable()) {
            Fuzz::check(!entry.apiSecret.isEmpty(), "an importable entry has its secret");
            const Profile profile = entry.toProfile();
            Fuzz::check(profile.isValid(), "an importable entry makes a valid profile");
            Fuzz::check(profile.kind == Profile::CredentialKind::ApiKey, "an API-key profile");
        }
        // A secret that occurs once in the file (so no other field holds it) is never shown.
        const QByteArrayView secret = entry.apiSecret.view();
        if (secret.size() >= 8 && text.count(secret) == 1)
            Fuzz::check(!entry.problem.toUtf8().contains(secret), "a problem sentence repeats the secret");
    }
    Fuzz::check(activeListed, "the active profile is a listed one");
    return 0;
}
