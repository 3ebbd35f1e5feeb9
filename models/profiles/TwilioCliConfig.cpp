#include "TwilioCliConfig.h"

#include "api/ApiCredentials.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

const QString profilesKey = QStringLiteral("profiles");
const QString secretKey = QStringLiteral("apiSecret");
constexpr int maxShownIdLength = 64;

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Owner, group and other bits only: the *User flags describe what this process may do, not the file.
QFileDevice::Permissions modeBits(QFileDevice::Permissions permissions)
{
    return permissions & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

// A profile id as it may be shown: bounded, with control characters replaced (the file may be hostile).
QString shownId(const QString& id)
{
    QString shown = id.left(maxShownIdLength);
    for (QChar& c : shown)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph
            || c.isSurrogate())
            c = QChar::ReplacementCharacter;
    if (id.size() > maxShownIdLength)
        shown += QChar(0x2026);
    return shown;
}

// Reads the whole file when it is a regular file of at most maxFileSize bytes. A FIFO, socket, device or
// directory is refused before it is opened for reading (and opened non-blocking, so a file swapped for a
// FIFO in between cannot hang the caller).
bool readConfigFile(const QString& path, QByteArray* data, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = TwilioCliConfig::tr("%1 does not exist.").arg(shownPath(path));
        return false;
    }
    if (info.isDir()) {
        *error = TwilioCliConfig::tr("%1 is a folder, not a twilio-cli config.json.").arg(shownPath(path));
        return false;
    }
    if (!info.isFile()) {
        *error = TwilioCliConfig::tr("%1 is not a regular file (a FIFO, socket or device); it was not read.")
                     .arg(shownPath(path));
        return false;
    }
    const QString tooBig
        = TwilioCliConfig::tr("%1 is larger than %2 KiB; a twilio-cli config.json is a few kilobytes, so it "
                              "was not read.")
              .arg(shownPath(path))
              .arg(TwilioCliConfig::maxFileSize / 1024);
    if (info.size() > TwilioCliConfig::maxFileSize) {
        *error = tooBig;
        return false;
    }

    QFile file;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *error = TwilioCliConfig::tr("%1 cannot be opened: %2")
                     .arg(shownPath(path), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = TwilioCliConfig::tr("%1 is not a regular file (a FIFO, socket or device); it was not read.")
                     .arg(shownPath(path));
        return false;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = TwilioCliConfig::tr("%1 cannot be opened: %2").arg(shownPath(path), file.errorString());
        return false;
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TwilioCliConfig::tr("%1 cannot be opened: %2").arg(shownPath(path), file.errorString());
        return false;
    }
#endif
    // One byte more than allowed tells a file that grew (or lied about its size) from one that fits.
    QByteArray bytes = file.read(TwilioCliConfig::maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        wipeBytes(bytes);
        *error = TwilioCliConfig::tr("%1 cannot be read: %2").arg(shownPath(path), file.errorString());
        return false;
    }
    if (bytes.size() > TwilioCliConfig::maxFileSize) {
        wipeBytes(bytes);
        *error = tooBig;
        return false;
    }
    *data = std::move(bytes);
    return true;
}

// The root object and its "profiles" object (empty when there is none); false with *error otherwise.
bool parseConfig(const QString& path, const QByteArray& data, QJsonObject* root, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = TwilioCliConfig::tr("%1 is not valid JSON (%2 at byte %3); nothing was imported.")
                     .arg(shownPath(path), parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = TwilioCliConfig::tr("%1 does not hold a JSON object, so it is not a twilio-cli config.json; "
                                     "nothing was imported.")
                     .arg(shownPath(path));
        return false;
    }
    *root = document.object();
    const QJsonValue profiles = root->value(profilesKey);
    if (!profiles.isUndefined() && !profiles.isNull() && !profiles.isObject()) {
        *error = TwilioCliConfig::tr("In %1, \"profiles\" is not a JSON object; nothing was imported.")
                     .arg(shownPath(path));
        return false;
    }
    if (profiles.toObject().size() > TwilioCliConfig::maxProfiles) {
        *error = TwilioCliConfig::tr("%1 lists more than %2 profiles; nothing was imported.")
                     .arg(shownPath(path))
                     .arg(TwilioCliConfig::maxProfiles);
        return false;
    }
    return true;
}

