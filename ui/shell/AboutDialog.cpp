#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QCoreApplication>
#include <QSslSocket>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->versionLabel->setText(tr("Version %1").arg(QCoreApplication::applicationVersion()));
    m_ui->buildLabel->setText(tr("Built with Qt %1, running on Qt %2.")
                                  .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

AboutDialog::~AboutDialog() = default;
