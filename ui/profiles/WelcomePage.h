#pragma once

#include <QProcessEnvironment>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

// Shown instead of the pages when there is no profile: Add profile, Sign in with Twilio, Import from
// twilio-cli (when its config.json exists), Use the environment (when TWILIO_* credential variables are set)
// and Try the sandbox, each with one sentence. It only emits; the owner opens the dialogs or restarts.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // Checks again which choices apply (default: the process environment and TwilioCliConfig::defaultPath()).
    void refresh(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // Overrides twilio-cli's config.json path (tests); an empty path means the default.
    void setTwilioCliConfigPath(const QString& path);

Q_SIGNALS:
    void addProfileRequested();
    void signInRequested();
    void importRequested();
    void useEnvironmentRequested();
    void sandboxRequested();

private:
    QPushButton* addChoice(QGridLayout* grid, const QString& text, const QString& objectName,
                           const QString& explanation, QLabel** explanationLabel = nullptr);

    QPushButton* m_importButton = nullptr;
    QLabel* m_importLabel = nullptr;
    QPushButton* m_environmentButton = nullptr;
    QLabel* m_environmentLabel = nullptr;
    QString m_cliConfigPath;
};
