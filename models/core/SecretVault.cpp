#include "SecretVault.h"

#include "core/RunToCompletion.h"

#include <QSettings>
#include <qt6keychain/keychain.h>

namespace {

bool isBackendFailure(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

SecretVault::SecretVault(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

SecretVault::~SecretVault() = default;

QString SecretVault::apiKeyEntry(const QString& keySid)
{
    return QStringLiteral("apikey/") + keySid;
}

QString SecretVault::profileEntry(const QString& profileName)
{
    return QStringLiteral("profile/") + profileName;
}

QString SecretVault::indexGroup() const
{
    return QStringLiteral("SecretVault/") + m_service;
}

QStringList SecretVault::storedApiKeySids() const
{
    const QString prefix = apiKeyEntry({});
    QSettings settings(QStringLiteral("KeyDesk"), QStringLiteral("vault-index"));
    QStringList sids = settings.value(indexGroup() + QStringLiteral("/apiKeys")).toStringList();
    for (const auto& [entry, secret] : m_memory)
        if (entry.startsWith(prefix) && !sids.contains(entry.mid(prefix.size())))
            sids << entry.mid(prefix.size());
    return sids;
}

void SecretVault::noteStored(const QString& entry, bool persistent)
{
    const QString prefix = apiKeyEntry({});
    if (!entry.startsWith(prefix))
        return;
    if (persistent) {
        QSettings settings(QStringLiteral("KeyDesk"), QStringLiteral("vault-index"));
        QStringList sids = settings.value(indexGroup() + QStringLiteral("/apiKeys")).toStringList();
        if (!sids.contains(entry.mid(prefix.size()))) {
            sids << entry.mid(prefix.size());
            settings.setValue(indexGroup() + QStringLiteral("/apiKeys"), sids);
        }
    }
    emit apiKeysChanged();
}

void SecretVault::noteRemoved(const QString& entry)
{
    const QString prefix = apiKeyEntry({});
    if (!entry.startsWith(prefix))
        return;
    QSettings settings(QStringLiteral("KeyDesk"), QStringLiteral("vault-index"));
    QStringList sids = settings.value(indexGroup() + QStringLiteral("/apiKeys")).toStringList();
    if (sids.removeAll(entry.mid(prefix.size())) > 0)
        settings.setValue(indexGroup() + QStringLiteral("/apiKeys"), sids);
    emit apiKeysChanged();
}

void SecretVault::setMemoryOnly()
{
    if (m_backend == Backend::MemoryOnly)
        return;
    m_backend = Backend::MemoryOnly;
    emit backendChanged(m_backend);
}

void SecretVault::fallBackToMemory()
{
    m_keychainFailed = true;
    setMemoryOnly();
}

void SecretVault::store(const QString& entry, const SecretBytes& secret,
                        std::function<void(const Result&)> done)
{
    if (m_backend == Backend::MemoryOnly) {
        m_memory[entry] = secret.clone();
        Result r;
        r.ok = true;
        r.keptInMemoryOnly = true;
        noteStored(entry, false);
        done(r);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    QByteArray copy(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
    job->setBinaryData(copy);
    wipeBytes(copy);
    // The job keeps its own copy until it finishes; keep ours for the memory fallback, wiped either way.
    auto pending = std::make_shared<SecretBytes>(secret.clone());
    connect(
        job, &QKeychain::Job::finished, this,
        [this, entry, pending, done = std::move(done)](QKeychain::Job* j) {
            Result r;
            if (j->error() == QKeychain::NoError) {
                r.ok = true;
            } else if (isBackendFailure(j->error())) {
                fallBackToMemory();
                m_memory[entry] = std::move(*pending);
                r.ok = true;
                r.keptInMemoryOnly = true;
                r.error
                    = tr("No keychain is available (%1); the secret is kept in memory for this session only.")
                          .arg(j->errorString());
            } else {
                r.error = tr("The keychain refused to store the secret: %1").arg(j->errorString());
            }
            pending->clear();
            if (r.ok)
                noteStored(entry, !r.keptInMemoryOnly);
            done(r);
        });
    job->start();
}

void SecretVault::read(const QString& entry, std::function<void(const Result&, SecretBytes)> done)
{
    auto fromMemory = [this, entry](Result& r) -> SecretBytes {
        auto it = m_memory.find(entry);
        if (it == m_memory.end()) {
            r.notFound = true;
            r.error = tr("No secret is stored for %1.").arg(entry);
            return SecretBytes();
        }
        r.ok = true;
        return it->second.clone();
    };
    if (m_backend == Backend::MemoryOnly) {
        Result r;
        SecretBytes s = fromMemory(r);
        done(r, std::move(s));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this,
            [this, entry, fromMemory, done = std::move(done)](QKeychain::Job* j) {
                Result r;
                auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
                if (j->error() == QKeychain::NoError) {
                    QByteArray data = readJob->binaryData();
                    SecretBytes secret(data);
                    wipeBytes(data);
                    r.ok = true;
                    done(r, std::move(secret));
                    return;
                }
                // A secret stored during a keychain outage may still be in memory.
                if (m_memory.count(entry)) {
                    SecretBytes s = fromMemory(r);
                    done(r, std::move(s));
                    return;
                }
                if (j->error() == QKeychain::EntryNotFound) {
                    r.notFound = true;
                    r.error = tr("No secret is stored for %1.").arg(entry);
                } else if (isBackendFailure(j->error())) {
                    fallBackToMemory();
                    r.keychainUnavailable = true;
                    r.error = tr("No keychain is available: %1").arg(j->errorString());
                } else {
                    r.error = tr("The keychain refused to read the secret: %1").arg(j->errorString());
                }
                done(r, SecretBytes());
            });
    job->start();
}

void SecretVault::remove(const QString& entry, std::function<void(const Result&)> done)
{
    const bool hadMemory = m_memory.erase(entry) > 0;
    if (m_backend == Backend::MemoryOnly) {
        Result r;
        if (m_keychainFailed) {
            // Memory-only because the keychain could not be reached: it may still hold the entry (stored in
            // an earlier session), so this is neither success nor "no such entry".
            r.keychainUnavailable = true;
            r.error = tr("No keychain is available, so the secret of %1 could not be removed from it.")
                          .arg(entry);
            if (hadMemory)
                emit apiKeysChanged();
        } else {
            r.ok = hadMemory;
            r.notFound = !hadMemory;
            if (!hadMemory)
                r.error = tr("No secret is stored for %1.").arg(entry);
            noteRemoved(entry);
        }
        done(r);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this,
            [this, entry, hadMemory, done = std::move(done)](QKeychain::Job* j) {
                Result r;
                if (j->error() == QKeychain::NoError) {
                    r.ok = true;
                } else if (j->error() == QKeychain::EntryNotFound) {
                    // Kept in memory during an earlier outage and never reached the keychain: gone now.
                    r.ok = hadMemory;
                    r.notFound = !hadMemory;
                    if (!hadMemory)
                        r.error = tr("No secret is stored for %1.").arg(entry);
                } else if (isBackendFailure(j->error())) {
                    // Success only from the keychain itself: a copy dropped from memory says nothing about
                    // what the keychain still holds.
                    fallBackToMemory();
                    r.keychainUnavailable = true;
                    r.error = tr("No keychain is available: %1").arg(j->errorString());
                } else {
                    r.error = tr("The keychain refused to delete the secret: %1").arg(j->errorString());
                }
                if (r.ok || r.notFound)
                    noteRemoved(entry);
                done(r);
            });
    job->start();
}

namespace {

using Waiter = std::function<void(SecretVault::Result)>;

} // namespace

SecretVault::Result SecretVault::storeAndWait(const QString& entry, const SecretBytes& secret)
{
    return runToCompletion<Result>([&](Waiter done) { store(entry, secret, std::move(done)); });
}

SecretVault::Result SecretVault::readAndWait(const QString& entry, SecretBytes* secret)
{
    return runToCompletion<Result>([&](Waiter done) {
        read(entry, [secret, done](const Result& r, SecretBytes s) {
            *secret = std::move(s);
            done(r);
        });
    });
}

SecretVault::Result SecretVault::removeAndWait(const QString& entry)
{
    return runToCompletion<Result>([&](Waiter done) { remove(entry, std::move(done)); });
}
