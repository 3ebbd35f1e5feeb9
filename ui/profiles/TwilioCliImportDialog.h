#pragma once

#include <QDialog>
#include <QStringList>

class InlineMessage;
class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class TwilioCliConfig;

// Lists the profiles of a loaded twilio-cli config.json with check boxes (those that cannot be imported
// are shown disabled, with the reason), warns when the file is readable by group or others, and offers to
// strip the plain-text secrets afterwards (a 0600 backup first). The caller imports what is chosen.
class TwilioCliImportDialog : public QDialog
{
    Q_OBJECT

public:
    // config must be loaded and outlive the dialog. takenNames: stored profile names (those are unchecked
    // and say so, since the store would refuse them).
    TwilioCliImportDialog(const TwilioCliConfig& config, const QStringList& takenNames,
                          QWidget* parent = nullptr);
    ~TwilioCliImportDialog() override;

    // twilio-cli profile ids that are checked.
    QStringList selectedIds() const;
    bool stripSecretsRequested() const;
    InlineMessage* message() const { return m_message; }

public Q_SLOTS:
    void accept() override;

private:
    QListWidget* m_list = nullptr;
    QCheckBox* m_strip = nullptr;
    InlineMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
