// The application shell: pages in the sidebar, keyboard navigation, replaceable pages, status and About.
#include "shell/MainWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void sidebarListsEveryPage();
    void clickingSidebarSwitchesPage();
    void ctrlNumberSwitchesPage();
    void setPageWidgetReplacesPlaceholder();
    void connectionTextShowsInStatusBar();
    void aboutDialogOpensAndCloses();
    void selectingWithoutCurrentShowsPage();
    void pageMenuOnlyOnItsPage();
    void bannerAcrossThePages();
};

void TestMainWindow::sidebarListsEveryPage()
{
    MainWindow window;
    auto* list = window.findChild<QListWidget*>(QStringLiteral("pageList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 6);
    const QStringList expected
        = { QStringLiteral("Keys"),       QStringLiteral("Token Builder"), QStringLiteral("Token Inspector"),
            QStringLiteral("Auth Token"), QStringLiteral("Webhooks"),      QStringLiteral("Profiles") };
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(list->item(i)->text(), expected.at(i));
    QCOMPARE(window.currentPage(), MainWindow::Page::Keys);
}

void TestMainWindow::clickingSidebarSwitchesPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = window.findChild<QListWidget*>(QStringLiteral("pageList"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QSignalSpy spy(&window, &MainWindow::currentPageChanged);
    const QRect rect = list->visualItemRect(list->item(2));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentPage(), MainWindow::Page::TokenInspector);
    QCOMPARE(stack->currentIndex(), 2);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<MainWindow::Page>(), MainWindow::Page::TokenInspector);
}

void TestMainWindow::ctrlNumberSwitchesPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Webhooks);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::TokenBuilder);
}

void TestMainWindow::setPageWidgetReplacesPlaceholder()
{
    MainWindow window;
    auto* page = new QLabel(QStringLiteral("real page"));
    page->setObjectName(QStringLiteral("realAuthTokenPage"));
    window.setPageWidget(MainWindow::Page::AuthToken, page);
    QCOMPARE(window.pageWidget(MainWindow::Page::AuthToken), page);
    window.showPage(MainWindow::Page::AuthToken);
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QCOMPARE(stack->currentWidget(), page);
    QCOMPARE(stack->count(), 6);
    // The pages after it did not move.
    QVERIFY(window.pageWidget(MainWindow::Page::Webhooks) != page);
}

void TestMainWindow::connectionTextShowsInStatusBar()
{
    MainWindow window;
    window.setConnectionText(QStringLiteral("Sandbox account"));
    auto* label = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Sandbox account"));
}

void TestMainWindow::aboutDialogOpensAndCloses()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    bool sawDialog = false;
    // The dialog is modal; close it from the event loop once it is up.
    QTimer::singleShot(0, this, [&sawDialog] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == u"AboutDialog") {
            sawDialog = dialog->findChild<QLabel*>(QStringLiteral("versionLabel")) != nullptr;
            dialog->reject();
        }
    });
    about->trigger();
    QVERIFY(sawDialog);
}

void TestMainWindow::selectingWithoutCurrentShowsPage()
{
    // Assistive technology selects an item through the accessible table's selection (AT-SPI's
    // Selection.SelectChild), which does not make it current: the page must show all the same.
    MainWindow window;
    auto* list = window.findChild<QListWidget*>(QStringLiteral("pageList"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(list);
    QVERIFY(accessible && accessible->tableInterface());
    QVERIFY(accessible->tableInterface()->selectRow(int(MainWindow::Page::Webhooks)));
    QCOMPARE(window.currentPage(), MainWindow::Page::Webhooks);
    QCOMPARE(stack->currentIndex(), int(MainWindow::Page::Webhooks));
    // And through the selection model alone.
    list->selectionModel()->select(list->model()->index(int(MainWindow::Page::TokenInspector), 0),
                                   QItemSelectionModel::ClearAndSelect);
    QCOMPARE(window.currentPage(), MainWindow::Page::TokenInspector);
    QCOMPARE(stack->currentIndex(), int(MainWindow::Page::TokenInspector));
}

void TestMainWindow::pageMenuOnlyOnItsPage()
{
    MainWindow window;
    auto* menu = new QMenu(QStringLiteral("&Keys"), &window);
    window.addPageMenu(MainWindow::Page::Keys, menu);
    QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
    QVERIFY(menu->menuAction()->isVisible());
    window.showPage(MainWindow::Page::Webhooks);
    QVERIFY(!menu->menuAction()->isVisible());
    window.showPage(MainWindow::Page::Keys);
    QVERIFY(menu->menuAction()->isVisible());
    // Before Help, after the rest.
    const QList<QAction*> actions = window.menuBar()->actions();
    QCOMPARE(actions.indexOf(menu->menuAction()), actions.size() - 2);
}

void TestMainWindow::bannerAcrossThePages()
{
    MainWindow window;
    window.show();
    auto* banner = window.findChild<QWidget*>(QStringLiteral("windowBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    window.setBanner(QStringLiteral("No keychain is available: <b>secrets</b> are kept in memory."));
    QVERIFY(banner->isVisible());
    QCOMPARE(window.bannerText(),
             QStringLiteral("No keychain is available: <b>secrets</b> are kept in memory."));
    window.showPage(MainWindow::Page::Webhooks);
    QVERIFY(banner->isVisible()); // not tied to a page
    window.setBanner({});
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
