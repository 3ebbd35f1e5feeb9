#include "TwilioCliImportDialog.h"

#include "common/InlineMessage.h"
#include "profiles/TwilioCliConfig.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int idRole = Qt::UserRole;
}

TwilioCliImportDialog::TwilioCliImportDialog(const TwilioCliConfig& config, const QStringList& takenNames,
                                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("twilioCliImportDialog"));
    setWindowTitle(tr("Import from twilio-cli"));
    setAccessibleName(tr("Import from twilio-cli"));
    resize(640, 460);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Profiles found in %1. The chosen ones are added as API key profiles, with "
                                "their secrets moved into the keychain.")
                                 .arg(config.path()),
                             this);
    intro->setObjectName(QStringLiteral("importIntroLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* warning = new InlineMessage(this);
    warning->setObjectName(QStringLiteral("permissionsWarning"));
    if (config.readableByOthers())
        warning->showWarning(
            tr("This file holds API key secrets in plain text and other users of this computer "
               "can read it. Import the profiles, then strip the secrets from the file below."));
    layout->addWidget(warning);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setAccessibleName(tr("twilio-cli profiles to import"));
    // Long reasons wrap instead of hiding behind a horizontal scroll bar.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    for (const TwilioCliConfig::Entry& entry : config.profiles()) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(idRole, entry.id);
        QString text = tr("%1 — %2, %3")
                           .arg(entry.id, entry.accountSid,
                                entry.region.isEmpty() ? QStringLiteral("us1") : entry.region);
        if (entry.id == config.activeProfileId())
            text = tr("%1 (active in twilio-cli)").arg(text);
        bool taken = false;
        for (const QString& name : takenNames)
            taken = taken || Profile::sameName(name, entry.id);
        if (!entry.importable()) {
            text = tr("%1\nNot importable: %2").arg(text, entry.problem);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
            item->setCheckState(Qt::Unchecked);
        } else if (taken) {
            text = tr("%1\nNot importable: a KeyDesk profile with this name exists already.").arg(text);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
            item->setCheckState(Qt::Unchecked);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        item->setText(text);
        item->setToolTip(text);
    }
    layout->addWidget(m_list, 1);

    m_strip = new QCheckBox(tr("&Remove the plain-text secrets of the imported profiles from config.json "
                               "(a backup readable only by you is kept beside it)"),
                            this);
    m_strip->setObjectName(QStringLiteral("stripSecretsCheck"));
    m_strip->setAccessibleName(tr("Remove the plain-text secrets from config.json"));
    m_strip->setChecked(config.readableByOthers());
    layout->addWidget(m_strip);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Import"));
    ok->setObjectName(QStringLiteral("importButton"));
    ok->setAccessibleName(tr("Import"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TwilioCliImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TwilioCliImportDialog::reject);
    layout->addWidget(m_buttons);
}

TwilioCliImportDialog::~TwilioCliImportDialog() = default;

QStringList TwilioCliImportDialog::selectedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            ids << item->data(idRole).toString();
    }
    return ids;
}

bool TwilioCliImportDialog::stripSecretsRequested() const
{
    return m_strip->isChecked();
}

void TwilioCliImportDialog::accept()
{
    if (selectedIds().isEmpty()) {
        m_message->showError(tr("Choose at least one profile to import."));
        return;
    }
    QDialog::accept();
}
