#pragma once

#include <QPlainTextEdit>

class JsonSyntaxHighlighter;

// A read-only view of indented JSON with syntax colours. Hovering a registered claim name explains it;
// hovering the number of a time claim (iat, nbf, exp) shows the date in UTC and local time.
class JsonView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonView(QWidget* parent = nullptr);

    // Replaces the text only when it changed, so a keystroke elsewhere costs nothing here.
    void setJson(const QString& text);
    const QString& json() const { return m_json; }

    // The tooltip for the given line of JSON (public for tests).
    static QString toolTipForLine(const QString& line);

protected:
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    JsonSyntaxHighlighter* m_highlighter = nullptr;
    QString m_json;
};
