#include "ProfileStore.h"

#include "core/RunToCompletion.h"
#include "core/SecretVault.h"

#include <QMetaType>
#include <QSettings>
#include <algorithm>

namespace {

const QString groupName = QStringLiteral("Profiles");
const QString activeKey = QStringLiteral("Profiles/active");

// Upper bounds for what a profile field can legitimately hold; longer values are hostile or broken.
constexpr int maxSidLength = 34;
constexpr int maxLabelLength = 63;

QString profileGroup(const QString& id)
{
    return groupName + u'/' + id;
}

bool lessByName(const Profile& a, const Profile& b)
{
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

// Reads one string field of the current group. Missing gives an empty string; another type (an ini value
// such as "a, b" reads back as a list, "@ByteArray(…)" as bytes) or an oversized value fails.
bool readField(const QSettings& settings, const QString& key, int maxLength, QString* out)
{
    const QVariant value = settings.value(key);
    out->clear();
    if (!value.isValid())
        return true;
    if (value.metaType().id() != QMetaType::QString)
        return false;
    const QString text = value.toString();
    if (text.size() > maxLength)
        return false;
    *out = text;
    return true;
}

} // namespace

ProfileStore::ProfileStore(SecretVault* vault, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_settings(settings)
{
    Q_ASSERT(vault);
    if (!m_settings) {
        // One file for the GUI and the CLI (they have different application names).
        m_ownSettings = std::make_unique<QSettings>(QStringLiteral("KeyDesk"), QStringLiteral("profiles"));
        m_settings = m_ownSettings.get();
    }
    load(&m_profiles, &m_problems, &m_activeId);
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::load(QList<Profile>* profiles, QStringList* problems, QString* activeId) const
{
    profiles->clear();
    problems->clear();
    activeId->clear();

    m_settings->beginGroup(groupName);
    QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    if (ids.size() > maxProfiles) {
        *problems << tr("The profile settings hold %1 entries; only the first %2 were read.")
                         .arg(ids.size())
                         .arg(maxProfiles);
        ids = ids.mid(0, maxProfiles);
    }

    for (const QString& id : std::as_const(ids)) {
        if (!Profile::isValidId(id)) {
            // The id is not shown: it may be anything, of any length.
            *problems << tr("A profile entry with an unusable id was skipped.");
            continue;
        }
        m_settings->beginGroup(profileGroup(id));
        Profile profile;
        profile.id = id;
        QString kind;
        QString baseUrl;
        const bool fieldsRead
            = readField(*m_settings, QStringLiteral("name"), Profile::maxNameLength, &profile.name)
            && readField(*m_settings, QStringLiteral("accountSid"), maxSidLength, &profile.accountSid)
            && readField(*m_settings, QStringLiteral("kind"), maxLabelLength, &kind)
            && readField(*m_settings, QStringLiteral("credentialUser"), Profile::maxCredentialUserLength,
                         &profile.credentialUser)
            && readField(*m_settings, QStringLiteral("region"), maxLabelLength, &profile.region)
            && readField(*m_settings, QStringLiteral("edge"), maxLabelLength, &profile.edge)
            && readField(*m_settings, QStringLiteral("baseUrl"), Profile::maxBaseUrlLength, &baseUrl);
        m_settings->endGroup();
        if (!fieldsRead) {
            *problems
                << tr("Profile entry %1 was skipped: a field has a value of the wrong type or size.").arg(id);
            continue;
        }
        const std::optional<Profile::CredentialKind> parsedKind = Profile::kindFromKey(kind);
        if (!parsedKind) {
            *problems << tr("Profile entry %1 was skipped: its credential kind is not known.").arg(id);
            continue;
        }
        profile.kind = *parsedKind;
        if (!baseUrl.isEmpty())
            profile.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
        if (!baseUrl.isEmpty() && !profile.baseUrl.isValid()) {
            *problems << tr("Profile entry %1 was skipped: its base URL is not a valid URL.").arg(id);
            continue;
        }
        if (const QStringList invalid = profile.validate(); !invalid.isEmpty()) {
            *problems << tr("Profile entry %1 was skipped: %2").arg(id, invalid.join(u' '));
            continue;
        }
        const bool duplicate = std::any_of(profiles->cbegin(), profiles->cend(), [&](const Profile& other) {
            return Profile::sameName(other.name, profile.name);
        });
        if (duplicate) {
            *problems << tr("Profile entry %1 was skipped: another profile already has the name %2.")
                             .arg(id, profile.name);
            continue;
        }
        profiles->append(profile);
    }
    std::sort(profiles->begin(), profiles->end(), lessByName);

    QString active;
    if (!readField(*m_settings, activeKey, Profile::maxIdLength, &active)) {
        *problems << tr("The active profile setting is not usable and was ignored.");
    } else if (!active.isEmpty()) {
        const bool known = std::any_of(profiles->cbegin(), profiles->cend(),
                                       [&](const Profile& p) { return p.id == active; });
        if (known)
            *activeId = active;
        else
            *problems << tr("The active profile no longer exists; no profile is active.");
    }
}

void ProfileStore::reload()
{
    m_settings->sync();
    QList<Profile> profiles;
    QStringList problems;
    QString activeId;
    load(&profiles, &problems, &activeId);
    m_problems = problems;
    const bool profilesDiffer = profiles != m_profiles;
    const bool activeDiffers = activeId != m_activeId;
    m_profiles = profiles;
    m_activeId = activeId;
    if (profilesDiffer)
        Q_EMIT profilesChanged();
    if (activeDiffers)
        Q_EMIT activeChanged(m_activeId);
}

std::optional<Profile> ProfileStore::find(const QString& idOrName) const
{
    if (idOrName.isEmpty())
        return std::nullopt;
    for (const Profile& p : m_profiles)
        if (p.id == idOrName)
            return p;
    for (const Profile& p : m_profiles)
        if (Profile::sameName(p.name, idOrName))
            return p;
    return std::nullopt;
}

std::optional<Profile> ProfileStore::active() const
{
    if (m_activeId.isEmpty())
        return std::nullopt;
    return find(m_activeId);
}

ProfileStore::Guard ProfileStore::guard(QObject* context)
{
    Guard g;
    g.store = this;
    g.context = context;
    g.hadContext = context != nullptr;
    return g;
}

qsizetype ProfileStore::indexOfId(const QString& id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).id == id)
            return i;
    return -1;
}

void ProfileStore::finishLater(const Guard& g, Done done, bool ok, const QString& sentence)
{
    QMetaObject::invokeMethod(
        this,
        [g, done = std::move(done), ok, sentence]() {
            if (g.alive())
                done(ok, sentence);
        },
        Qt::QueuedConnection);
}

QString ProfileStore::checkStorable(const Profile& profile) const
{
    if (profile.origin != Profile::Origin::Stored)
        return tr("The environment profile is read from TWILIO_* variables and cannot be stored.");
    if (const QStringList problems = profile.validate(); !problems.isEmpty())
        return problems.join(u' ');
    for (const Profile& other : m_profiles)
        if (other.id != profile.id && Profile::sameName(other.name, profile.name))
            return tr("Another profile is already named %1.").arg(other.name);
    return {};
}

bool ProfileStore::writeProfile(const Profile& profile, QString* error)
{
    m_settings->beginGroup(profileGroup(profile.id));
    m_settings->remove(QString()); // keys from an older version or a hand edit go too
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("accountSid"), profile.accountSid);
    m_settings->setValue(QStringLiteral("kind"), Profile::kindKey(profile.kind));
    if (!profile.credentialUser.isEmpty())
        m_settings->setValue(QStringLiteral("credentialUser"), profile.credentialUser);
    if (!profile.region.isEmpty())
        m_settings->setValue(QStringLiteral("region"), profile.region);
    if (!profile.edge.isEmpty())
        m_settings->setValue(QStringLiteral("edge"), profile.edge);
    if (!profile.baseUrl.isEmpty())
        m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString(QUrl::FullyEncoded));
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        *error = tr("The profile settings could not be saved in %1.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

bool ProfileStore::eraseProfile(const QString& id, QString* error)
{
    m_settings->remove(profileGroup(id));
    if (m_activeId == id)
        m_settings->remove(activeKey);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        *error = tr("The profile settings could not be saved in %1.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

void ProfileStore::insertSorted(const Profile& profile)
{
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(),
                                    [&](const Profile& p) { return p.id == profile.id; }),
                     m_profiles.end());
    m_profiles.insert(std::upper_bound(m_profiles.begin(), m_profiles.end(), profile, lessByName), profile);
}

QString ProfileStore::add(Profile profile, SecretBytes secret, QObject* context, Done done)
{
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    QString problem = checkStorable(profile);
    if (problem.isEmpty() && indexOfId(profile.id) >= 0)
        problem = tr("A profile with this id is already stored.");
    if (problem.isEmpty() && secret.isEmpty())
        problem = profile.kind == Profile::CredentialKind::AuthToken ? tr("The Auth Token is empty.")
                                                                     : tr("The secret is empty.");
    if (!problem.isEmpty()) {
        finishLater(guard(context), std::move(done), false, problem);
        return {};
    }

    const Guard g = guard(context);
    const QString entry = SecretVault::profileEntry(profile.id);
    SecretVault* vault = m_vault;
    vault->store(entry, secret,
                 [this, g, vault, entry, profile, done = std::move(done)](const SecretVault::Result& r) {
                     if (!g.store) {
                         // Nobody will write the fields now: do not leave a secret that no profile names.
                         if (r.ok)
                             vault->remove(entry, [](const SecretVault::Result&) {});
                         return;
                     }
                     if (!r.ok) {
                         finishLater(g, done, false, r.error);
                         return;
                     }
                     // Another add may have taken the name while the keychain was busy.
                     QString failure = checkStorable(profile);
                     if (failure.isEmpty() && !writeProfile(profile, &failure))
                         m_settings->remove(profileGroup(profile.id));
                     if (!failure.isEmpty()) {
                         vault->remove(entry, [](const SecretVault::Result&) {});
                         finishLater(g, done, false, failure);
                         return;
                     }
                     insertSorted(profile);
                     Q_EMIT profilesChanged();
                     const QString note = r.keptInMemoryOnly
                         ? tr("No keychain is available: the secret of profile %1 is kept in memory for this "
                              "session only and must be entered again next time.")
                               .arg(profile.name)
                         : QString();
                     finishLater(g, done, true, note);
                 });
    return profile.id;
}

void ProfileStore::storeRenewedSecret(const Profile& connected, SecretBytes secret, QObject* context,
                                      Done done)
{
    const std::optional<Profile> current = find(connected.id);
    if (!current || current->id != connected.id || current->kind != connected.kind
        || current->accountSid != connected.accountSid
        || current->credentialUser != connected.credentialUser) {
        finishLater(guard(context), std::move(done), false,
                    tr("Profile %1 was removed or changed meanwhile, so its renewed secret was not kept.")
                        .arg(connected.name));
        return;
    }
    update(*current, std::move(secret), context, std::move(done));
}

void ProfileStore::update(const Profile& profile, std::optional<SecretBytes> secret, QObject* context,
                          Done done)
{
    const auto current = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                      [&](const Profile& p) { return p.id == profile.id; });
    QString problem;
    if (current == m_profiles.cend())
        problem = tr("No profile with this id is stored.");
    if (problem.isEmpty())
        problem = checkStorable(profile);
    if (problem.isEmpty() && secret && secret->isEmpty())
        problem = profile.kind == Profile::CredentialKind::AuthToken ? tr("The Auth Token is empty.")
                                                                     : tr("The secret is empty.");
    if (problem.isEmpty() && !secret
        && (current->kind != profile.kind || current->accountSid != profile.accountSid
            || current->credentialUser != profile.credentialUser))
        problem = tr("A new credential needs its secret: enter the %1 again.")
                      .arg(Profile::kindLabel(profile.kind));
    if (problem.isEmpty() && *current == profile && !secret) {
        finishLater(guard(context), std::move(done), true, QString());
        return;
    }
    if (!problem.isEmpty()) {
        finishLater(guard(context), std::move(done), false, problem);
        return;
    }

    // The fields first: if the keychain then refuses the secret, the old fields are written back.
    const Profile previous = *current;
    QString failure;
    if (!writeProfile(profile, &failure)) {
        QString ignored;
        writeProfile(previous, &ignored);
        finishLater(guard(context), std::move(done), false, failure);
        return;
    }
    if (!secret) {
        insertSorted(profile);
        Q_EMIT profilesChanged();
        finishLater(guard(context), std::move(done), true, QString());
        return;
    }

    const Guard g = guard(context);
    m_vault->store(
        SecretVault::profileEntry(profile.id), *secret,
        [this, g, profile, previous, done = std::move(done)](const SecretVault::Result& r) {
            if (!g.store)
                return;
            if (!r.ok) {
                QString ignored;
                writeProfile(previous, &ignored);
                finishLater(g, done, false, r.error);
                return;
            }
            insertSorted(profile);
            Q_EMIT profilesChanged();
            const QString note = r.keptInMemoryOnly
                ? tr("No keychain is available: the new secret of profile %1 is kept in memory for "
                     "this session only and must be entered again next time.")
                      .arg(profile.name)
                : QString();
            finishLater(g, done, true, note);
        });
    secret->clear();
}

