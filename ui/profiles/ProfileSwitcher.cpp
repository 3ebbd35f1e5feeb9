#include "ProfileSwitcher.h"

#include "ProfileListModel.h"
#include "profiles/EnvironmentProfile.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringListModel>

ProfileSwitcher::ProfileSwitcher(ProfileStore* store, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_label = new QLabel(tr("&Profile:"), this);
    layout->addWidget(m_label);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileSwitcherCombo"));
    m_combo->setAccessibleName(tr("Profile in use"));
    m_combo->setToolTip(tr("The profile KeyDesk is connected with; choose another to switch accounts"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_label->setBuddy(m_combo);
    layout->addWidget(m_combo);

    m_model = new ProfileListModel(store, this);
    EnvironmentProfile environment;
    if (environment.isPresent())
        m_model->setEnvironmentProfile(environment.profile(), environment.error());
    m_combo->setModel(m_model);
    m_combo->setModelColumn(ProfileListModel::NameColumn);
    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        const QString id = m_model->keyFromIndex(m_model->index(row, 0));
        if (!id.isEmpty() && id != m_currentId)
            Q_EMIT profileChosen(id);
        showCurrent(); // until the owner has connected and says which one is in use
    });
    // The store's list changes (an add, a rename): keep showing the profile in use.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfileSwitcher::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfileSwitcher::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfileSwitcher::showCurrent);
    showCurrent();
}

void ProfileSwitcher::setCurrentId(const QString& id)
{
    m_currentId = id;
    showCurrent();
}

void ProfileSwitcher::setFixedText(const QString& text)
{
    m_fixed = true;
    m_combo->setModel(new QStringListModel({ text }, m_combo));
    m_combo->setCurrentIndex(0);
    m_combo->setEnabled(false);
}

void ProfileSwitcher::showCurrent()
{
    if (m_fixed)
        return;
    const QModelIndex index = m_model->indexFromKey(m_currentId);
    m_combo->setCurrentIndex(index.isValid() ? index.row() : -1);
    m_combo->setPlaceholderText(m_model->rowCount() == 0 ? tr("No profile") : tr("Choose a profile"));
}
