#pragma once

#include "api/ApiKey.h"

#include <QWidget>

class ClipboardService;
class KeyListModel;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QToolButton;

// Everything about the selected key: name, SID (copy), type, dates, region, flags (copy) and, for a
// Restricted key, its permissions grouped by product with the count out of 100. "Build a token with
// this key" hands the key to the Token Builder; Restricted keys are refused with the reason.
class KeyDetailPane : public QWidget
{
    Q_OBJECT

public:
    KeyDetailPane(ClipboardService* clipboard, QWidget* parent = nullptr);

    // The key to show (an empty SID shows the "select a key" hint). The model gives the type label.
    void setKey(const ApiKey& key, const KeyListModel* model);
    void setLoading(bool loading);
    void setLoadError(const QString& sentence);
    QString sid() const { return m_key.sid; }

Q_SIGNALS:
    void buildTokenRequested(const ApiKey& key);
    void statusMessage(const QString& text);

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& objectName,
                   QToolButton* copyButton = nullptr);

    ClipboardService* m_clipboard;
    ApiKey m_key;
    QLabel* m_placeholder = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_sid = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_region = nullptr;
    QLabel* m_flags = nullptr;
    QLabel* m_permissionCount = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_permissions = nullptr;
    QToolButton* m_copySid = nullptr;
    QToolButton* m_copyFlags = nullptr;
    QPushButton* m_buildToken = nullptr;
    QLabel* m_buildTokenNote = nullptr;
};
