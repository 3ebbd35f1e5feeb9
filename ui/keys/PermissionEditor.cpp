#include "PermissionEditor.h"

#include "common/ThemeColors.h"
#include "keys/PermissionTreeModel.h"
#include "ui_PermissionEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPainter>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace {

// Draws the Level column as a combo box and edits it with one; shows custom permissions in italics.
// A private helper of the editor: the model stays free of presentation.
class PermissionItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!isLevelCell(index)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        QStyle* style = styleFor(option);
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);
        QStyleOptionComboBox combo = comboOption(option);
        combo.currentText = index.data(Qt::DisplayRole).toString();
        style->drawComplexControl(QStyle::CC_ComboBox, &combo, painter, option.widget);
        style->drawControl(QStyle::CE_ComboBoxLabel, &combo, painter, option.widget);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != PermissionTreeModel::LevelColumn)
            return base;
        // Wide enough for the longest level; as high as a combo box on every row (uniform heights).
        int text = 0;
        for (auto level : { PermissionTreeModel::Level::None, PermissionTreeModel::Level::Read,
                            PermissionTreeModel::Level::ReadWrite, PermissionTreeModel::Level::All,
                            PermissionTreeModel::Level::Mixed })
            text = qMax(text, option.fontMetrics.horizontalAdvance(PermissionTreeModel::levelName(level)));
        QStyleOptionComboBox combo = comboOption(option);
        const QSize size = styleFor(option)->sizeFromContents(
            QStyle::CT_ComboBox, &combo, QSize(text, option.fontMetrics.height()), option.widget);
        return base.expandedTo(size);
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override
    {
        if (!isLevelCell(index))
            return nullptr;
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("permissionLevelCombo"));
        combo->setAccessibleName(
            PermissionEditor::tr("Access level of %1")
                .arg(index.siblingAtColumn(PermissionTreeModel::NameColumn).data().toString()));
        for (const QVariant& level : index.data(PermissionTreeModel::AvailableLevelsRole).toList())
            combo->addItem(PermissionTreeModel::levelName(PermissionTreeModel::Level(level.toInt())), level);
        auto* self = const_cast<PermissionItemDelegate*>(this);
        QObject::connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt())); // -1 for Mixed
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* combo = qobject_cast<QComboBox*>(editor);
        if (combo && combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
    }

    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex&) const override
    {
        editor->setGeometry(option.rect);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(PermissionTreeModel::IsCustomRole).toBool())
            option->font.setItalic(true);
    }

private:
    static bool isLevelCell(const QModelIndex& index)
    {
        return index.column() == PermissionTreeModel::LevelColumn && (index.flags() & Qt::ItemIsEditable);
    }
    static QStyle* styleFor(const QStyleOptionViewItem& option)
    {
        return option.widget ? option.widget->style() : QApplication::style();
    }
    static QStyleOptionComboBox comboOption(const QStyleOptionViewItem& option)
    {
        QStyleOptionComboBox combo;
        combo.rect = option.rect;
        combo.state = (option.state & ~QStyle::State_HasFocus) | QStyle::State_Enabled;
        combo.palette = option.palette;
        combo.direction = option.direction;
        combo.fontMetrics = option.fontMetrics;
        combo.frame = true;
        combo.editable = false;
        return combo;
    }
};

// Filters on the actions' permission strings, keeping the resources and products of the ones that
// match. While a filter is set, a product or resource shows and sets the state of its visible actions
// only: "check voice" under the filter "read" means the voice read permissions, not all of voice.
class PermissionFilterProxyModel : public QSortFilterProxyModel
{
public:
    PermissionFilterProxyModel(PermissionTreeModel* source, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_source(source)
    {
        setSourceModel(source);
        setRecursiveFilteringEnabled(true);
        setFilterRole(PermissionTreeModel::PermissionRole);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setFilterKeyColumn(PermissionTreeModel::NameColumn);
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::CheckStateRole || !isFilteredParent(index))
            return QSortFilterProxyModel::data(index, role);
        QStringList checked;
        QStringList all;
        visibleActions(index, &all, &checked);
        if (checked.isEmpty())
            return Qt::Unchecked;
        return checked.size() == all.size() ? Qt::Checked : Qt::PartiallyChecked;
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (role != Qt::CheckStateRole || !isFilteredParent(index))
            return QSortFilterProxyModel::setData(index, value, role);
        const auto state = Qt::CheckState(value.toInt());
        if (state != Qt::Checked && state != Qt::Unchecked)
            return false;
        QStringList all;
        visibleActions(index, &all, nullptr);
        m_source->setPermissionsChecked(all, state == Qt::Checked);
        return true;
    }

private:
    bool isFilteredParent(const QModelIndex& index) const
    {
        return index.column() == PermissionTreeModel::NameColumn
            && !filterRegularExpression().pattern().isEmpty()
            && PermissionTreeModel::Kind(index.data(PermissionTreeModel::KindRole).toInt())
            != PermissionTreeModel::Kind::Action;
    }
    void visibleActions(const QModelIndex& parent, QStringList* all, QStringList* checked) const
    {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, PermissionTreeModel::NameColumn, parent);
            const QString permission = child.data(PermissionTreeModel::PermissionRole).toString();
            if (permission.isEmpty()) {
                visibleActions(child, all, checked);
                continue;
            }
            all->append(permission);
            if (checked && QSortFilterProxyModel::data(child, Qt::CheckStateRole).toInt() == Qt::Checked)
                checked->append(permission);
        }
    }

    PermissionTreeModel* m_source;
};

} // namespace

