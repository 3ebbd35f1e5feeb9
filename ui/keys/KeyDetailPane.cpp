#include "KeyDetailPane.h"

#include "api/Policy.h"
#include "common/ClipboardService.h"
#include "keys/KeyListModel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString dateText(const QDateTime& dt)
{
    if (!dt.isValid())
        return KeyDetailPane::tr("—");
    const QDateTime local = dt.toLocalTime();
    const QString when = local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const qint64 days = local.daysTo(QDateTime::currentDateTime());
    const QString ago = days <= 0 ? KeyDetailPane::tr("today")
        : days == 1               ? KeyDetailPane::tr("yesterday")
                                  : KeyDetailPane::tr("%1 days ago").arg(days);
    // Local time for people; UTC as Twilio's Console and logs show it.
    if (local.offsetFromUtc() == 0)
        return KeyDetailPane::tr("%1 UTC (%2)").arg(when, ago);
    return KeyDetailPane::tr("%1 (%2; UTC %3)")
        .arg(when, ago, dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QToolButton* copyButton(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    button->setText(KeyDetailPane::tr("Copy"));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    return button;
}

} // namespace

KeyDetailPane::KeyDetailPane(ClipboardService* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("keyDetailPane"));
    setAccessibleName(tr("Key details"));
    auto* layout = new QVBoxLayout(this);

    m_placeholder = new QLabel(tr("Select a key to see its details."), this);
    m_placeholder->setObjectName(QStringLiteral("keyDetailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder, 1);

    m_body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addRow(form, tr("Name"), QStringLiteral("detailNameLabel"));
    m_copySid = copyButton(m_body, QStringLiteral("copyKeySidButton"), tr("Copy the key SID"));
    m_sid = addRow(form, tr("SID"), QStringLiteral("detailSidLabel"), m_copySid);
    m_sid->setWordWrap(false);
    // Wide enough for a SID, its caption and its Copy button on one line.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("SK0123456789abcdef0123456789abcdef"))
                    + m_copySid->sizeHint().width() + fontMetrics().horizontalAdvance(tr("Updated")) + 48);
    m_type = addRow(form, tr("Type"), QStringLiteral("detailTypeLabel"));
    m_created = addRow(form, tr("Created"), QStringLiteral("detailCreatedLabel"));
    m_updated = addRow(form, tr("Updated"), QStringLiteral("detailUpdatedLabel"));
    m_region = addRow(form, tr("Region"), QStringLiteral("detailRegionLabel"));
    m_copyFlags = copyButton(m_body, QStringLiteral("copyKeyFlagsButton"), tr("Copy the key flags"));
    m_flags = addRow(form, tr("Flags"), QStringLiteral("detailFlagsLabel"), m_copyFlags);
    bodyLayout->addLayout(form);

    m_permissionCount = new QLabel(m_body);
    m_permissionCount->setObjectName(QStringLiteral("detailPermissionCountLabel"));
    m_permissionCount->setTextFormat(Qt::PlainText);
    bodyLayout->addWidget(m_permissionCount);
    m_permissions = new QTreeWidget(m_body);
    m_permissions->setObjectName(QStringLiteral("detailPermissionsTree"));
    m_permissions->setAccessibleName(tr("Permissions by product"));
    m_permissions->setHeaderHidden(true);
    m_permissions->setColumnCount(1);
    m_permissions->setUniformRowHeights(true);
    bodyLayout->addWidget(m_permissions, 1);

    m_status = new QLabel(m_body);
    m_status->setObjectName(QStringLiteral("detailStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    bodyLayout->addWidget(m_status);

    m_buildToken = new QPushButton(tr("Build a token with this key"), m_body);
    m_buildToken->setObjectName(QStringLiteral("buildTokenButton"));
    m_buildToken->setAccessibleName(tr("Build a token with this key"));
    m_buildTokenNote = new QLabel(m_body);
    m_buildTokenNote->setObjectName(QStringLiteral("buildTokenNote"));
    m_buildTokenNote->setTextFormat(Qt::PlainText);
    m_buildTokenNote->setWordWrap(true);
    bodyLayout->addWidget(m_buildToken, 0, Qt::AlignLeft);
    bodyLayout->addWidget(m_buildTokenNote);
    layout->addWidget(m_body, 1);
    m_body->hide();

    connect(m_copySid, &QToolButton::clicked, this, [this] {
        if (m_clipboard && !m_key.sid.isEmpty()) {
            m_clipboard->copyText(m_key.sid);
            Q_EMIT statusMessage(tr("Copied %1").arg(m_key.sid));
        }
    });
    connect(m_copyFlags, &QToolButton::clicked, this, [this] {
        if (m_clipboard) {
            m_clipboard->copyText(m_key.flags.join(QStringLiteral(", ")));
            Q_EMIT statusMessage(tr("Copied the flags of %1").arg(m_key.sid));
        }
    });
    connect(m_buildToken, &QPushButton::clicked, this, [this] { Q_EMIT buildTokenRequested(m_key); });
}

QLabel* KeyDetailPane::addRow(QFormLayout* form, const QString& label, const QString& objectName,
                              QToolButton* copy)
{
    auto* value = new QLabel(m_body);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText); // names and flags come from the server
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    auto* caption = new QLabel(label, m_body);
    caption->setBuddy(value);
    if (!copy) {
        form->addRow(caption, value);
    } else {
        auto* row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(copy);
        form->addRow(caption, row);
    }
    return value;
}

void KeyDetailPane::setKey(const ApiKey& key, const KeyListModel* model)
{
    m_key = key;
    if (key.sid.isEmpty()) {
        m_body->hide();
        m_placeholder->show();
        return;
    }
    m_placeholder->hide();
    m_body->show();
    m_name->setText(key.friendlyName.isEmpty() ? tr("(no name)") : key.friendlyName);
    m_sid->setText(key.sid);
    const KeyListModel::TypeDisplay type = model
        ? model->typeDisplay(key)
        : (key.type == ApiKey::Type::Restricted ? KeyListModel::TypeDisplay::Restricted
                                                : KeyListModel::TypeDisplay::Unknown);
    m_type->setText(KeyListModel::typeDisplayLabel(type));
    m_created->setText(dateText(key.dateCreated));
    m_updated->setText(dateText(key.dateUpdated));
    m_region->setText(key.region.isEmpty() ? tr("—") : key.region);
    m_flags->setText(key.flags.isEmpty() ? tr("—") : key.flags.join(QStringLiteral(", ")));
    m_copyFlags->setEnabled(!key.flags.isEmpty());

    m_permissions->clear();
    const bool restricted = type == KeyListModel::TypeDisplay::Restricted;
    m_permissions->setVisible(restricted && key.policy.has_value());
    m_permissionCount->setVisible(restricted);
    if (restricted && key.policy) {
        m_permissionCount->setText(
            tr("Permissions: %1 of %2").arg(key.policy->size()).arg(Policy::maxPermissions));
        // Group by product: /twilio/<product>/<resource>/<action>.
        QMap<QString, QStringList> byProduct;
        for (const QString& permission : key.policy->allow()) {
            const QStringList parts = permission.split(u'/');
            byProduct[parts.value(2, tr("other"))] << permission;
        }
        for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it) {
            auto* product
                = new QTreeWidgetItem(m_permissions, { tr("%1 (%2)").arg(it.key()).arg(it->size()) });
            for (const QString& permission : *it)
                new QTreeWidgetItem(product, { permission });
        }
        m_permissions->expandAll();
    } else if (restricted) {
        m_permissionCount->setText(tr("Permissions: reading…"));
    }
    m_buildToken->setEnabled(!restricted);
    m_buildTokenNote->setText(restricted ? tr("Twilio does not accept Restricted keys as issuers of Access "
                                              "Tokens: use a Standard or Main key.")
                                         : QString());
    m_buildTokenNote->setVisible(restricted);
    m_buildToken->setToolTip(m_buildTokenNote->text());
    m_status->clear();
    m_status->hide();
}

void KeyDetailPane::setLoading(bool loading)
{
    if (loading && !m_key.detailsKnown()) {
        m_status->setText(tr("Reading the key's details…"));
        m_status->show();
    } else if (!loading) {
        m_status->hide();
    }
}

void KeyDetailPane::setLoadError(const QString& sentence)
{
    m_status->setText(tr("The details could not be read: %1").arg(sentence));
    m_status->setVisible(!sentence.isEmpty());
}