// A text field of a profile object: false when present with another type.
bool textField(const QJsonObject& object, const QString& key, QString* out)
{
    const QJsonValue value = object.value(key);
    out->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

TwilioCliConfig::Entry readEntry(const QString& id, const QJsonValue& value)
{
    TwilioCliConfig::Entry entry;
    entry.id = id;
    QStringList problems;
    if (const QString nameProblem = Profile::checkName(id); !nameProblem.isEmpty()) {
        entry.id = shownId(id);
        problems << nameProblem;
    }
    if (!value.isObject()) {
        problems << TwilioCliConfig::tr("The profile is not a JSON object.");
        entry.problem = problems.join(u' ');
        return entry;
    }
    const QJsonObject object = value.toObject();
    QString secret;
    QStringList wrongTypes;
    const auto read = [&](const QString& key, QString* out) {
        if (!textField(object, key, out))
            wrongTypes << key;
    };
    read(QStringLiteral("accountSid"), &entry.accountSid);
    read(QStringLiteral("apiKey"), &entry.apiKey);
    read(QStringLiteral("region"), &entry.region);
    read(QStringLiteral("edge"), &entry.edge);
    read(secretKey, &secret);
    if (!wrongTypes.isEmpty())
        problems << TwilioCliConfig::tr("These fields are not text: %1.")
                        .arg(wrongTypes.join(QStringLiteral(", ")));
    // Bounded before they are kept or shown.
    entry.accountSid = entry.accountSid.left(64);
    entry.apiKey = entry.apiKey.left(64);
    entry.region = entry.region.left(64).toLower();
    entry.edge = entry.edge.left(64).toLower();

    if (entry.apiKey.isEmpty() || secret.isEmpty()) {
        problems << TwilioCliConfig::tr(
            "config.json holds no API key secret for this profile (twilio-cli kept secrets in the system "
            "keychain before version 6): add it in KeyDesk by hand.");
    } else if (secret.size() > TwilioCliConfig::maxSecretLength) {
        problems << TwilioCliConfig::tr("The API key secret is longer than %1 characters.")
                        .arg(TwilioCliConfig::maxSecretLength);
    } else {
        entry.apiSecret = SecretBytes::fromUtf8(secret);
    }
    wipeString(secret);

    if (problems.isEmpty())
        problems << entry.toProfile().validate();
    entry.problem = problems.join(u' ');
    if (!entry.problem.isEmpty())
        entry.apiSecret.clear(); // it will not be imported: do not keep it around
    return entry;
}

} // namespace

Profile TwilioCliConfig::Entry::toProfile() const
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = id;
    profile.accountSid = accountSid;
    profile.kind = Profile::CredentialKind::ApiKey;
    profile.credentialUser = apiKey;
    profile.region = region;
    profile.edge = edge;
    profile.origin = Profile::Origin::Stored;
    return profile;
}

QString TwilioCliConfig::defaultPath(const QProcessEnvironment& environment)
{
    const QString configDir = environment.value(QStringLiteral("TWILIO_CONFIG_DIR"));
    if (!configDir.isEmpty())
        return QDir(configDir).filePath(QStringLiteral("config.json"));
    QString home = environment.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return QDir(home).filePath(QStringLiteral(".twilio-cli/config.json"));
}

TwilioCliConfig::TwilioCliConfig(const QString& path)
    : m_path(path)
{ }

bool TwilioCliConfig::exists() const
{
    return QFileInfo::exists(m_path);
}

