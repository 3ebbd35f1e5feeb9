#pragma once

#include "core/SecretBytes.h"
#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <vector>

// twilio-cli's ~/.twilio-cli/config.json (or $TWILIO_CONFIG_DIR/config.json), where twilio-cli keeps every
// profile's API key secret in plain text:
//   {"profiles":{"<id>":{"accountSid":"AC…","apiKey":"SK…","apiSecret":"…","region":"ie1","edge":"dublin"}},
//    "activeProject":"<id>", …}
//
// load() reads it defensively: a regular file of at most maxFileSize bytes (FIFOs, devices and directories
// are refused before anything blocks), parsed with QJsonDocument; a malformed, truncated or hostile file
// gives one sentence and lists nothing. Each profile entry is listed; one that cannot be imported carries its
// reason in Entry::problem. stripSecrets() removes the plain-text secrets once they are in the keychain,
// after a 0600 backup, and changes nothing when any step fails.
class TwilioCliConfig
{
    Q_DECLARE_TR_FUNCTIONS(TwilioCliConfig)

public:
    static constexpr qint64 maxFileSize = 1 << 20;
    static constexpr int maxProfiles = 1000;
    static constexpr int maxSecretLength = 1024;

    // One profile of config.json. Move-only: it holds the secret.
    struct Entry
    {
        QString id; // twilio-cli's profile name
        QString accountSid;
        QString region;
        QString edge;
        QString apiKey; // SK…
        SecretBytes apiSecret;
        QString problem; // why it cannot be imported; empty when it can

        bool importable() const { return problem.isEmpty(); }
        // A stored, API-key profile with a fresh id, named after twilio-cli's profile id.
        Profile toProfile() const;
    };

    // $TWILIO_CONFIG_DIR/config.json, else ~/.twilio-cli/config.json (HOME from the environment).
    static QString defaultPath(const QProcessEnvironment& environment
                               = QProcessEnvironment::systemEnvironment());

    explicit TwilioCliConfig(const QString& path = defaultPath());
    TwilioCliConfig(TwilioCliConfig&&) noexcept = default;
    TwilioCliConfig& operator=(TwilioCliConfig&&) noexcept = default;

    QString path() const { return m_path; }
    bool exists() const;

    // Reads and parses the file. False with *error (and no profiles) when it cannot be used.
    bool load(QString* error);
    const std::vector<Entry>& profiles() const { return m_profiles; }
    // twilio-cli's active profile ("activeProject"), when it names a listed profile.
    QString activeProfileId() const { return m_activeProfileId; }

    // The file's group or other read bit is set (QFileDevice::permissions()).
    bool readableByOthers() const;

    // Writes a 0600 backup of the current bytes beside the file (config.json.keydesk-backup, or with a
    // timestamp when that exists), then rewrites config.json without the apiSecret fields of the given
    // profiles (all when empty), atomically and with the file's permissions. On failure nothing has changed
    // (a backup already written is removed) and *error says why. True, with nothing written, when there was
    // no secret to strip. backupPath() names the backup afterwards.
    bool stripSecrets(QString* error, const QStringList& profileIds = {});
    QString backupPath() const { return m_backupPath; }

private:
    QString m_path;
    std::vector<Entry> m_profiles;
    QString m_activeProfileId;
    QString m_backupPath;
};
