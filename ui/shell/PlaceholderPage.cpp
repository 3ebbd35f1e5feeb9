#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto* status = new QLabel(tr("Not built yet. This page will hold:"), this);
    status->setObjectName(QStringLiteral("pageStatus"));
    QFont italic = status->font();
    italic.setItalic(true);
    status->setFont(italic);
    auto* text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("pageDescription"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(status);
    layout->addWidget(text);
    layout->addStretch(1);
}
