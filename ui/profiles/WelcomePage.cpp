#include "WelcomePage.h"

#include "common/Mnemonic.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/TwilioCliConfig.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    auto* title = new QLabel(tr("Welcome to KeyDesk"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    column->addWidget(title);
    auto* intro = new QLabel(
        tr("KeyDesk needs a way into a Twilio account before it can show keys. Choose one:"), this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    column->addWidget(intro);
    column->addSpacing(12);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->setColumnStretch(1, 1);
    QPushButton* add
        = addChoice(grid, tr("&Add profile…"), QStringLiteral("addProfileButton"),
                    tr("Enter an Account SID with its Auth Token, an API key or an OAuth client; the "
                       "secret goes to the system keychain."));
    connect(add, &QPushButton::clicked, this, &WelcomePage::addProfileRequested);
    QPushButton* signIn
        = addChoice(grid, tr("Sign &in with Twilio…"), QStringLiteral("signInButton"),
                    tr("Sign in to your Twilio account in the browser through your OAuth app; only the "
                       "refresh token is kept, in the system keychain."));
    connect(signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    m_importButton = addChoice(grid, tr("&Import from twilio-cli…"), QStringLiteral("importButton"),
                               tr("Bring over the profiles twilio-cli keeps in config.json and move their "
                                  "plain-text secrets into the keychain."),
                               &m_importLabel);
    connect(m_importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);
    m_environmentButton = addChoice(grid, tr("Use the &environment"), QStringLiteral("useEnvironmentButton"),
                                    tr("Connect with the TWILIO_* variables set for this session; nothing is "
                                       "stored."),
                                    &m_environmentLabel);
    connect(m_environmentButton, &QPushButton::clicked, this, &WelcomePage::useEnvironmentRequested);
    QPushButton* sandbox
        = addChoice(grid, tr("Try the &sandbox"), QStringLiteral("sandboxButton"),
                    tr("Explore KeyDesk on a built-in demo account with sample keys; no Twilio "
                       "account is needed (keydesk --sandbox)."));
    connect(sandbox, &QPushButton::clicked, this, &WelcomePage::sandboxRequested);
    column->addLayout(grid);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    refresh();
}

QPushButton* WelcomePage::addChoice(QGridLayout* grid, const QString& text, const QString& objectName,
                                    const QString& explanation, QLabel** explanationLabel)
{
    const int row = grid->rowCount();
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(withoutMnemonic(text).remove(QStringLiteral("…")));
    button->setAccessibleDescription(explanation);
    button->setMinimumWidth(200);
    auto* label = new QLabel(explanation, this);
    label->setObjectName(objectName + QStringLiteral("Label"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    grid->addWidget(button, row, 0, Qt::AlignTop);
    grid->addWidget(label, row, 1);
    if (explanationLabel)
        *explanationLabel = label;
    return button;
}

void WelcomePage::setTwilioCliConfigPath(const QString& path)
{
    m_cliConfigPath = path;
    refresh();
}

void WelcomePage::refresh(const QProcessEnvironment& environment)
{
    const QString path
        = m_cliConfigPath.isEmpty() ? TwilioCliConfig::defaultPath(environment) : m_cliConfigPath;
    const bool cli = !path.isEmpty() && QFileInfo::exists(path);
    m_importButton->setVisible(cli);
    m_importLabel->setVisible(cli);
    const bool env = EnvironmentProfile(environment).isPresent();
    m_environmentButton->setVisible(env);
    m_environmentLabel->setVisible(env);
}
