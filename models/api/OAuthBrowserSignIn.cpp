#include "OAuthBrowserSignIn.h"

#include "token/Base64Url.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QUrlQuery>
#include <cmath>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace {

const QString kCodeChallenge = QStringLiteral("code_challenge");
const QString kCodeChallengeMethod = QStringLiteral("code_challenge_method");
const QString kCodeVerifier = QStringLiteral("code_verifier");
const QString kClientSecret = QStringLiteral("client_secret");
const QString kRedirectUri = QStringLiteral("redirect_uri");

// base64url of count random bytes from OpenSSL; empty when the generator fails.
QByteArray randomBase64Url(int count)
{
    std::vector<unsigned char> bytes(std::size_t(count), 0);
    if (RAND_bytes(bytes.data(), count) != 1)
        return {};
    QByteArray out = Base64Url::encode(QByteArrayView(reinterpret_cast<const char*>(bytes.data()), count));
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return out;
}

// Text from the network (an error answer, a redirect's query) for a sentence: no control characters,
// bounded length.
QString printable(const QString& text, int maxLength = 200)
{
    QString out;
    for (const QChar c : text) {
        if (out.size() >= maxLength) {
            out += QChar(0x2026);
            break;
        }
        out += c.isPrint() ? c : QChar(u' ');
    }
    return out.simplified();
}

// RFC 6750 b64token: A–Z a–z 0–9 - . _ ~ + / then optional '='; bounded.
bool isTokenText(const QString& text)
{
    if (text.isEmpty() || text.size() > 8192)
        return false;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
        if (!ok)
            break;
    }
    if (i == 0)
        return false;
    for (; i < text.size(); ++i)
        if (text.at(i) != u'=')
            return false;
    return true;
}

} // namespace

OAuthBrowserSignIn::OAuthBrowserSignIn(const TwilioHosts& hosts, const QString& clientId, QObject* parent)
    : QObject(parent)
    , m_hosts(hosts)
    , m_clientId(clientId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(m_mode == Mode::SignIn ? tr("The sign-in with Twilio did not finish in time. Sign in again.")
                                    : tr("Twilio did not answer the request to renew the sign-in in time."));
    });
}

OAuthBrowserSignIn::~OAuthBrowserSignIn()
{
    finishAttempt();
}

void OAuthBrowserSignIn::setBrowser(BrowserHook hook)
{
    m_browser = std::move(hook);
}

QUrl OAuthBrowserSignIn::authorizationUrl() const
{
    return m_hosts.url(TwilioProduct::OAuth, QStringLiteral("/v2/authorize"));
}

QUrl OAuthBrowserSignIn::tokenUrl() const
{
    return m_hosts.url(TwilioProduct::OAuth, QStringLiteral("/v2/token"));
}

QString OAuthBrowserSignIn::redirectUri() const
{
    const auto* http = qobject_cast<QOAuthHttpServerReplyHandler*>(m_handler);
    return http && http->isListening() ? http->callback() : QString();
}

void OAuthBrowserSignIn::cancel()
{
    finishAttempt();
}

void OAuthBrowserSignIn::start(Mode mode, QAbstractOAuthReplyHandler* handler)
{
    m_mode = mode;
    ++m_attempt;
    // One network manager per attempt: deleted before the reply handler, so a token request still in
    // flight can never reach a handler that is gone.
    m_network = new QNetworkAccessManager(this);
    m_network->setTransferTimeout(30000);
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthBrowserSignIn::onTokenReply);

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setClientIdentifier(m_clientId);
    if (!m_clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(QString::fromUtf8(m_clientSecret.view()));
    m_flow->setAuthorizationUrl(authorizationUrl());
    m_flow->setAccessTokenUrl(tokenUrl());
    m_flow->setScope(m_scope);

    m_handler = handler;
    // Connected before the flow's own slots, so these run first.
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthBrowserSignIn::onCallback);
    connect(handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &OAuthBrowserSignIn::onTokens);
    m_flow->setReplyHandler(handler);

    const bool hasSecret = !m_clientSecret.isEmpty();
    m_flow->setModifyParametersFunction(
        [this, hasSecret](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            switch (stage) {
            case QAbstractOAuth::Stage::RequestingAuthorization: {
                const QByteArray challenge = Base64Url::encode(
                    QCryptographicHash::hash(m_codeVerifier.view(), QCryptographicHash::Sha256));
                parameters->replace(kCodeChallenge, QString::fromLatin1(challenge));
                parameters->replace(kCodeChallengeMethod, QStringLiteral("S256"));
                break;
            }
            case QAbstractOAuth::Stage::RequestingAccessToken:
                parameters->replace(kCodeVerifier, QString::fromLatin1(m_codeVerifier.view()));
                if (!hasSecret)
                    parameters->remove(kClientSecret);
                break;
            case QAbstractOAuth::Stage::RefreshingAccessToken:
                parameters->remove(kRedirectUri); // "oob" from the out-of-band handler; not part of a refresh
                if (!hasSecret)
                    parameters->remove(kClientSecret);
                break;
            default:
                break;
            }
        });
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString& error, const QString& description, const QUrl&) {
                fail(tr("Twilio refused the sign-in: %1")
                         .arg(printable(description.isEmpty() ? error : description)));
            });
    m_timer.start(m_timeoutMs);
}