bool TwilioCliConfig::load(QString* error)
{
    m_profiles.clear();
    m_activeProfileId.clear();
    QByteArray data;
    if (!readConfigFile(m_path, &data, error))
        return false;
    QJsonObject root;
    const bool parsed = parseConfig(m_path, data, &root, error);
    wipeBytes(data);
    if (!parsed)
        return false;

    const QJsonObject profiles = root.value(profilesKey).toObject();
    m_profiles.reserve(std::size_t(profiles.size()));
    for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it)
        m_profiles.push_back(readEntry(it.key(), it.value()));
    const QJsonValue active = root.value(QStringLiteral("activeProject"));
    if (active.isString()) {
        for (const Entry& entry : m_profiles)
            if (entry.id == active.toString())
                m_activeProfileId = entry.id;
    }
    return true;
}

bool TwilioCliConfig::readableByOthers() const
{
    const QFileDevice::Permissions permissions = QFile::permissions(m_path);
    return permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

bool TwilioCliConfig::stripSecrets(QString* error, const QStringList& profileIds)
{
    m_backupPath.clear();
    QByteArray original;
    if (!readConfigFile(m_path, &original, error))
        return false;
    QJsonObject root;
    if (!parseConfig(m_path, original, &root, error)) {
        wipeBytes(original);
        return false;
    }
    QJsonObject profiles = root.value(profilesKey).toObject();
    int stripped = 0;
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        if (!profileIds.isEmpty() && !profileIds.contains(it.key()))
            continue;
        if (!it.value().isObject())
            continue;
        QJsonObject profile = it.value().toObject();
        if (!profile.contains(secretKey))
            continue;
        profile.remove(secretKey);
        it.value() = profile;
        ++stripped;
    }
    if (stripped == 0) {
        wipeBytes(original);
        return true;
    }
    root.insert(profilesKey, profiles);
    QByteArray rewritten = QJsonDocument(root).toJson(QJsonDocument::Compact);

    // A symbolic link (dotfile managers use them) keeps pointing at the rewritten file.
    const QFileInfo info(m_path);
    const QString target = info.isSymLink() ? info.canonicalFilePath() : m_path;
    const QFileDevice::Permissions permissions = modeBits(QFile::permissions(target));

    // The backup holds the secrets: created new (never through an existing name or link), owner-only.
    QString backup = m_path + QStringLiteral(".keydesk-backup");
    if (QFileInfo::exists(backup))
        backup += u'-' + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile backupFile(backup);
    bool backupWritten = false;
    if (backupFile.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        backupWritten = backupFile.write(original) == original.size() && backupFile.flush();
#ifdef Q_OS_UNIX
        backupWritten = backupWritten && ::fsync(backupFile.handle()) == 0;
#endif
        backupWritten = backupWritten && backupFile.setPermissions(ownerOnly);
        backupFile.close();
        if (!backupWritten)
            backupFile.remove();
    }
    wipeBytes(original);
    if (!backupWritten) {
        *error = tr("The backup %1 could not be written (%2); config.json was not changed.")
                     .arg(shownPath(backup), backupFile.errorString());
        wipeBytes(rewritten);
        return false;
    }

    QSaveFile save(target);
    bool saved = save.open(QIODevice::WriteOnly);
    saved = saved && save.setPermissions(permissions);
    saved = saved && save.write(rewritten) == rewritten.size();
    wipeBytes(rewritten);
    // Not committed, QSaveFile discards its temporary file and leaves the original as it was.
    saved = saved && save.commit();
    if (!saved) {
        *error = tr("%1 could not be rewritten (%2); it was not changed.")
                     .arg(shownPath(m_path), save.errorString());
        QFile::remove(backup);
        return false;
    }
    if (modeBits(QFile::permissions(target)) != permissions)
        QFile::setPermissions(target, permissions);
    m_backupPath = backup;
    return true;
}