void ProfileStore::remove(const QString& id, QObject* context, Done done)
{
    const auto current
        = std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile& p) { return p.id == id; });
    if (current == m_profiles.cend()) {
        finishLater(guard(context), std::move(done), false, tr("No profile with this id is stored."));
        return;
    }
    const Profile removed = *current;
    // The fields first: if they cannot be saved, nothing has changed.
    QString failure;
    if (!eraseProfile(id, &failure)) {
        finishLater(guard(context), std::move(done), false, failure);
        return;
    }
    m_profiles.erase(current);
    const bool wasActive = m_activeId == id;
    if (wasActive)
        m_activeId.clear();
    Q_EMIT profilesChanged();
    if (wasActive)
        Q_EMIT activeChanged(QString());

    const Guard g = guard(context);
    m_vault->remove(SecretVault::profileEntry(id),
                    [this, g, removed, done = std::move(done)](const SecretVault::Result& r) {
                        if (!g.store)
                            return;
                        if (r.ok || r.notFound)
                            finishLater(g, done, true, QString());
                        else
                            finishLater(
                                g, done, false,
                                tr("Profile %1 was removed, but its secret could not be deleted from "
                                   "the keychain (entry %2): %3")
                                    .arg(removed.name, SecretVault::profileEntry(removed.id), r.error));
                    });
}