void OAuthBrowserSignIn::signIn()
{
    finishAttempt();
    const QByteArray verifier = randomBase64Url(32); // 43 characters (RFC 7636: 43–128)
    QByteArray state = randomBase64Url(32);
    if (verifier.isEmpty() || state.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(tr("KeyDesk could not generate random numbers for the sign-in.")); },
            Qt::QueuedConnection);
        return;
    }
    m_codeVerifier = SecretBytes(verifier);

    auto* handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!handler->isListening()) {
        delete handler;
        m_codeVerifier.clear();
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(
                    tr("KeyDesk could not listen on a local port for the answer from the browser."));
            },
            Qt::QueuedConnection);
        return;
    }
    handler->setCallbackText(
        tr("KeyDesk received the answer from Twilio. You can close this page and return to KeyDesk.")
            .toHtmlEscaped());
    start(Mode::SignIn, handler);
    m_flow->setState(QString::fromLatin1(state));
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl& url) {
        if (!m_browser || !m_browser(url))
            fail(tr("KeyDesk could not open a web browser for the sign-in with Twilio."));
    });
    m_flow->grant();
}

void OAuthBrowserSignIn::refresh(const SecretBytes& refreshToken)
{
    finishAttempt();
    if (refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(tr("There is no refresh token to renew the sign-in with. Sign in again."));
            },
            Qt::QueuedConnection);
        return;
    }
    start(Mode::Refresh, new QOAuthOobReplyHandler(this));
    QString token = QString::fromUtf8(refreshToken.view());
    m_flow->setRefreshToken(token);
    wipeString(token);
    m_flow->refreshAccessToken();
}

void OAuthBrowserSignIn::onCallback(const QVariantMap& values)
{
    if (!m_flow || m_mode != Mode::SignIn)
        return;
    // Anyone on this machine can reach the loopback port: every value is checked, none is trusted.
    const auto value = [&](const char* name) {
        return QUrl::fromPercentEncoding(values.value(QString::fromLatin1(name)).toString().toUtf8());
    };
    const QString state = value("state");
    const QString expected = m_flow->state();
    if (state.isEmpty() || state.size() != expected.size() || state != expected) {
        fail(tr("The answer that reached KeyDesk does not belong to this sign-in (its state does not match), "
                "so it was refused. Sign in again."));
        return;
    }
    const QString error = value("error");
    if (!error.isEmpty()) {
        const QString description = value("error_description");
        fail(tr("Twilio did not grant access: %1")
                 .arg(printable(description.isEmpty() ? error : description)));
        return;
    }
    if (value("code").isEmpty())
        fail(tr("The answer from Twilio has no authorization code. Sign in again."));
    // Otherwise QOAuth2AuthorizationCodeFlow exchanges the code (with the code_verifier added above).
}