PermissionEditor::PermissionEditor(QWidget* parent)
    : PermissionEditor(PermissionCatalog::builtIn(), parent)
{ }

PermissionEditor::PermissionEditor(const PermissionCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PermissionEditor>())
    , m_model(new PermissionTreeModel(catalog, this))
    , m_proxy(new PermissionFilterProxyModel(m_model, this))
{
    m_ui->setupUi(this);

    QTreeView* tree = m_ui->permissionTree;
    tree->setModel(m_proxy);
    tree->setItemDelegate(new PermissionItemDelegate(tree));
    tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                          | QAbstractItemView::EditKeyPressed);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(PermissionTreeModel::NameColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(PermissionTreeModel::LevelColumn, QHeaderView::ResizeToContents);
    // One click on a resource's level opens its combo box, as on Stripe's restricted-key matrix.
    connect(tree, &QTreeView::clicked, this, [tree](const QModelIndex& index) {
        if (index.column() == PermissionTreeModel::LevelColumn && (index.flags() & Qt::ItemIsEditable))
            tree->edit(index);
    });
    tree->installEventFilter(this);

    m_ui->policyJsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->permissionTabs->setCurrentWidget(m_ui->permissionsTab);
        m_ui->permissionFilterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->permissionFilterEdit->selectAll();
    });

    connect(m_ui->permissionFilterEdit, &QLineEdit::textChanged, this, &PermissionEditor::applyFilter);
    connect(m_model, &PermissionTreeModel::policyChanged, this, &PermissionEditor::onModelChanged);
    connect(m_ui->policyJsonEdit, &QPlainTextEdit::textChanged, this, &PermissionEditor::readJson);
    connect(m_ui->customPermissionEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->addCustomPermissionButton->setEnabled(!text.trimmed().isEmpty());
        showCustomProblem(QString());
    });
    connect(m_ui->customPermissionEdit, &QLineEdit::returnPressed, this,
            &PermissionEditor::addCustomPermission);
    connect(m_ui->addCustomPermissionButton, &QPushButton::clicked, this,
            &PermissionEditor::addCustomPermission);
    // Leaving the JSON tab shows what will really be sent (order and repeats normalised), unless the text
    // cannot be applied: then it stays for the user to fix.
    connect(m_ui->permissionTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_jsonProblem.isEmpty() && m_ui->permissionTabs->currentWidget() != m_ui->jsonTab)
            writeJson();
    });

    writeJson();
    updateColours();
}

PermissionEditor::~PermissionEditor() = default;

void PermissionEditor::setPolicy(const Policy& policy)
{
    m_syncing = true;
    m_model->setPolicy(policy);
    m_syncing = false;
    m_jsonProblem.clear();
    m_ui->policyJsonProblemLabel->hide();
    writeJson();
    updateCount();
    if (m_ui->permissionFilterEdit->text().trimmed().isEmpty())
        expandChecked();
    Q_EMIT changed();
}

Policy PermissionEditor::policy() const
{
    return m_model->policy();
}

QStringList PermissionEditor::problems() const
{
    QStringList out;
    if (!m_jsonProblem.isEmpty())
        out << tr("The JSON cannot be used: %1").arg(m_jsonProblem);
    out += policy().problems();
    return out;
}

