#include "FindingsModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace {

bool sameFinding(const Finding& a, const Finding& b)
{
    return a.severity == b.severity && a.code == b.code && a.message == b.message;
}

} // namespace

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void FindingsModel::setFindings(const QList<Finding>& findings)
{
    if (findings.size() != m_findings.size()) {
        beginResetModel();
        m_findings = findings;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (sameFinding(findings[i], m_findings[i]))
            continue;
        m_findings[i] = findings[i];
        emit dataChanged(index(int(i)), index(int(i)));
    }
}

QStringList FindingsModel::codes() const
{
    QStringList out;
    for (const Finding& f : m_findings)
        out << f.code;
    return out;
}

QString FindingsModel::keyFromIndex(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QString();
    return m_findings[index.row()].code;
}

QModelIndex FindingsModel::indexFromKey(const QString& code) const
{
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].code == code)
            return index(int(i));
    }
    return QModelIndex();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Finding& f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return f.message;
    case Qt::DecorationRole: {
        QStyle* style = QApplication::style();
        if (f.code == u"signature-verified")
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        switch (f.severity) {
        case Finding::Severity::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Finding::Severity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case Finding::Severity::Info:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return QVariant();
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2)\n%3")
            .arg(Finding::severityLabel(f.severity), f.code, FindingCatalog::summary(f.code));
    case Qt::AccessibleTextRole:
        return Finding::severityLabel(f.severity) + QStringLiteral(": ") + f.message;
    case CodeRole:
        return f.code;
    case SeverityRole:
        return int(f.severity);
    default:
        return QVariant();
    }
}
