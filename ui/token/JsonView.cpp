#include "JsonView.h"

#include "token/ClaimsModel.h"
#include "token/JsonSyntaxHighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolTip>

JsonView::JsonView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    m_highlighter = new JsonSyntaxHighlighter(document());
    m_highlighter->setPalette(palette());
}

void JsonView::setJson(const QString& text)
{
    if (text == m_json)
        return;
    m_json = text;
    setPlainText(text);
}

QString JsonView::toolTipForLine(const QString& line)
{
    static const QRegularExpression member(QStringLiteral("^\\s*\"([^\"]+)\"\\s*:\\s*(-?\\d+)?"));
    const QRegularExpressionMatch m = member.match(line);
    if (!m.hasMatch())
        return QString();
    const QString name = m.captured(1);
    QString tip = ClaimsModel::claimMeaning(name);
    if (ClaimsModel::isTimeClaim(name) && m.hasCaptured(2)) {
        const qint64 secs = m.captured(2).toLongLong();
        tip += QStringLiteral("\n") + ClaimsModel::utcText(secs) + QStringLiteral("\n")
            + ClaimsModel::localText(secs);
    }
    return tip;
}

bool JsonView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipForLine(cursorForPosition(help->pos()).block().text());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void JsonView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}
