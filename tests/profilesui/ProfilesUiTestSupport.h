#pragma once

// Shared by the Profiles page tests: a memory-only vault and a QSettings file in a QTemporaryDir, a
// twilio-cli config.json fixture, and filling the add/edit dialog by object name.
#include "core/SecretVault.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace profilesui {

inline const QByteArray cliConfig = R"({"edge":null,"email":{},"requireProfileInput":false,
"profiles":{
 "default":{"accountSid":"AC0123456789abcdef0123456789abcdef","apiKey":"SK0123456789abcdef0123456789abcdef","apiSecret":"Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s"},
 "eu-prod":{"accountSid":"ACfedcba9876543210fedcba9876543210","region":"ie1","edge":"dublin","apiKey":"SKfedcba9876543210fedcba9876543210","apiSecret":"s3cond-Secret-for-EU-0000000000"},
 "legacy":{"accountSid":"AC00000000000000000000000000000000","region":"us1"}
},
"activeProject":"eu-prod"})";
inline const QByteArray cliFirstSecret = "Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s";
inline const QByteArray cliSecondSecret = "s3cond-Secret-for-EU-0000000000";

struct StoreFixture
{
    QTemporaryDir dir;
    SecretVault vault;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> store;

    StoreFixture()
    {
        vault.setMemoryOnly();
        settings
            = std::make_unique<QSettings>(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        store = std::make_unique<ProfileStore>(&vault, settings.get());
    }

    QString writeCliConfig(QFile::Permissions permissions) const
    {
        const QString path = dir.filePath(QStringLiteral("twilio-cli/config.json"));
        QDir().mkpath(dir.filePath(QStringLiteral("twilio-cli")));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(cliConfig);
        file.close();
        QFile::setPermissions(path, permissions);
        return path;
    }

    // The vault entry's bytes; notFound set when there is none. False on timeout.
    bool readSecret(const QString& profileId, QByteArray* bytes, bool* notFound)
    {
        bool done = false;
        vault.read(SecretVault::profileEntry(profileId),
                   [&](const SecretVault::Result& result, SecretBytes secret) {
                       *bytes = secret.view().toByteArray();
                       *notFound = result.notFound || !result.ok;
                       done = true;
                   });
        return QTest::qWaitFor([&] { return done; }, 10000);
    }
};

// A person who signs in and consents in the browser: GETs the authorization URL and follows its 302 back to
// KeyDesk's loopback redirect URI (a refusal page ends there). For SignInDialog::setBrowserOverride.
inline bool consentInBrowser(QNetworkAccessManager* nam, const QUrl& url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = nam->get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [nam, reply] {
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
            return;
        QNetworkReply* back
            = nam->get(QNetworkRequest(QUrl(QString::fromUtf8(reply->rawHeader("Location")))));
        QObject::connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
    });
    return true;
}

inline void setText(QWidget* root, const char* name, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline const QFile::Permissions mode0644 = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
    | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;

} // namespace profilesui
