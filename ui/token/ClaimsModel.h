#pragma once

#include "core/OrderedJson.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

// The claims of a token's payload in the order received: the value, what the claim means, and for
// time claims (iat, nbf, exp) the local and UTC time and how far that is from now.
//
// setPayload() and setNow() update rows in place (dataChanged) when the set of claims is the same, so
// re-inspecting on every keystroke or clock tick does not reset views.
class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClaimColumn,
        ValueColumn,
        RelativeColumn,
        LocalTimeColumn,
        UtcTimeColumn,
        MeaningColumn,
        ColumnCount
    };
    enum Role {
        ClaimNameRole = Qt::UserRole + 1, // the claim name
        JsonValueRole, // the value as compact JSON
        TimeRole, // seconds since 1970 for time claims, else invalid
    };

    explicit ClaimsModel(QObject* parent = nullptr);

    void setPayload(const OrderedJson& payload);
    void clear();
    void setNow(qint64 now);
    qint64 now() const { return m_now; }

    QString keyFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromKey(const QString& claim, int column = ClaimColumn) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString claimMeaning(const QString& claim);
    static bool isTimeClaim(const QString& claim);
    static QString utcText(qint64 secs);
    static QString localText(qint64 secs);
    QString relativeText(const QString& claim, qint64 when) const;

private:
    struct Row
    {
        QString name;
        QString display; // human text of the value
        QByteArray json; // compact JSON
        std::optional<qint64> time;
        friend bool operator==(const Row& a, const Row& b) { return a.name == b.name && a.json == b.json; }
    };
    static Row rowFor(const OrderedJson::Member& member);

    std::vector<Row> m_rows;
    qint64 m_now = 0;
};
