#pragma once

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QStringList>
#include <QWidget>

// Widget lookup for the common-widget tests: by object name, and a check that every control carries the
// names tests and screen readers rely on.
namespace WidgetLookup {

// The child called `name` (nullptr when there is none; wrap in QVERIFY).
template<typename T> T* child(const QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// One line per control below `root` that lacks an objectName, lacks an accessibleName, or has a '&'
// mnemonic marker in it. Empty when all is well (compare with QStringList() for a readable failure).
inline QStringList controlsMissingNames(const QWidget* root)
{
    QStringList problems;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        const bool control = qobject_cast<const QAbstractButton*>(widget)
            || qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QProgressBar*>(widget)
            || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSlider*>(widget);
        // Widgets Qt builds inside others (a line edit's action buttons, a combo box's line edit) are Qt's.
        const QWidget* parent = widget->parentWidget();
        if (!control || widget->objectName().startsWith(u"qt_") || qobject_cast<const QLineEdit*>(parent)
            || qobject_cast<const QComboBox*>(parent))
            continue;
        const QString what
            = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        if (widget->objectName().isEmpty())
            problems << what + QStringLiteral(": no objectName");
        if (widget->accessibleName().isEmpty())
            problems << what + QStringLiteral(": no accessibleName");
        if (widget->accessibleName().contains(u'&'))
            problems << what + QStringLiteral(": '&' in accessibleName ") + widget->accessibleName();
    }
    return problems;
}

} // namespace WidgetLookup
