#pragma once

#include <QWidget>

// A page that is not built yet: says what it will hold so the shell is honest about its state.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};
