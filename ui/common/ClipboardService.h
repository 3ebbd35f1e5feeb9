#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QClipboard;
class QMenu;
class QMimeData;

// The one way KeyDesk puts secrets (tokens, signatures, key secrets) on the clipboard.
//
// Copies carry password-manager hints so clipboard managers do not keep them, are cleared after a
// timeout (30 s by default) only if the clipboard still holds what we put there, and are cleared on
// quit. A countdown is announced for the status bar. Only a hash of the copied text is kept, so the
// service itself holds no secret.
class ClipboardService : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClearTimeoutMs = 30000;

    explicit ClipboardService(QObject* parent = nullptr);
    // Clears the clipboard if it still holds our value.
    ~ClipboardService() override;

    // How long a secret stays on the clipboard; tests use a short interval.
    void setClearTimeout(int milliseconds);
    int clearTimeout() const { return m_clearTimeoutMs; }
    // How often the countdown is announced (1 s by default).
    void setCountdownInterval(int milliseconds);

    // Copies a secret with password-manager hints and starts the countdown.
    void copySecret(const QString& text);
    // Copies non-secret text (a SID, a URL): no hints, no timeout.
    void copyText(const QString& text);

    // Adds the password-manager hints copySecret() uses (for mime data that leaves a secret field
    // some other way, e.g. a drag).
    static void markSecret(QMimeData* mime);
    // In a widget's standard context menu, replaces the "edit-copy" and "edit-cut" actions (same
    // text, icon and enabled state) with ones that call `copy(cut)`, so a secret field's menu copies
    // through copySecret() instead of straight to the clipboard.
    static void routeCopyActions(QMenu* menu, QObject* context, const std::function<void(bool cut)>& copy);

    // True while the clipboard holds the last secret we copied.
    bool holdsOurValue() const;
    // Whole seconds until the clipboard is cleared (0 when nothing is pending).
    int secondsRemaining() const;
    bool isCountingDown() const { return m_clearTimer.isActive(); }

public slots:
    // Clears the clipboard now if it still holds our secret; leaves anything else alone.
    void clearIfOurs();

signals:
    // Seconds until the clear; 0 when the countdown ended (cleared, or someone else copied).
    void countdownChanged(int secondsLeft);
    // A sentence for the status bar ("Clipboard clears in 23 s"); empty to remove it.
    void statusMessage(const QString& text);
    void cleared();

private:
    void onClipboardChanged();
    void announce();
    void stopCountdown();
    static QByteArray fingerprint(const QString& text);

    QClipboard* m_clipboard = nullptr;
    QTimer m_clearTimer;
    QTimer m_tickTimer;
    QDeadlineTimer m_deadline;
    QByteArray m_fingerprint; // SHA-256 of what we copied; empty when nothing of ours is pending
    int m_clearTimeoutMs = DefaultClearTimeoutMs;
    int m_lastAnnounced = -1;
    bool m_settingClipboard = false;
};