void ProfileStore::readSecret(const QString& id, QObject* context, SecretDone done)
{
    const Guard g = guard(context);
    auto deliver = [this, g](SecretDone done, SecretBytes secret, const QString& sentence) {
        auto kept = std::make_shared<SecretBytes>(std::move(secret));
        QMetaObject::invokeMethod(
            this,
            [g, done = std::move(done), kept, sentence]() {
                if (g.alive())
                    done(std::move(*kept), sentence);
                kept->clear();
            },
            Qt::QueuedConnection);
    };
    const qsizetype index = indexOfId(id);
    if (index < 0) {
        deliver(std::move(done), SecretBytes(), tr("No profile with this id is stored."));
        return;
    }
    m_vault->read(SecretVault::profileEntry(id),
                  [g, deliver, name = m_profiles.at(index).name,
                   done = std::move(done)](const SecretVault::Result& r, SecretBytes secret) {
                      if (!g.store)
                          return;
                      if (r.ok && !secret.isEmpty())
                          deliver(done, std::move(secret), QString());
                      else if (r.ok || r.notFound)
                          deliver(
                              done, SecretBytes(),
                              tr("The secret of profile %1 is not in the keychain (it may have been kept in "
                                 "memory only, in an earlier session): edit the profile and enter it again.")
                                  .arg(name));
                      else
                          deliver(done, SecretBytes(), r.error);
                  });
}