bool PermissionEditor::eventFilter(QObject* watched, QEvent* event)
{
    // F2 on a resource edits its level, wherever the current column is (keyboard users cannot count on
    // the arrow keys reaching the Level column: that depends on the style).
    if (watched == m_ui->permissionTree && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_F2) {
        const QModelIndex level
            = m_ui->permissionTree->currentIndex().siblingAtColumn(PermissionTreeModel::LevelColumn);
        if (level.isValid() && (level.flags() & Qt::ItemIsEditable)) {
            m_ui->permissionTree->setCurrentIndex(level);
            m_ui->permissionTree->edit(level);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PermissionEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
}

void PermissionEditor::updateColours()
{
    for (QLabel* label : { m_ui->customPermissionProblemLabel, m_ui->policyJsonProblemLabel }) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText,
                         ThemeColors::accent(ThemeColors::Accent::Error, this->palette()));
        label->setPalette(palette);
    }
    updateCount();
}

void PermissionEditor::onModelChanged()
{
    updateCount();
    if (!m_syncing) {
        // The tree wins over a JSON text that could not be applied.
        m_jsonProblem.clear();
        m_ui->policyJsonProblemLabel->hide();
        writeJson();
    }
    Q_EMIT changed();
}

void PermissionEditor::updateCount()
{
    const int count = m_model->checkedCount();
    QLabel* label = m_ui->permissionCountLabel;
    if (count > Policy::maxPermissions) {
        label->setText(
            tr("%1 of %2 permissions: too many for one key").arg(count).arg(Policy::maxPermissions));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText,
                         ThemeColors::accent(ThemeColors::Accent::Error, this->palette()));
        label->setPalette(palette);
    } else {
        label->setText(tr("%1 of %2 permissions").arg(count).arg(Policy::maxPermissions));
        label->setPalette(QPalette()); // back to the inherited colours
    }
}

void PermissionEditor::writeJson()
{
    const QByteArray json
        = QJsonDocument(m_model->policy().toJsonValue().toObject()).toJson(QJsonDocument::Indented);
    const QString text = QString::fromUtf8(json).trimmed();
    if (m_ui->policyJsonEdit->toPlainText() == text)
        return;
    m_syncing = true;
    m_ui->policyJsonEdit->setPlainText(text);
    m_syncing = false;
}

void PermissionEditor::readJson()
{
    if (m_syncing)
        return;
    const QString before = m_jsonProblem;
    QString error;
    const std::optional<Policy> parsed
        = Policy::fromJson(m_ui->policyJsonEdit->toPlainText().toUtf8(), &error);
    if (parsed) {
        for (const QString& permission : parsed->allow()) {
            if (!Policy::isWellFormedPermission(permission)) {
                error = Policy::shapeProblem(permission);
                break;
            }
        }
    }
    m_jsonProblem = error;
    m_ui->policyJsonProblemLabel->setText(error);
    m_ui->policyJsonProblemLabel->setVisible(!error.isEmpty());
    if (error.isEmpty()) {
        m_syncing = true;
        m_model->setPolicy(*parsed);
        m_syncing = false;
    }
    if (m_jsonProblem != before)
        Q_EMIT changed();
}

void PermissionEditor::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    m_proxy->setFilterFixedString(needle);
    if (needle.isEmpty())
        expandChecked();
    else
        m_ui->permissionTree->expandAll();
}

void PermissionEditor::addCustomPermission()
{
    const QString permission = m_ui->customPermissionEdit->text().trimmed();
    if (permission.isEmpty())
        return;
    QString error;
    if (!m_model->addCustomPermission(permission, &error)) {
        showCustomProblem(error);
        return;
    }
    m_ui->customPermissionEdit->clear();
    const QModelIndex added = m_proxy->mapFromSource(m_model->indexFromPermission(permission));
    if (added.isValid()) {
        m_ui->permissionTree->scrollTo(added);
        m_ui->permissionTree->setCurrentIndex(added);
    }
}

void PermissionEditor::showCustomProblem(const QString& problem)
{
    m_ui->customPermissionProblemLabel->setText(problem);
    m_ui->customPermissionProblemLabel->setVisible(!problem.isEmpty());
}

void PermissionEditor::expandChecked()
{
    QTreeView* tree = m_ui->permissionTree;
    tree->collapseAll();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex product = m_proxy->index(row, PermissionTreeModel::NameColumn);
        tree->setExpanded(product, product.data(Qt::CheckStateRole).toInt() != Qt::Unchecked);
    }
}
