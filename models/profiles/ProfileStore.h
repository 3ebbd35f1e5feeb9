#pragma once

#include "core/SecretBytes.h"
#include "profiles/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QSettings;
class SecretVault;

// The stored profiles: non-secret fields in QSettings (group "Profiles/<id>", the active profile's id in
// "Profiles/active"), every secret only in the SecretVault under SecretVault::profileEntry(id). When the
// vault is memory-only, the secret lives for this session and the callback's sentence says so.
//
// Changes that touch the vault are asynchronous: the callback runs once, on the event loop, unless the
// store or the given context object (optional) was destroyed first. The *AndWait variants spin a local
// event loop and are for the CLI only.
//
// Entries read from QSettings are checked like any other input: one that is not a valid profile (bad SID,
// unknown credential kind, a value of the wrong type or size, a duplicate name) is skipped and described in
// problems(); it never reaches list().
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // ok, and a sentence for people: why it failed, or (ok) a note such as "kept in memory only";
    // empty when there is nothing to say.
    using Done = std::function<void(bool ok, const QString& sentence)>;
    // The secret (empty on failure) and the sentence why it is missing.
    using SecretDone = std::function<void(SecretBytes secret, const QString& sentence)>;

    static constexpr int maxProfiles = 1000;

    // settings: where the non-secret fields live (not owned); nullptr means KeyDesk's own profiles file,
    // shared by the GUI and the CLI. vault is not owned and must outlive the store.
    explicit ProfileStore(SecretVault* vault, QSettings* settings = nullptr, QObject* parent = nullptr);
    ~ProfileStore() override;

    // Reads QSettings again (another process, such as the CLI, may have changed it); emits the signals
    // when something changed.
    void reload();

    // Sorted by name (case-insensitive).
    QList<Profile> list() const { return m_profiles; }
    // An exact id first, else a name compared case-insensitively.
    std::optional<Profile> find(const QString& idOrName) const;
    // Sentences about skipped QSettings entries, from the last reload.
    QStringList problems() const { return m_problems; }
    SecretVault* vault() const { return m_vault; }

    // Stores the secret, then the fields. An empty profile.id gets Profile::newId(); the id used is
    // returned (empty when the profile is refused at once; the callback still runs, with the reason).
    QString add(Profile profile, SecretBytes secret, QObject* context, Done done);
    // Changes the fields, and the secret when one is given. A new credential (kind, Account SID or
    // credential user) needs its secret.
    void update(const Profile& profile, std::optional<SecretBytes> secret, QObject* context, Done done);
    // A secret the server replaced while the profile was in use (a "Sign in with Twilio" refresh token,
    // good once): stored for the profile when it still has the credential it was connected with (same
    // id, kind, account and user); otherwise the callback says why nothing was stored.
    void storeRenewedSecret(const Profile& connected, SecretBytes secret, QObject* context, Done done);
    bool storeRenewedSecretAndWait(const Profile& connected, SecretBytes secret, QString* sentence);
    // Removes the fields and the keychain entry; clears the active profile when it was this one.
    void remove(const QString& id, QObject* context, Done done);
    void readSecret(const QString& id, QObject* context, SecretDone done);

    // Blocking variants for the CLI (never on the GUI thread). *sentence gets the callback's sentence.
    QString addAndWait(Profile profile, SecretBytes secret, QString* sentence);
    bool updateAndWait(const Profile& profile, std::optional<SecretBytes> secret, QString* sentence);
    bool removeAndWait(const QString& id, QString* sentence);
    bool readSecretAndWait(const QString& id, SecretBytes* secret, QString* sentence);

    // An empty id clears the active profile. False (with *error) for an unknown id.
    bool setActive(const QString& id, QString* error = nullptr);
    QString activeId() const { return m_activeId; }
    std::optional<Profile> active() const;

Q_SIGNALS:
    void profilesChanged();
    void activeChanged(const QString& id);

private:
    // Whether a callback may still run: the store and the context given (if any) are alive.
    struct Guard
    {
        QPointer<ProfileStore> store;
        QPointer<QObject> context;
        bool hadContext = false;
        bool alive() const { return store && (!hadContext || context); }
    };
    Guard guard(QObject* context);
    // Calls done through the event loop if the guard is still alive then.
    void finishLater(const Guard& guard, Done done, bool ok, const QString& sentence);
    qsizetype indexOfId(const QString& id) const;

    // Sentence when the profile cannot be stored (validation, name taken by another id); empty when fine.
    QString checkStorable(const Profile& profile) const;
    bool writeProfile(const Profile& profile, QString* error);
    bool eraseProfile(const QString& id, QString* error);
    void insertSorted(const Profile& profile);
    void load(QList<Profile>* profiles, QStringList* problems, QString* activeId) const;

    SecretVault* m_vault;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings;
    QList<Profile> m_profiles;
    QStringList m_problems;
    QString m_activeId;
};
