// libFuzzer target for the stored profiles' reader (ProfileStore over a QSettings ini file that another
// program, or an attacker with the user's files, may have written). Input: the ini file. Whatever is
// listed is a valid profile with a unique name; the active profile is one of them.
#include "FuzzSupport.h"
#include "core/SecretVault.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application();
    static QTemporaryDir* dir = new QTemporaryDir;
    static SecretVault* vault = [] {
        auto* v = new SecretVault(QStringLiteral("KeyDesk fuzz"));
        v->setMemoryOnly();
        return v;
    }();
    const QString path = dir->filePath(QStringLiteral("profiles.ini"));
    {
        QFile file(path);
        Fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file");
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(vault, &settings);

    const QList<Profile> profiles = store.list();
    Fuzz::check(profiles.size() <= ProfileStore::maxProfiles, "at most maxProfiles");
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const Profile& profile = profiles.at(i);
        Fuzz::check(profile.isValid(), "only valid profiles are listed");
        Fuzz::check(Profile::checkName(profile.name).isEmpty(), "only valid names are listed");
        Fuzz::check(profile.origin == Profile::Origin::Stored, "stored profiles");
        for (qsizetype j = i + 1; j < profiles.size(); ++j)
            Fuzz::check(!Profile::sameName(profile.name, profiles.at(j).name), "names are unique");
        const std::optional<Profile> found = store.find(profile.id);
        Fuzz::check(found && *found == profile, "find() by id");
    }
    if (!store.activeId().isEmpty())
        Fuzz::check(store.active().has_value(), "the active profile is listed");
    return 0;
}
