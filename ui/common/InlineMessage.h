#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QToolButton;

// The one inline message every page uses for errors, warnings, results and progress (instead of
// colouring a label by hand): an icon, a word-wrapped plain-text sentence on a palette-derived tint,
// optional action buttons ("Retry") and a close button. In progress mode it shows a busy or
// determinate bar and, if the work can be cancelled, a Cancel button.
//
// Text is always shown as plain text: messages often carry server sentences or key names. Starts
// hidden; the page that owns it sets its objectName.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit InlineMessage(QWidget* parent);
    ~InlineMessage() override;

    // Shows `text` (plain text) with the icon and tint of `kind`; ends progress mode and removes
    // any action buttons.
    void showMessage(Kind kind, const QString& text);
    void showInfo(const QString& text) { showMessage(Kind::Info, text); }
    void showSuccess(const QString& text) { showMessage(Kind::Success, text); }
    void showWarning(const QString& text) { showMessage(Kind::Warning, text); }
    void showError(const QString& text) { showMessage(Kind::Error, text); }

    // Shows `text` with a busy bar (see setProgress) and, if `cancellable`, a Cancel button that
    // emits cancelRequested(). No close button meanwhile; action buttons are removed.
    void showProgress(const QString& text, bool cancellable);
    // Makes the bar determinate (done of total); total <= 0 makes it a busy indicator again.
    void setProgress(qint64 done, qint64 total);

    // Shows one button per action after the text (the caller keeps the actions). Call after
    // showMessage(): the next showMessage() or showProgress() removes them.
    void setActions(const QList<QAction*>& actions);

    void hideMessage();

    Kind kind() const { return m_kind; }
    QString text() const;
    bool isShowingProgress() const { return m_showingProgress; }

signals:
    // The user pressed Cancel while progress was shown.
    void cancelRequested();
    // The user closed the message with its close button.
    void closed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showText(const QString& text);
    void clearActions();
    void updateIcon();
    QColor accentColour() const;

    QLabel* m_iconLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QHBoxLayout* m_actionLayout = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QList<QToolButton*> m_actionButtons;
    Kind m_kind = Kind::Info;
    bool m_showingProgress = false;
};
