#pragma once

#include "core/SecretBytes.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <map>

// The one place secrets are kept between uses: the OS keychain through QtKeychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows). Never a file, never QSettings.
//
// When no keychain is reachable the vault switches to memory-only for the rest of the session: secrets
// stay in wiped buffers in this process, backendChanged() fires, and the UI says so. QtKeychain's own
// plain-text fallback is never enabled.
class SecretVault : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Keychain, MemoryOnly };
    Q_ENUM(Backend)

    struct Result
    {
        bool ok = false;
        bool notFound = false; // read/remove: no such entry
        bool keptInMemoryOnly = false; // store: the keychain failed, the secret lives only in this session
        bool keychainUnavailable = false; // no keychain could be reached (it may hold the entry or not)
        QString error; // a sentence for people when !ok
    };

    explicit SecretVault(const QString& service = QStringLiteral("KeyDesk"), QObject* parent = nullptr);
    ~SecretVault() override;

    Backend backend() const { return m_backend; }
    // Tests and --no-keychain: keep everything in memory from now on.
    void setMemoryOnly();

    void store(const QString& entry, const SecretBytes& secret, std::function<void(const Result&)> done);
    void read(const QString& entry, std::function<void(const Result&, SecretBytes)> done);
    void remove(const QString& entry, std::function<void(const Result&)> done);

    // Blocking variants that spin a local event loop; for the CLI only (never on the GUI thread).
    Result storeAndWait(const QString& entry, const SecretBytes& secret);
    Result readAndWait(const QString& entry, SecretBytes* secret);
    Result removeAndWait(const QString& entry);

    // The SIDs of API keys whose secrets this vault holds (an index beside the keychain, since a
    // keychain cannot be listed; SIDs are not secrets). Kept across sessions for the keychain, for this
    // session only for memory-only secrets.
    QStringList storedApiKeySids() const;

    // Entry names: the secret of an API key, and a profile's credential.
    static QString apiKeyEntry(const QString& keySid);
    static QString profileEntry(const QString& profileName);

signals:
    void backendChanged(SecretVault::Backend backend);
    // storedApiKeySids() changed.
    void apiKeysChanged();

private:
    void fallBackToMemory();
    void noteStored(const QString& entry, bool persistent);
    void noteRemoved(const QString& entry);
    QString indexGroup() const;

    QString m_service;
    Backend m_backend = Backend::Keychain;
    bool m_keychainFailed = false; // memory-only because the keychain could not be reached, not by choice
    std::map<QString, SecretBytes> m_memory;
};
