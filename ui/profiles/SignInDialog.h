#pragma once

#include "api/OAuthBrowserSignIn.h"
#include "core/SecretBytes.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <optional>

class ConnectionTest;
class InlineMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Sign in with Twilio": a profile of kind OAuthSignIn. The admin names it, gives the Account SID and
// the client id of their OAuth app (a public app whose redirect URI is http://127.0.0.1), picks region
// and edge, and presses "Sign in with Twilio…": the browser opens Twilio's consent page
// (OAuthBrowserSignIn: QOAuth2AuthorizationCodeFlow, PKCE S256, state checked, a loopback redirect).
// When it comes back, the new access token tests the connection (ConnectionTest) and only the refresh
// token is kept, for the keychain, once the dialog is accepted. The access token never leaves memory.
// Editing an existing sign-in profile changes its fields; signing in again replaces its refresh token.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // How the browser is opened; the default is QDesktopServices::openUrl. Tests script one.
    static void setBrowserOverride(OAuthBrowserSignIn::BrowserHook hook);

    explicit SignInDialog(QWidget* parent);
    ~SignInDialog() override;

    // Edit mode: the fields of an existing sign-in profile (its id is kept).
    void setProfile(const Profile& profile);
    bool isEditing() const { return m_original.has_value(); }
    void setTakenNames(const QStringList& names) { m_takenNames = names; }
    // Prefills the client id and base URL (the sandbox's OAuth app, for instance).
    void setClientId(const QString& clientId);
    void setBaseUrl(const QUrl& url);

    Profile profile() const;
    bool isSignedIn() const { return !m_refreshToken.isEmpty(); }
    // The refresh token of the sign-in, moved out (empty when there was none: edit mode keeps the stored).
    SecretBytes takeRefreshToken() { return std::move(m_refreshToken); }

    InlineMessage* message() const { return m_message; }
    OAuthBrowserSignIn* signIn() const { return m_signIn.get(); }
    ConnectionTest* connectionTest() const { return m_test; }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void startSignIn();
    void cancelSignIn();

Q_SIGNALS:
    // The sign-in and its connection test ended (ok: signed in and the account answered).
    void signInFinished(bool ok);

private:
    void updateEdges();
    void updateState();
    QStringList problems(bool forSignIn) const;
    void onSignedIn(const SecretBytes& accessToken, const SecretBytes& refreshToken);
    void onFailed(const QString& sentence);
    void showResult(bool ok, const QString& sentence);

    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_accountSidEdit = nullptr;
    QLineEdit* m_clientIdEdit = nullptr;
    QComboBox* m_regionCombo = nullptr;
    QComboBox* m_edgeCombo = nullptr;
    QLineEdit* m_baseUrlEdit = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_cancelSignInButton = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPushButton* m_okButton = nullptr;
    InlineMessage* m_message = nullptr;
    ConnectionTest* m_test = nullptr;
    std::unique_ptr<OAuthBrowserSignIn> m_signIn;
    SecretBytes m_refreshToken;
    std::optional<Profile> m_original;
    // What was signed in for: a later change of account, client or hosts needs a new sign-in.
    std::optional<Profile> m_signedInFor;
    QStringList m_takenNames;
    QString m_newId;
};
