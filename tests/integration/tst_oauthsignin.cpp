// "Sign in with Twilio in the browser" (issue 8, 4b): OAuthBrowserSignIn (QOAuth2AuthorizationCodeFlow +
// PKCE) against the real keydesk-sandbox process, with a scripted "browser" that GETs the authorization
// URL and follows the 302 to the loopback reply handler; plus the sandbox's refusals driven raw.
#include "OpenApiValidator.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/ApiCredentials.h"
#include "api/KeyService.h"
#include "api/OAuthBrowserSignIn.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

namespace {

struct Reply
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QByteArray location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct Outcome
{
    bool done = false;
    bool signedIn = false;
    bool refreshed = false;
    QByteArray accessToken;
    QByteArray refreshToken;
    int expiresIn = 0;
    QString error;
};

QString sharedFile(const char* relative)
{
    return QStringLiteral(KEYDESK_SHARED_DIR "/twilio/") + QLatin1String(relative);
}

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestOAuthSignIn : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    OpenApiValidator m_spec;

    TwilioHosts hosts() const
    {
        TwilioHosts h;
        h.setBaseUrlOverride(m_sandbox.baseUrl());
        return h;
    }

    Reply send(const QByteArray& method, const QUrl& url, const QList<QPair<QString, QString>>& form = {},
               const QByteArray& authorization = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = nullptr;
        if (method == "POST") {
            QUrlQuery body;
            for (const auto& field : form)
                body.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = m_nam.post(request, body.toString(QUrl::FullyEncoded).toUtf8());
        } else {
            reply = m_nam.get(request);
        }
        auto result = std::make_shared<Reply>();
        connect(reply, &QNetworkReply::finished, this, [reply, result] {
            result->finished = true;
            result->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result->body = reply->readAll();
            result->location = reply->rawHeader("Location");
            reply->deleteLater();
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result->finished, 30000);
        }();
        return *result;
    }

    Reply postToken(const QList<QPair<QString, QString>>& form)
    {
        return send("POST", m_sandbox.url(QStringLiteral("/v2/token")), form);
    }

    void expectInvalidGrant(const Reply& reply)
    {
        QCOMPARE(reply.status, 400);
        QVERIFY2(OpenApiValidator::validateTwilioError(reply.body, 400).isEmpty(), reply.body.constData());
        QCOMPARE(reply.json().value(QStringLiteral("code")).toInt(), 20001);
        QVERIFY2(reply.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .startsWith(QLatin1String("invalid_grant")),
                 reply.body.constData());
    }

