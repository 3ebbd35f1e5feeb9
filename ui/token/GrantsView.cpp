#include "GrantsView.h"

#include "common/ThemeColors.h"
#include "token/Grants.h"
#include "token/PlainToolTip.h"

#include <QHeaderView>

namespace {

// A value that looks like a Twilio SID: two capital letters and 32 hex digits.
bool looksLikeSid(const QString& text)
{
    if (text.size() != 34 || !text.at(0).isUpper() || !text.at(1).isUpper())
        return false;
    for (int i = 2; i < 34; ++i) {
        const char16_t u = text.at(i).unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

const int GrantKeyRole = Qt::UserRole + 1;

} // namespace

GrantsView::GrantsView(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("Grant / field"), tr("Value"), tr("Meaning") });
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ValueColumn, QHeaderView::Interactive);
}

QTreeWidgetItem* GrantsView::sectionForKey(const QString& grantKey) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(FieldColumn, GrantKeyRole).toString() == grantKey)
            return topLevelItem(i);
    }
    return nullptr;
}

void GrantsView::setGrants(const OrderedJson* grants)
{
    const bool has = grants && grants->isObject();
    const QByteArray compact = has ? grants->toCompact() : QByteArray();
    if (has == m_hasShown && compact == m_shown)
        return;
    m_hasShown = has;
    m_shown = compact;
    clear();
    if (!has)
        return;

    const QColor errorColour = ThemeColors::accent(ThemeColors::Accent::Error, palette());
    const QColor warningColour = ThemeColors::accent(ThemeColors::Accent::Warning, palette());
    for (const OrderedJson::Member& m : grants->members()) {
        if (m.key == u"identity") {
            auto* item = new QTreeWidgetItem(this);
            item->setText(FieldColumn, tr("Identity"));
            item->setText(ValueColumn,
                          m.value.isString() ? m.value.toString() : QString::fromUtf8(m.value.toCompact()));
            item->setText(MeaningColumn, tr("Who the client is (grants.identity)"));
            item->setData(FieldColumn, GrantKeyRole, m.key);
            continue;
        }
        auto* section = new QTreeWidgetItem(this);
        section->setData(FieldColumn, GrantKeyRole, m.key);
        section->setText(FieldColumn, tr("%1 (%2)").arg(GrantCatalog::displayName(m.key), m.key));
        QFont bold = section->font(FieldColumn);
        bold.setBold(true);
        section->setFont(FieldColumn, bold);
        switch (GrantCatalog::status(m.key)) {
        case GrantCatalog::Status::Current:
            if (m.value.isObject() && m.value.size() == 0)
                section->setText(MeaningColumn, tr("No fields: allowed with defaults"));
            break;
        case GrantCatalog::Status::Legacy:
            section->setText(MeaningColumn, tr("Legacy grant; use a current one"));
            section->setForeground(MeaningColumn, warningColour);
            break;
        case GrantCatalog::Status::Unknown:
            section->setText(MeaningColumn, tr("Unknown grant; Twilio ignores it"));
            section->setForeground(MeaningColumn, warningColour);
            break;
        }
        if (!m.value.isObject()) {
            section->setText(ValueColumn, QString::fromUtf8(m.value.toCompact()));
            section->setText(MeaningColumn, tr("A grant must be a JSON object"));
            section->setForeground(MeaningColumn, errorColour);
            continue;
        }
        for (const OrderedJson::Member& field : m.value.members())
            addFields(section, m.key, field.key, field.value);
    }
    expandAll();
}

void GrantsView::addFields(QTreeWidgetItem* parent, const QString& grantKey, const QString& path,
                           const OrderedJson& value)
{
    auto* item = new QTreeWidgetItem(parent);
    const qsizetype dot = path.lastIndexOf(u'.');
    item->setText(FieldColumn, dot < 0 ? path : path.mid(dot + 1));
    item->setToolTip(FieldColumn, plainToolTip(grantKey + u'.' + path));
    if (value.isObject()) {
        if (value.size() == 0)
            item->setText(ValueColumn, QStringLiteral("{}"));
        for (const OrderedJson::Member& m : value.members())
            addFields(item, grantKey, path + u'.' + m.key, m.value);
        return;
    }
    const QString text = value.isString() ? value.toString() : QString::fromUtf8(value.toCompact());
    item->setText(ValueColumn, text);
    item->setToolTip(ValueColumn, plainToolTip(text));

    // What the SID names, and whether the prefix fits the field.
    QString expectedPrefix;
    QString expectedMeaning;
    const QString fullPath = grantKey + u'.' + path;
    for (const GrantCatalog::SidField& f : GrantCatalog::sidFields()) {
        if (f.path == fullPath) {
            expectedPrefix = f.prefix;
            expectedMeaning = f.meaning;
        }
    }
    if (value.isString() && looksLikeSid(text)) {
        const QString prefix = text.left(2);
        QString meaning = GrantCatalog::prefixMeaning(prefix);
        if (meaning.isEmpty())
            meaning = tr("unknown SID type");
        if (!expectedPrefix.isEmpty() && prefix != expectedPrefix) {
            item->setText(MeaningColumn,
                          tr("%1 = %2, but this field takes %3 (%4)")
                              .arg(prefix, meaning, expectedPrefix, expectedMeaning));
            item->setForeground(MeaningColumn, ThemeColors::accent(ThemeColors::Accent::Error, palette()));
        } else {
            item->setText(MeaningColumn, tr("%1 = %2").arg(prefix, meaning));
        }
    } else if (!expectedPrefix.isEmpty()) {
        item->setText(MeaningColumn, tr("Expected a %1 SID (%2…)").arg(expectedMeaning, expectedPrefix));
        item->setForeground(MeaningColumn, ThemeColors::accent(ThemeColors::Accent::Error, palette()));
    }
}