bool ProfileStore::setActive(const QString& id, QString* error)
{
    if (!id.isEmpty() && std::none_of(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile& p) {
            return p.id == id;
        })) {
        if (error)
            *error = tr("No profile with this id is stored.");
        return false;
    }
    if (id == m_activeId)
        return true;
    if (id.isEmpty())
        m_settings->remove(activeKey);
    else
        m_settings->setValue(activeKey, id);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("The profile settings could not be saved in %1.").arg(m_settings->fileName());
        return false;
    }
    m_activeId = id;
    Q_EMIT activeChanged(m_activeId);
    return true;
}

namespace {

// Runs one asynchronous store call to completion (CLI only): its success, and its sentence into *sentence.
bool waitFor(const std::function<void(ProfileStore::Done)>& start, QString* sentence)
{
    const auto [ok, text]
        = runToCompletion<std::pair<bool, QString>>([&](std::function<void(std::pair<bool, QString>)> done) {
              start([done](bool result, const QString& t) { done({ result, t }); });
          });
    if (sentence)
        *sentence = text;
    return ok;
}

} // namespace

QString ProfileStore::addAndWait(Profile profile, SecretBytes secret, QString* sentence)
{
    QString id;
    const bool ok = waitFor(
        [&](Done done) { id = add(std::move(profile), std::move(secret), nullptr, std::move(done)); },
        sentence);
    return ok ? id : QString();
}

bool ProfileStore::updateAndWait(const Profile& profile, std::optional<SecretBytes> secret, QString* sentence)
{
    return waitFor([&](Done done) { update(profile, std::move(secret), nullptr, std::move(done)); },
                   sentence);
}

bool ProfileStore::storeRenewedSecretAndWait(const Profile& connected, SecretBytes secret, QString* sentence)
{
    return waitFor(
        [&](Done done) { storeRenewedSecret(connected, std::move(secret), nullptr, std::move(done)); },
        sentence);
}

bool ProfileStore::removeAndWait(const QString& id, QString* sentence)
{
    return waitFor([&](Done done) { remove(id, nullptr, std::move(done)); }, sentence);
}

bool ProfileStore::readSecretAndWait(const QString& id, SecretBytes* secret, QString* sentence)
{
    return waitFor(
        [&](Done done) {
            readSecret(id, nullptr, [secret, done = std::move(done)](SecretBytes s, const QString& text) {
                const bool ok = !s.isEmpty();
                *secret = std::move(s);
                done(ok, text);
            });
        },
        sentence);
}
