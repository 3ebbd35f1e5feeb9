#include "MainWindow.h"

#include "common/ClipboardService.h"
#include "common/InlineMessage.h"
#include "shell/AboutDialog.h"
#include "shell/PlaceholderPage.h"
#include "token/TokenBuilderPage.h"
#include "token/TokenInspectorPage.h"
#include "token/WebhooksPage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("KeyDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/keydesk.svg")));

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new InlineMessage(central);
    m_banner->setObjectName(QStringLiteral("windowBanner"));
    outer->addWidget(m_banner);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    outer->addLayout(layout, 1);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    QStyle* s = style();
    addPage(
        Page::Keys, s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Keys"),
        tr("Every API key of the account in one list: SID, name, type (Main, Standard, Restricted), created, "
           "updated and region, with instant search and sorting. Create Standard and Restricted keys, "
           "duplicate "
           "a Restricted key's policy, rename, edit permissions with a diff before saving, and delete with a "
           "confirmation that names the key."));
    addPage(Page::TokenBuilder, s->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Token Builder"),
            tr("Build an Access Token for a client SDK: signing key, identity, ttl, nbf, region and grants "
               "(Voice, "
               "Video, Chat/Conversations, Sync, TaskRouter, Playback), with the live token and its decoded "
               "view."));
    addPage(Page::TokenInspector, s->standardIcon(QStyle::SP_FileDialogContentsView), tr("Token Inspector"),
            tr("Paste any token to see its header, payload, claims with human times, grants and Twilio-aware "
               "findings, and check its signature. Nothing leaves this machine."));
    addPage(
        Page::AuthToken, s->standardIcon(QStyle::SP_BrowserReload), tr("Auth Token"),
        tr("Rotate the account's Auth Token: create the secondary token, show it once, promote it (the old "
           "primary stops working at once) or delete it."));
    addPage(Page::Webhooks, s->standardIcon(QStyle::SP_DialogApplyButton), tr("Webhooks"),
            tr("Compute and check X-Twilio-Signature for a URL with form parameters or a JSON body."));
    addPage(
        Page::Profiles, s->standardIcon(QStyle::SP_DirHomeIcon), tr("Profiles"),
        tr("Accounts and credentials: Auth Token, API key or OAuth client, region and edge. Secrets are kept "
           "only in the system keychain. Import twilio-cli profiles and environment variables."));

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        for (const auto& [page, menu] : std::as_const(m_pageMenus))
            menu->menuAction()->setVisible(static_cast<int>(page) == row);
        emit currentPageChanged(static_cast<Page>(row));
    });
    // Assistive technology (AT-SPI's Selection interface) selects an item without making it current;
    // selecting by any means shows the page.
    connect(m_sidebar, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem*> selected = m_sidebar->selectedItems();
        if (selected.size() == 1 && m_sidebar->row(selected.first()) != m_sidebar->currentRow())
            m_sidebar->setCurrentRow(m_sidebar->row(selected.first()));
    });
    m_sidebar->setCurrentRow(0);
    // Wide enough for the longest translated page title.
    m_sidebar->setFixedWidth(qMax(170, m_sidebar->sizeHintForColumn(0) + 24));

    createMenus();

    m_connectionLabel = new QLabel(tr("No profile"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->showMessage(tr("Ready"), 3000);

    installTokenPages();

    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    // Closing the window must not leave a copied secret behind.
    if (m_clipboard)
        m_clipboard->clearIfOurs();
}

void MainWindow::installTokenPages()
{
    m_clipboard = new ClipboardService(this);
    connect(m_clipboard, &ClipboardService::statusMessage, this, [this](const QString& text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else if (m_clipboard->isCountingDown())
            statusBar()->showMessage(text); // replaced by the next tick
        else
            statusBar()->showMessage(text, 3000);
    });
    auto showStatus = [this](const QString& text) {
        statusBar()->showMessage(text, 4000);
    };

    auto* inspector = new TokenInspectorPage(m_clipboard, Clock::system(), this);
    auto* builder = new TokenBuilderPage(m_clipboard, Clock::system(), this);
    auto* webhooks = new WebhooksPage(m_clipboard, this);
    connect(inspector, &TokenInspectorPage::statusMessage, this, showStatus);
    connect(builder, &TokenBuilderPage::statusMessage, this, showStatus);
    connect(webhooks, &WebhooksPage::statusMessage, this, showStatus);
    connect(builder, &TokenBuilderPage::openInInspectorRequested, this,
            [this, inspector](const QString& token) {
                inspector->setToken(token);
                showPage(Page::TokenInspector);
            });
    setPageWidget(Page::TokenBuilder, builder);
    setPageWidget(Page::TokenInspector, inspector);
    setPageWidget(Page::Webhooks, webhooks);
}

void MainWindow::addPage(Page page, const QIcon& icon, const QString& title, const QString& description)
{
    Q_ASSERT(m_stack->count() == static_cast<int>(page));
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(static_cast<int>(page) + 1));
    auto* placeholder = new PlaceholderPage(title, description, m_stack);
    placeholder->setObjectName(QStringLiteral("placeholderPage%1").arg(static_cast<int>(page)));
    m_stack->addWidget(placeholder);
}

void MainWindow::setPageWidget(Page page, QWidget* widget)
{
    const int index = static_cast<int>(page);
    QWidget* old = m_stack->widget(index);
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(old);
    old->deleteLater();
    if (m_sidebar->currentRow() == index)
        m_stack->setCurrentIndex(index);
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_stack->widget(static_cast<int>(page));
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_sidebar->currentRow());
}

void MainWindow::addPageMenu(Page page, QMenu* menu)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    m_pageMenus.append(qMakePair(page, menu));
    menu->menuAction()->setVisible(currentPage() == page);
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, 4000);
}

void MainWindow::setBanner(const QString& text)
{
    if (text.isEmpty())
        m_banner->hideMessage();
    else
        m_banner->showWarning(text);
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void MainWindow::setConnectionText(const QString& text)
{
    m_connectionLabel->setText(text);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction* action = goMenu->addAction(m_sidebar->item(i)->icon(), m_sidebar->item(i)->text());
        action->setObjectName(QStringLiteral("goToPage%1Action").arg(i));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentRow(i); });
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = helpMenu;
    QAction* about = helpMenu->addAction(tr("&About KeyDesk"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}
