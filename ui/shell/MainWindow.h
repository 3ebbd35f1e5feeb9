#pragma once

#include <QMainWindow>

class ClipboardService;
class InlineMessage;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

// The shell: a sidebar of pages, a stack, a status bar. Pages are added in order; Ctrl+1…9 switch.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Keys, TokenBuilder, TokenInspector, AuthToken, Webhooks, Profiles };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the page's placeholder with the real widget (ownership passes to the window).
    void setPageWidget(Page page, QWidget* widget);
    QWidget* pageWidget(Page page) const;
    void showPage(Page page);
    Page currentPage() const;

    // A menu that belongs to one page (the Keys menu): shown in the menu bar, before Help, only while
    // that page is current.
    void addPageMenu(Page page, QMenu* menu);
    // Shows a sentence in the status bar for a few seconds.
    void showStatusMessage(const QString& text);

    // A notice across the top of every page (no keychain, for instance); empty hides it. Plain text.
    void setBanner(const QString& text);
    QString bannerText() const;

    // The permanent status text on the right: which account/profile is in use.
    void setConnectionText(const QString& text);

    // The one clipboard service: secrets copied through it are cleared after a timeout and on quit.
    ClipboardService* clipboardService() const { return m_clipboard; }

signals:
    void currentPageChanged(MainWindow::Page page);

private:
    void addPage(Page page, const QIcon& icon, const QString& title, const QString& description);
    void createMenus();
    void installTokenPages();

    QListWidget* m_sidebar = nullptr;
    QMenu* m_helpMenu = nullptr;
    QList<QPair<Page, QMenu*>> m_pageMenus;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_connectionLabel = nullptr;
    InlineMessage* m_banner = nullptr;
    ClipboardService* m_clipboard = nullptr;
};
