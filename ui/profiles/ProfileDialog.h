#pragma once

#include "core/SecretBytes.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class ConnectionTest;
class InlineMessage;
class ProfileStore;

namespace Ui {
class ProfileDialog;
}

// Add or edit a profile: name, Account SID, credential kind (Auth Token, API key SID + secret, OAuth client
// id + secret), the secret (never prefilled; empty when editing keeps the stored one), region, edge and an
// optional base URL. accept() checks with Profile::validate() and stays open with the problems inline.
// "Test connection" tries the credential on a temporary Session and says what it can do; nothing is stored.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(QWidget* parent);
    ~ProfileDialog() override;

    // Edit mode: the fields of an existing profile (its id is kept); the secret field stays empty.
    void setProfile(const Profile& profile);
    bool isEditing() const { return m_original.has_value(); }
    // Names other profiles already use (refused in accept(), compared case-insensitively).
    void setTakenNames(const QStringList& names) { m_takenNames = names; }
    // Edit mode: where "Test connection" reads the stored secret when the field is left empty.
    void setProfileStore(ProfileStore* store);

    // The profile as entered (a fresh id when adding).
    Profile profile() const;
    // The secret typed, and the field wiped; empty when unchanged (edit mode) or not yet typed.
    SecretBytes takeSecret();
    // Whether a secret was typed (edit mode: false means keep the stored one).
    bool hasNewSecret() const;

    InlineMessage* message() const { return m_message; }
    ConnectionTest* connectionTest() const { return m_test; }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void testConnection();

private:
    void updateKind();
    void updateEdges();
    QStringList problems() const;
    void showTestResult(bool ok, const QString& sentence);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    InlineMessage* m_message = nullptr;
    ConnectionTest* m_test = nullptr;
    std::optional<Profile> m_original;
    QStringList m_takenNames;
    QPointer<ProfileStore> m_store;
    QString m_newId;
};
