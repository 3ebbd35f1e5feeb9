#pragma once

#include <QWidget>

class ProfileListModel;
class ProfileStore;
class QComboBox;
class QLabel;

// The profile switcher in the main window's toolbar: every stored profile and "[env]" (when the TWILIO_*
// variables are set), the one in use shown. Choosing one only emits profileChosen(); the owner connects
// and then calls setCurrentId(). With --sandbox there is nothing to switch to: setFixedText() shows the
// sandbox and disables the list.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(ProfileStore* store, QWidget* parent = nullptr);

    ProfileListModel* model() const { return m_model; }
    QComboBox* combo() const { return m_combo; }
    // The profile in use (EnvironmentProfile::profileId() for "[env]"); empty shows "No profile".
    void setCurrentId(const QString& id);
    QString currentId() const { return m_currentId; }
    void setFixedText(const QString& text);

Q_SIGNALS:
    void profileChosen(const QString& id);

private:
    void showCurrent();

    ProfileListModel* m_model = nullptr;
    QComboBox* m_combo = nullptr;
    QLabel* m_label = nullptr;
    QString m_currentId;
    bool m_fixed = false;
};
