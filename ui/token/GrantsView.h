#pragma once

#include "core/OrderedJson.h"

#include <QTreeWidget>

// The grants of a token, one section per grant (Voice, Video, Chat…) with each field, its value and,
// for SIDs, what the two-letter prefix names, flagging a prefix that does not fit the field.
// Rebuilt only when the grants object changes.
class GrantsView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, MeaningColumn, ColumnCount };

    explicit GrantsView(QWidget* parent = nullptr);

    // nullptr clears the view.
    void setGrants(const OrderedJson* grants);
    QTreeWidgetItem* sectionForKey(const QString& grantKey) const;

private:
    void addFields(QTreeWidgetItem* parent, const QString& grantKey, const QString& path,
                   const OrderedJson& value);

    QByteArray m_shown; // compact JSON of what is shown
    bool m_hasShown = false;
};