void OAuthBrowserSignIn::onTokenReply(QNetworkReply* reply)
{
    if (!m_flow || reply->manager() != m_network)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        // The reply handler parses it; a body it cannot read would never get there.
        const QJsonDocument document = QJsonDocument::fromJson(reply->peek(1 << 20));
        if (!document.isObject())
            fail(tr("The answer from Twilio's token endpoint is not a JSON object."));
        return;
    }
    if (status == 0) {
        fail(tr("KeyDesk could not reach %1: %2").arg(reply->url().host(), printable(reply->errorString())));
        return;
    }
    // Twilio's error shape {code, message, more_info, status}, or OAuth's {error, error_description}.
    const QJsonObject o = QJsonDocument::fromJson(reply->peek(1 << 20)).object();
    QString message = o.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = o.value(QStringLiteral("error_description")).toString();
    if (message.isEmpty())
        message = o.value(QStringLiteral("error")).toString();
    if (message.isEmpty())
        message = tr("HTTP status %1").arg(status);
    message = printable(message);
    fail(m_mode == Mode::SignIn ? tr("Twilio refused the sign-in: %1").arg(message)
                                : tr("Twilio refused to renew the sign-in: %1. Sign in again.").arg(message));
}

void OAuthBrowserSignIn::onTokens(const QVariantMap& values)
{
    if (!m_flow)
        return;
    const QString malformed = tr("The answer from Twilio's token endpoint is malformed: %1");
    QString accessText = values.value(QStringLiteral("access_token")).toString();
    QString refreshText = values.value(QStringLiteral("refresh_token")).toString();
    const auto wipe = [&] {
        wipeString(accessText);
        wipeString(refreshText);
    };
    if (!isTokenText(accessText)) {
        wipe();
        fail(malformed.arg(tr("no usable access_token")));
        return;
    }
    if (values.value(QStringLiteral("token_type"))
            .toString()
            .compare(QLatin1String("bearer"), Qt::CaseInsensitive)
        != 0) {
        wipe();
        fail(malformed.arg(tr("token_type is not Bearer")));
        return;
    }
    const QVariant refreshValue = values.value(QStringLiteral("refresh_token"));
    if (refreshValue.isValid() && !refreshValue.isNull() && !isTokenText(refreshText)) {
        wipe();
        fail(malformed.arg(tr("the refresh_token is not a token")));
        return;
    }
    int expiresIn = defaultExpiresInSecs;
    const QVariant expiresValue = values.value(QStringLiteral("expires_in"));
    if (expiresValue.isValid() && !expiresValue.isNull()) {
        bool ok = false;
        const double seconds = expiresValue.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0) {
            wipe();
            fail(malformed.arg(tr("expires_in is not a positive number of seconds")));
            return;
        }
        expiresIn = int(qMin(seconds, 86400.0)); // a day at most (the spec's example is in milliseconds)
    }
    auto access = std::make_shared<SecretBytes>(SecretBytes::fromUtf8(accessText));
    auto refresh = std::make_shared<SecretBytes>(SecretBytes::fromUtf8(refreshText));
    wipe();
    const Mode mode = m_mode;
    finishAttempt();
    QMetaObject::invokeMethod(
        this,
        [this, mode, access, refresh, expiresIn] {
            if (mode == Mode::SignIn)
                Q_EMIT signedIn(*access, *refresh, expiresIn);
            else
                Q_EMIT refreshed(*access, *refresh, expiresIn);
            access->clear();
            refresh->clear();
        },
        Qt::QueuedConnection);
}

void OAuthBrowserSignIn::fail(const QString& sentence)
{
    if (!m_flow)
        return; // the attempt has already ended
    finishAttempt();
    QMetaObject::invokeMethod(
        this, [this, sentence] { Q_EMIT failed(sentence); }, Qt::QueuedConnection);
}

void OAuthBrowserSignIn::finishAttempt()
{
    m_timer.stop();
    m_codeVerifier.clear();
    // Deferred deletes run in this order: the network manager (and any token request still in flight)
    // before the reply handler that QOAuth2AuthorizationCodeFlow's reply connection points at.
    if (m_network) {
        m_network->disconnect(this);
        m_network->deleteLater();
        m_network = nullptr;
    }
    if (m_flow && m_handler)
        QObject::disconnect(m_handler, nullptr, m_flow, nullptr); // the flow's own slots end here too
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->setModifyParametersFunction({});
        m_flow->setToken(QString());
        m_flow->setRefreshToken(QString());
        m_flow->setClientIdentifierSharedKey(QString());
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->disconnect(this);
        if (auto* http = qobject_cast<QOAuthHttpServerReplyHandler*>(m_handler))
            http->close();
        m_handler->deleteLater();
        m_handler = nullptr;
    }
}
