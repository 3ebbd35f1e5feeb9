#pragma once

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTest>
#include <QWidget>

// Shows `widget` at `size`, lets its item views lay out (they do it on a timer after a resize), grabs it and
// writes dir/name as PNG. The file must be larger than minBytes (an empty grab is small); with exactSize the
// picture must be exactly `size` in device-independent pixels. For the screenshot tests.
inline void saveScreenshot(QWidget* widget, const QDir& dir, const QString& name, QSize size,
                           qint64 minBytes = 5000, bool exactSize = false)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QCoreApplication::processEvents();
    for (QAbstractItemView* view : widget->findChildren<QAbstractItemView*>())
        view->doItemsLayout();
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    if (exactSize)
        QCOMPARE(pixmap.size() / pixmap.devicePixelRatio(), size);
    const QString file = dir.filePath(name);
    QVERIFY2(pixmap.save(file), qPrintable(file));
    QVERIFY(QFileInfo(file).size() > minBytes);
    qInfo("wrote %s", qPrintable(file));
}