    // A raw authorization request with our own PKCE pair; returns the code (empty on failure).
    QString authorizeRaw(const QString& redirectUri, const QByteArray& verifier,
                         const QString& state = QStringLiteral("s1"))
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), m_sandbox.oauthClientId());
        q.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("offline_access"));
        q.addQueryItem(QStringLiteral("state"), state);
        q.addQueryItem(
            QStringLiteral("code_challenge"),
            QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256))));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        QUrl url = m_sandbox.url(QStringLiteral("/v2/authorize"));
        url.setQuery(q);
        const Reply r = send("GET", url);
        if (r.status != 302)
            return {};
        const QStringList problems
            = m_spec.validateResponse(QStringLiteral("/v2/authorize"), QStringLiteral("GET"), 302, r.body);
        if (!problems.isEmpty())
            qWarning() << problems;
        const QUrl location(QString::fromUtf8(r.location));
        if (!location.toString().startsWith(redirectUri) || !problems.isEmpty())
            return {};
        const QUrlQuery back(location);
        if (back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != state)
            return {};
        return back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }

    // The scripted browser: GET the authorization URL, take the 302, optionally tamper with the
    // redirect, then GET it (the loopback reply handler). The code seen is kept in *code.
    OAuthBrowserSignIn::BrowserHook scriptedBrowser(std::function<QUrl(QUrl)> tamper = {},
                                                    std::shared_ptr<QString> code = {},
                                                    std::shared_ptr<Reply> callbackAnswer = {})
    {
        return [this, tamper, code, callbackAnswer](const QUrl& url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply* reply = m_nam.get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply, tamper, code, callbackAnswer] {
                reply->deleteLater();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
                    return; // a refusal page: a person would stop here
                QUrl target(QString::fromUtf8(reply->rawHeader("Location")));
                if (code)
                    *code = QUrlQuery(target).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
                if (tamper)
                    target = tamper(target);
                QNetworkReply* back = m_nam.get(QNetworkRequest(target));
                connect(back, &QNetworkReply::finished, this, [back, callbackAnswer] {
                    back->deleteLater();
                    if (callbackAnswer) {
                        callbackAnswer->finished = true;
                        callbackAnswer->status
                            = back->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                        callbackAnswer->body = back->readAll();
                    }
                });
            });
            return true;
        };
    }

    static void watch(OAuthBrowserSignIn& signIn, Outcome* outcome)
    {
        connect(&signIn, &OAuthBrowserSignIn::signedIn, &signIn,
                [outcome](const SecretBytes& access, const SecretBytes& refresh, int expiresIn) {
                    outcome->done = outcome->signedIn = true;
                    outcome->accessToken = access.view().toByteArray();
                    outcome->refreshToken = refresh.view().toByteArray();
                    outcome->expiresIn = expiresIn;
                });
        connect(&signIn, &OAuthBrowserSignIn::refreshed, &signIn,
                [outcome](const SecretBytes& access, const SecretBytes& refresh, int expiresIn) {
                    outcome->done = outcome->refreshed = true;
                    outcome->accessToken = access.view().toByteArray();
                    outcome->refreshToken = refresh.view().toByteArray();
                    outcome->expiresIn = expiresIn;
                });
        connect(&signIn, &OAuthBrowserSignIn::failed, &signIn, [outcome](const QString& sentence) {
            outcome->done = true;
            outcome->error = sentence;
        });
    }

    // The access token as a Bearer credential through ApiClient + KeyService, and raw.
    void expectTokenWorks(const QByteArray& accessToken)
    {
        ApiClient client;
        client.setHosts(hosts());
        client.setCredentials(ApiCredentials::accessToken(m_sandbox.accountSid(), SecretBytes(accessToken)));
        client.setTimeoutMs(10000);
        KeyService keys(&client);
        auto result = std::make_shared<std::optional<ApiResult<QList<ApiKey>>>>();
        keys.list(KeyApi::Iam, [result](ApiResult<QList<ApiKey>> r) { result->emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result->has_value(), 30000);
        QVERIFY2((*result)->ok(), qPrintable((*result)->error().sentence()));
        const Reply raw = send("GET", m_sandbox.url(QStringLiteral("/2010-04-01/Accounts.json")), {},
                               QByteArrayLiteral("Bearer ") + accessToken);
        QCOMPARE(raw.status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_spec.load(sharedFile("openapi/twilio_oauth_v2.json"), &error), qPrintable(error));
        QVERIFY2(m_sandbox.start({ QStringLiteral("--seed"), QStringLiteral("demo") }),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY(!m_sandbox.oauthClientId().isEmpty());
    }

    void urlsFollowHosts()
    {
        OAuthBrowserSignIn real(TwilioHosts(), QStringLiteral("OQ0123"));
        QCOMPARE(real.authorizationUrl(), QUrl(QStringLiteral("https://oauth.twilio.com/v2/authorize")));
        QCOMPARE(real.tokenUrl(), QUrl(QStringLiteral("https://oauth.twilio.com/v2/token")));
        OAuthBrowserSignIn sandbox(hosts(), QStringLiteral("OQ0123"));
        QCOMPARE(sandbox.tokenUrl(), m_sandbox.url(QStringLiteral("/v2/token")));
    }

    void signInThenRefresh()
    {
        OAuthBrowserSignIn signIn(hosts(), m_sandbox.oauthClientId());
        Outcome outcome;
        watch(signIn, &outcome);
        QUrl authorizationUrl;
        auto callbackAnswer = std::make_shared<Reply>();
        const auto browser = scriptedBrowser({}, {}, callbackAnswer);
        signIn.setBrowser([&](const QUrl& url) {
            authorizationUrl = url;
            return browser(url);
        });
        signIn.signIn();
        QVERIFY(signIn.isBusy());
        QVERIFY(signIn.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30000);
        QVERIFY2(outcome.signedIn, qPrintable(outcome.error));
        QVERIFY(!signIn.isBusy());

        // What went to the browser: PKCE S256 with a 43-character challenge, a long random state.
        const QUrlQuery sent(authorizationUrl);
        QCOMPARE(authorizationUrl.path(), QStringLiteral("/v2/authorize"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("client_id")), m_sandbox.oauthClientId());
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(sent.queryItemValue(QStringLiteral("state")).size() >= 32);
        QTRY_VERIFY_WITH_TIMEOUT(callbackAnswer->finished, 10000);
        QCOMPARE(callbackAnswer->status, 200);
        QVERIFY(callbackAnswer->body.contains("KeyDesk"));

        QCOMPARE(outcome.accessToken.count('.'), 2); // a JWT
        QVERIFY(outcome.refreshToken.startsWith("RT"));
        QCOMPARE(outcome.expiresIn, 3600);
        expectTokenWorks(outcome.accessToken);

        // Refresh: a new access token (and a rotated refresh token), both working.
        const QByteArray firstRefresh = outcome.refreshToken;
        const QByteArray firstAccess = outcome.accessToken;
        outcome = Outcome();
        signIn.refresh(SecretBytes(firstRefresh));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30000);
        QVERIFY2(outcome.refreshed, qPrintable(outcome.error));
        QVERIFY(outcome.accessToken != firstAccess);
        QVERIFY(!outcome.refreshToken.isEmpty() && outcome.refreshToken != firstRefresh);
        expectTokenWorks(outcome.accessToken);
        const QByteArray secondRefresh = outcome.refreshToken;

        // The old refresh token was rotated away: refused with a sentence.
        outcome = Outcome();
        signIn.refresh(SecretBytes(firstRefresh));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30000);
        QVERIFY(!outcome.refreshed);
        QVERIFY2(outcome.error.contains(QLatin1String("invalid_grant")), qPrintable(outcome.error));

        // The raw refresh answer is valid per the spec.
        const Reply raw
            = postToken({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                          { QStringLiteral("client_id"), m_sandbox.oauthClientId() },
                          { QStringLiteral("refresh_token"), QString::fromLatin1(secondRefresh) } });
        QCOMPARE(raw.status, 200);
        const QStringList problems
            = m_spec.validateResponse(QStringLiteral("/v2/token"), QStringLiteral("POST"), 200, raw.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(raw.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    }

    void wrongStateRefused()
    {
        OAuthBrowserSignIn signIn(hosts(), m_sandbox.oauthClientId());
        Outcome outcome;
        watch(signIn, &outcome);
        auto code = std::make_shared<QString>();
        signIn.setBrowser(scriptedBrowser(
            [](QUrl target) {
                QUrlQuery q(target);
                q.removeAllQueryItems(QStringLiteral("state"));
                q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-by-someone-else"));
                target.setQuery(q);
                return target;
            },
            code));
        signIn.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30000);
        QVERIFY(!outcome.signedIn);
        QVERIFY2(outcome.error.contains(QLatin1String("state")), qPrintable(outcome.error));
        QVERIFY(!signIn.isBusy());
        // The code was never exchanged by the client: still good once at the sandbox, but only with
        // the verifier the client kept (and wiped), so a guessed one fails and uses it up.
        QVERIFY(!code->isEmpty());
        expectInvalidGrant(
            postToken({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                        { QStringLiteral("client_id"), m_sandbox.oauthClientId() },
                        { QStringLiteral("code"), *code },
                        { QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:1/") },
                        { QStringLiteral("code_verifier"), QString(43, u'a') } }));
    }

    void codeFromFlowWorksOnce()
    {
        OAuthBrowserSignIn signIn(hosts(), m_sandbox.oauthClientId());
        Outcome outcome;
        watch(signIn, &outcome);
        auto code = std::make_shared<QString>();
        signIn.setBrowser(scriptedBrowser({}, code));
        signIn.signIn();
        const QString redirectUri = signIn.redirectUri();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30000);
        QVERIFY2(outcome.signedIn, qPrintable(outcome.error));
        QVERIFY(!code->isEmpty());
        // Replayed by someone who saw the redirect: the code is used up.
        expectInvalidGrant(postToken({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                                       { QStringLiteral("client_id"), m_sandbox.oauthClientId() },
                                       { QStringLiteral("code"), *code },
                                       { QStringLiteral("redirect_uri"), redirectUri },
                                       { QStringLiteral("code_verifier"), QString(43, u'a') } }));
    }

    void refusalEndsWithTimeoutSentence()
    {
        // An unknown client: the authorization page refuses (400), no redirect ever comes.
        OAuthBrowserSignIn signIn(hosts(), QStringLiteral("OQ00000000000000000000000000000000"));
        signIn.setTimeoutMs(1500);
        Outcome outcome;
        watch(signIn, &outcome);
        signIn.setBrowser(scriptedBrowser());
        signIn.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30000);
        QVERIFY(!outcome.signedIn);
        QVERIFY(!outcome.error.isEmpty());

        // No browser at all.
        outcome = Outcome();
        signIn.setBrowser([](const QUrl&) { return false; });
        signIn.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30000);
        QVERIFY(outcome.error.contains(QLatin1String("browser")));
    }

    void sandboxRefusesBadGrants()
    {
        const QString redirect = QStringLiteral("http://127.0.0.1:45678/callback");
        const QByteArray verifier = base64Url(QByteArray(32, 'v'));
        const auto exchange = [&](const QString& code, const QString& uri, const QByteArray& v) {
            return postToken({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                               { QStringLiteral("client_id"), m_sandbox.oauthClientId() },
                               { QStringLiteral("code"), code },
                               { QStringLiteral("redirect_uri"), uri },
                               { QStringLiteral("code_verifier"), QString::fromLatin1(v) } });
        };

        // Wrong PKCE verifier.
        QString code = authorizeRaw(redirect, verifier);
        QVERIFY(!code.isEmpty());
        expectInvalidGrant(exchange(code, redirect, base64Url(QByteArray(32, 'w'))));
        // Wrong redirect URI.
        code = authorizeRaw(redirect, verifier);
        QVERIFY(!code.isEmpty());
        expectInvalidGrant(exchange(code, QStringLiteral("http://127.0.0.1:45678/other"), verifier));
        // Right, then reused.
        code = authorizeRaw(redirect, verifier);
        QVERIFY(!code.isEmpty());
        const Reply ok = exchange(code, redirect, verifier);
        QCOMPARE(ok.status, 200);
        const QStringList problems
            = m_spec.validateResponse(QStringLiteral("/v2/token"), QStringLiteral("POST"), 200, ok.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        expectTokenWorks(ok.json().value(QStringLiteral("access_token")).toString().toLatin1());
        expectInvalidGrant(exchange(code, redirect, verifier));
        // Unknown refresh token.
        expectInvalidGrant(
            postToken({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                        { QStringLiteral("client_id"), m_sandbox.oauthClientId() },
                        { QStringLiteral("refresh_token"), QStringLiteral("RTnot-issued") } }));

        // The authorization endpoint: unknown client, a redirect off loopback, no PKCE, plain PKCE.
        const auto authorize = [&](const QList<QPair<QString, QString>>& items) {
            QUrlQuery q;
            for (const auto& item : items)
                q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
            QUrl url = m_sandbox.url(QStringLiteral("/v2/authorize"));
            url.setQuery(q);
            return send("GET", url);
        };
        const QString challenge
            = QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
        const QList<QPair<QString, QString>> good
            = { { QStringLiteral("response_type"), QStringLiteral("code") },
                { QStringLiteral("client_id"), m_sandbox.oauthClientId() },
                { QStringLiteral("redirect_uri"), redirect },
                { QStringLiteral("state"), QStringLiteral("x") },
                { QStringLiteral("code_challenge"), challenge },
                { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } };
        QCOMPARE(authorize(good).status, 302);
        const auto with = [&](const QString& name, const QString& value) {
            auto items = good;
            for (auto& item : items)
                if (item.first == name)
                    item.second = value;
            return items;
        };
        for (const auto& items :
             { with(QStringLiteral("client_id"), QStringLiteral("OQ00000000000000000000000000000000")),
               with(QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb")),
               with(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1.evil.example:80/cb")),
               with(QStringLiteral("code_challenge"), QString()),
               with(QStringLiteral("code_challenge_method"), QStringLiteral("plain")),
               with(QStringLiteral("response_type"), QStringLiteral("token")) }) {
            const Reply r = authorize(items);
            QCOMPARE(r.status, 400);
            QVERIFY(r.location.isEmpty());
            QVERIFY2(OpenApiValidator::validateTwilioError(r.body, 400).isEmpty(), r.body.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
