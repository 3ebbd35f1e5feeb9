#pragma once

#include "token/Finding.h"

#include <QAbstractListModel>

// The inspector's findings: a severity icon and a sentence per row; the stable code in a role and in
// the tooltip. setFindings() leaves the model alone when nothing changed.
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // "expired", "signature-invalid"…
        SeverityRole, // Finding::Severity as int
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(const QList<Finding>& findings);
    const QList<Finding>& findings() const { return m_findings; }
    QStringList codes() const;

    QString keyFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromKey(const QString& code) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};
