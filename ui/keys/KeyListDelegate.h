#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints the key list's cells from a cache of laid-out text (QStaticText), so that a repaint of the
// visible rows after a search keystroke draws glyphs instead of shaping every cell's text again; the
// list stays within a frame with 10,000 keys. Looks like QStyledItemDelegate: the style draws the
// selection panel and focus frame, text is elided to the cell as the view asks. Editing is the base
// class's.
class KeyListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit KeyListDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    struct Entry
    {
        QStaticText text;
    };
    // Keyed by width and text (cleared when the font changes): the same text in another column width is
    // laid out again.
    mutable QCache<QString, Entry> m_cache;
    mutable QFont m_font;
};
