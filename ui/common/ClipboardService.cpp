#include "ClipboardService.h"

#include "core/SecretBytes.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QMenu>
#include <QMimeData>

ClipboardService::ClipboardService(QObject* parent)
    : QObject(parent)
    , m_clipboard(QGuiApplication::clipboard())
{
    setObjectName(QStringLiteral("clipboardService"));
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setInterval(m_clearTimeoutMs);
    m_tickTimer.setInterval(1000);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardService::clearIfOurs);
    connect(&m_tickTimer, &QTimer::timeout, this, &ClipboardService::announce);
    connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardService::onClipboardChanged);
    // Quitting must not leave a secret behind for a clipboard manager to pick up.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                &ClipboardService::clearIfOurs);
}

ClipboardService::~ClipboardService()
{
    clearIfOurs();
}

void ClipboardService::setClearTimeout(int milliseconds)
{
    m_clearTimeoutMs = qMax(1, milliseconds);
    m_clearTimer.setInterval(m_clearTimeoutMs);
}

void ClipboardService::setCountdownInterval(int milliseconds)
{
    m_tickTimer.setInterval(qMax(1, milliseconds));
}

void ClipboardService::markSecret(QMimeData* mime)
{
    // KDE Klipper and other Linux clipboard managers skip entries marked as secret.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS: the NSPasteboard convention for concealed content.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret"));
    // Windows: keep it out of clipboard history and cloud sync (a DWORD 0) and away from monitors.
    const QByteArray dwordZero(4, '\0');
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dwordZero);
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dwordZero);
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
}

void ClipboardService::routeCopyActions(QMenu* menu, QObject* context,
                                        const std::function<void(bool cut)>& copy)
{
    if (!menu)
        return;
    // Qt names these actions "edit-copy"/"edit-cut" only from 6.5 on (QLineEdit); before that, know
    // them by their text, translated in the context Qt uses (before the tab and shortcut).
    auto isAction = [](const QAction* action, const char* name, const char* text) {
        if (action->objectName() == QLatin1String(name))
            return true;
        const QString shown = action->text().section(u'\t', 0, 0);
        return !shown.isEmpty()
            && (shown == QCoreApplication::translate("QLineEdit", text)
                || shown == QCoreApplication::translate("QWidgetTextControl", text));
    };
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        const bool cut = isAction(action, "edit-cut", "Cu&t");
        if (!cut && !isAction(action, "edit-copy", "&Copy"))
            continue;
        const QString name = cut ? QStringLiteral("edit-cut") : QStringLiteral("edit-copy");
        auto* replacement = new QAction(action->icon(), action->text(), menu);
        replacement->setObjectName(name);
        replacement->setEnabled(action->isEnabled());
        connect(replacement, &QAction::triggered, context, [copy, cut] { copy(cut); });
        menu->insertAction(action, replacement);
        menu->removeAction(action);
        delete action; // its own connection copies straight to the clipboard
    }
}

void ClipboardService::copySecret(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    markSecret(mime);

    m_settingClipboard = true;
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_settingClipboard = false;

    m_fingerprint = fingerprint(text);
    m_deadline = QDeadlineTimer(m_clearTimeoutMs);
    m_lastAnnounced = -1;
    m_clearTimer.start();
    m_tickTimer.start();
    announce();
}

void ClipboardService::copyText(const QString& text)
{
    m_settingClipboard = true;
    m_clipboard->setText(text, QClipboard::Clipboard);
    m_settingClipboard = false;
    // Our pending secret was just replaced by something else: nothing left to clear.
    stopCountdown();
    m_fingerprint.clear();
    emit statusMessage(tr("Copied to the clipboard"));
}

bool ClipboardService::holdsOurValue() const
{
    if (m_fingerprint.isEmpty())
        return false;
    const QMimeData* current = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!current || !current->hasText())
        return false;
    return fingerprint(current->text()) == m_fingerprint;
}

int ClipboardService::secondsRemaining() const
{
    if (!m_clearTimer.isActive())
        return 0;
    const qint64 ms = m_deadline.remainingTime();
    return int((qMax<qint64>(ms, 0) + 999) / 1000);
}

void ClipboardService::clearIfOurs()
{
    const bool ours = holdsOurValue();
    stopCountdown();
    m_fingerprint.clear();
    if (!ours)
        return;
    m_settingClipboard = true;
    m_clipboard->clear(QClipboard::Clipboard);
    m_settingClipboard = false;
    emit statusMessage(tr("Clipboard cleared"));
    emit cleared();
}

void ClipboardService::onClipboardChanged()
{
    if (m_settingClipboard || m_fingerprint.isEmpty())
        return;
    if (!holdsOurValue()) {
        // Someone copied something else: it is theirs now, so the countdown has nothing to clear.
        stopCountdown();
        m_fingerprint.clear();
        emit statusMessage(QString());
    }
}

void ClipboardService::announce()
{
    const int seconds = secondsRemaining();
    if (!m_clearTimer.isActive() || seconds == m_lastAnnounced)
        return;
    m_lastAnnounced = seconds;
    emit countdownChanged(seconds);
    emit statusMessage(tr("Clipboard clears in %1 s").arg(seconds));
}

void ClipboardService::stopCountdown()
{
    const bool wasRunning = m_clearTimer.isActive();
    m_clearTimer.stop();
    m_tickTimer.stop();
    m_lastAnnounced = -1;
    if (wasRunning)
        emit countdownChanged(0);
}

QByteArray ClipboardService::fingerprint(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    wipeBytes(utf8);
    return hash;
}
