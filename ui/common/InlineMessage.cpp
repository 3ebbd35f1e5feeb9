#include "InlineMessage.h"

#include "common/ThemeColors.h"

#include <QAccessible>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace {

// Resolution of a determinate bar: QProgressBar counts in int, the work in qint64.
constexpr int ProgressSteps = 1000;

// A colour `amount` (0…1) of the way from `from` to `to`.
QColor mix(const QColor& from, const QColor& to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

} // namespace

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame); // paintEvent draws the tinted box
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("inlineIconLabel"));
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("inlineTextLabel"));
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("inlineProgressBar"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_progressBar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_progressBar->setRange(0, 0);
    m_progressBar->hide();

    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("inlineCancelButton"));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &InlineMessage::cancelRequested);

    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("inlineCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                            style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hideMessage();
        emit closed();
    });

    m_actionLayout = new QHBoxLayout;
    m_actionLayout->setContentsMargins(0, 0, 0, 0);

    auto* layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this) / 2 + 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_progressBar);
    layout->addLayout(m_actionLayout);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    updateIcon();
    hide();
}

InlineMessage::~InlineMessage() = default;

void InlineMessage::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_showingProgress = false;
    m_progressBar->hide();
    m_cancelButton->hide();
    m_closeButton->show();
    m_iconLabel->show();
    clearActions();
    updateIcon();
    showText(text);
    // Screen readers announce errors and warnings without the user having to find them.
    if ((kind == Kind::Error || kind == Kind::Warning) && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void InlineMessage::showProgress(const QString& text, bool cancellable)
{
    m_kind = Kind::Info;
    m_showingProgress = true;
    clearActions();
    updateIcon();
    m_iconLabel->hide();
    m_closeButton->hide();
    m_cancelButton->setVisible(cancellable);
    setProgress(0, 0);
    m_progressBar->show();
    showText(text);
}

void InlineMessage::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progressBar->setRange(0, 0);
        m_progressBar->setTextVisible(false);
        return;
    }
    const qreal fraction = qBound<qreal>(0.0, qreal(done) / qreal(total), 1.0);
    m_progressBar->setRange(0, ProgressSteps);
    m_progressBar->setValue(qRound(fraction * ProgressSteps));
    m_progressBar->setTextVisible(true);
}

void InlineMessage::setActions(const QList<QAction*>& actions)
{
    clearActions();
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        const QString name = action->objectName();
        button->setObjectName(name.isEmpty() ? QStringLiteral("inlineActionButton")
                                             : name + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setDefaultAction(action);
        // iconText() is the action's text without '&' mnemonics; follow it when the text changes.
        button->setAccessibleName(action->iconText());
        connect(action, &QAction::changed, button,
                [button, action] { button->setAccessibleName(action->iconText()); });
        m_actionLayout->addWidget(button);
        button->show(); // a layout shows new children of a visible widget only later
        m_actionButtons.append(button);
    }
}

void InlineMessage::hideMessage()
{
    m_showingProgress = false;
    hide();
}

QString InlineMessage::text() const
{
    return m_textLabel->text();
}

void InlineMessage::showText(const QString& text)
{
    m_textLabel->setText(text);
    setAccessibleName(m_showingProgress             ? tr("Progress")
                          : m_kind == Kind::Error   ? tr("Error")
                          : m_kind == Kind::Warning ? tr("Warning")
                          : m_kind == Kind::Success ? tr("Success")
                                                    : tr("Information"));
    setAccessibleDescription(text);
    show();
    update();
}

void InlineMessage::clearActions()
{
    // A button's own action may have led here (Retry → showProgress): delete it once its click is over.
    for (QToolButton* button : std::as_const(m_actionButtons)) {
        button->hide();
        m_actionLayout->removeWidget(button);
        button->deleteLater();
    }
    m_actionButtons.clear();
}

QColor InlineMessage::accentColour() const
{
    switch (m_kind) {
    case Kind::Success:
        return ThemeColors::accent(ThemeColors::Accent::Success, palette());
    case Kind::Warning:
        return ThemeColors::accent(ThemeColors::Accent::Warning, palette());
    case Kind::Error:
        return ThemeColors::accent(ThemeColors::Accent::Error, palette());
    case Kind::Info:
        break;
    }
    return palette().color(QPalette::Highlight);
}

void InlineMessage::updateIcon()
{
    QIcon icon;
    switch (m_kind) {
    case Kind::Info:
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this);
        break;
    case Kind::Success:
        icon = QIcon::fromTheme(QStringLiteral("dialog-positive"),
                                style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this));
        break;
    case Kind::Warning:
        icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
        break;
    case Kind::Error:
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

void InlineMessage::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const QColor accent = accentColour();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accent, 1.0));
    // A faint wash of the accent keeps the label's normal text colour readable on light and dark themes.
    painter.setBrush(mix(palette().color(QPalette::Window), accent, 0.18));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0);
}

void InlineMessage::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}
