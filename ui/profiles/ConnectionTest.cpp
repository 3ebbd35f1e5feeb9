#include "ConnectionTest.h"

#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/ApiKey.h"
#include "api/ApiTask.h"
#include "api/KeyService.h"
#include "api/OAuthTokenSource.h"
#include "api/RetryPolicy.h"
#include "profiles/Session.h"

#include <QTimer>

namespace {

// 401/403: the credential was refused (wrong secret, or not allowed on this endpoint).
bool isRefusal(const ApiError& error)
{
    return error.kind() == ApiError::Kind::Api && (error.httpStatus() == 401 || error.httpStatus() == 403);
}

} // namespace

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent)
{ }

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::cancel()
{
    ++m_run;
    if (m_task)
        m_task->cancel();
    m_task = nullptr;
    // The session may be inside one of its own callbacks: let it go through the event loop.
    if (m_session)
        m_session.release()->deleteLater();
}

void ConnectionTest::start(const Profile& profile, SecretBytes secret)
{
    cancel();
    QString error;
    std::unique_ptr<Session> session = Session::open(profile, std::move(secret), &error);
    begin(profile, std::move(session), error);
}

void ConnectionTest::startWithCredentials(const Profile& profile, ApiCredentials credentials)
{
    cancel();
    QString error;
    std::unique_ptr<Session> session = Session::openWithCredentials(profile, std::move(credentials), &error);
    begin(profile, std::move(session), error);
}

void ConnectionTest::begin(const Profile& profile, std::unique_ptr<Session> session, const QString& error)
{
    const quint64 run = m_run;
    m_profile = profile;
    m_accountName.clear();
    m_accountError.clear();
    m_accountRefused = false;

    m_session = std::move(session);
    if (!m_session) {
        QTimer::singleShot(0, this, [this, run, error] { finish(run, false, false, error); });
        return;
    }
    if (OAuthTokenSource* source = m_session->client()->tokenSource())
        connect(source, &OAuthTokenSource::refreshTokenRotated, this,
                [this, profile](const SecretBytes& token) { Q_EMIT refreshTokenRotated(profile, token); });
    m_session->client()->setTimeoutMs(m_timeoutMs);
    RetryPolicy retry;
    retry.maxAttempts = 2;
    retry.maxRetryAfterMs = 5000;
    m_session->client()->setRetryPolicy(retry);

    QPointer<ConnectionTest> self(this);
    m_task
        = m_session->accounts()->fetchAccount(profile.accountSid, [self, run](ApiResult<AccountInfo> result) {
              if (!self || self->m_run != run)
                  return;
              if (result.ok())
                  self->accountFetched(run, true, result.value().friendlyName, QString(), false);
              else
                  self->accountFetched(run, false, QString(), result.error().sentence(),
                                       isRefusal(result.error()));
          });
}

QString ConnectionTest::accountText() const
{
    return m_accountName.isEmpty() ? m_profile.accountSid
                                   : tr("“%1” (%2)").arg(m_accountName, m_profile.accountSid);
}

void ConnectionTest::accountFetched(quint64 run, bool ok, const QString& accountName, const QString& error,
                                    bool refused)
{
    m_accountName = accountName;
    m_accountError = error;
    m_accountRefused = refused;
    // Anything but a refusal (network, TLS, a bad answer) ends the test: the key endpoints would fail alike.
    if (!ok && !refused) {
        finish(run, false, false, error);
        return;
    }
    // A Standard key is refused on /Accounts too; listing the keys tells it apart from a wrong secret
    // only for the other kinds, so an API key goes on to the key endpoints either way.
    if (!ok && m_profile.kind != Profile::CredentialKind::ApiKey) {
        finish(run, false, false, error);
        return;
    }
    QPointer<ConnectionTest> self(this);
    m_task = m_session->keys()->list(KeyApi::Iam, [self, run](ApiResult<QList<ApiKey>> result) {
        if (!self || self->m_run != run)
            return;
        const Profile& p = self->m_profile;
        const QString account = self->accountText();
        if (!result.ok()) {
            const ApiError& e = result.error();
            if (!isRefusal(e)) {
                self->finish(run, false, false, e.sentence());
            } else if (p.kind == Profile::CredentialKind::ApiKey && self->m_accountRefused) {
                self->finish(
                    run, false, false,
                    tr("Twilio refused this API key on the account and on the key endpoints: either "
                       "the key SID or secret is wrong, or it is a Standard key, which cannot manage "
                       "keys (use the Auth Token or a Main key). %1")
                        .arg(e.sentence()));
            } else if (p.kind == Profile::CredentialKind::ApiKey) {
                self->finish(run, true, false,
                             tr("Connected to account %1, but this API key is refused on the key endpoints: "
                                "a Standard key (or a Restricted key without key permissions) cannot manage "
                                "keys.")
                                 .arg(account));
            } else {
                self->finish(run, false, false, e.sentence());
            }
            return;
        }
        switch (p.kind) {
        case Profile::CredentialKind::AuthToken:
            self->finish(
                run, true, true,
                tr("Connected to account %1: this Auth Token can manage the account's keys.").arg(account));
            return;
        case Profile::CredentialKind::OAuthClient:
            self->finish(
                run, true, true,
                tr("Connected to account %1: this OAuth client can list and manage keys.").arg(account));
            return;
        case Profile::CredentialKind::OAuthSignIn:
            self->finish(
                run, true, true,
                tr("Connected to account %1: this Twilio sign-in can list and manage keys.").arg(account));
            return;
        case Profile::CredentialKind::ApiKey:
            break;
        }
        ApiKey::Type type = ApiKey::Type::Unknown;
        for (const ApiKey& key : result.value())
            if (key.sid == p.credentialUser)
                type = key.type;
        if (type == ApiKey::Type::Restricted) {
            self->finish(run, true, true,
                         tr("Connected to account %1: this Restricted key can list keys; everything else "
                            "it may do is set by its permissions.")
                             .arg(account));
        } else if (type == ApiKey::Type::Main) {
            self->finish(
                run, true, true,
                tr("Connected to account %1: this Main key can manage the account's keys.").arg(account));
        } else {
            // Only the Auth Token, Main keys and Restricted keys with key permissions may list keys.
            self->finish(
                run, true, true,
                tr("Connected to account %1: this API key can list the account's keys (a Main key, or "
                   "a Restricted key whose permissions allow it).")
                    .arg(account));
        }
    });
}

void ConnectionTest::finish(quint64 run, bool ok, bool canManageKeys, const QString& sentence)
{
    if (run != m_run)
        return;
    m_task = nullptr;
    if (m_session)
        m_session.release()->deleteLater();
    ++m_run;
    Q_EMIT finished(ok, canManageKeys, sentence);
}
