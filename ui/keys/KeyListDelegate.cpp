#include "KeyListDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

KeyListDelegate::KeyListDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cache(4000)
{ }

void KeyListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Selection, hover and focus as the style draws them; a plain cell has nothing to draw.
    const QString text = opt.text;
    const bool plain
        = !(opt.state & (QStyle::State_Selected | QStyle::State_MouseOver | QStyle::State_HasFocus))
        && opt.backgroundBrush.style() == Qt::NoBrush;
    if (!plain) {
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }
    if (text.isEmpty())
        return;

    // The cells hold text only (no icon, no check box): the text rectangle is the cell less the style's
    // text margin, which is what SE_ItemViewItemText gives here without laying the text out.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect cell = opt.rect.adjusted(margin, 0, -margin, 0);
    if (cell.width() <= 0)
        return;

    if (opt.font != m_font) {
        m_cache.clear();
        m_font = opt.font;
    }
    const QString key = QString::number(cell.width()) + QChar(0x1f) + text;
    Entry* entry = m_cache.object(key);
    if (!entry) {
        entry = new Entry;
        const QFontMetrics metrics(opt.font);
        const QString shown = metrics.horizontalAdvance(text) > cell.width()
            ? metrics.elidedText(text, opt.textElideMode, cell.width())
            : text;
        entry->text.setText(shown);
        entry->text.setTextFormat(Qt::PlainText); // names come from the server
        entry->text.setPerformanceHint(QStaticText::AggressiveCaching);
        entry->text.prepare(QTransform(), opt.font);
        m_cache.insert(key, entry);
    }

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QColor pen = opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
    const QSizeF size = entry->text.size();
    qreal x = cell.left();
    if (opt.displayAlignment & Qt::AlignRight)
        x = cell.right() + 1 - size.width();
    else if (opt.displayAlignment & Qt::AlignHCenter)
        x = cell.left() + (cell.width() - size.width()) / 2;
    const qreal y = cell.top() + (cell.height() - size.height()) / 2;
    painter->setFont(opt.font);
    painter->setPen(pen);
    // Elided to the cell, so no clip is needed.
    painter->drawStaticText(QPointF(x, y), entry->text);
}
