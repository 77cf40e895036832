#include "AboutDialog.h"

#include "base/Version.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSqlDatabase>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kassa::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kassa.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("aboutSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QVBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(header, 1);

    m_licenses = new QTextBrowser(this);
    m_licenses->setObjectName(QStringLiteral("licensesBrowser"));
    m_licenses->setOpenExternalLinks(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licenses, 1);
    layout->addWidget(buttons);
    resize(560, 480);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Kassa"));
    m_title->setText(tr("Kassa %1").arg(QLatin1String(kVersion)));
    m_summary->setText(
        tr("A wallet-and-payment console for merchants who take USDT on Tron and Ethereum-family chains, "
           "straight into their own addresses."));

    struct Component {
        QString name;
        QString version;
        QString license;
    };
    const QList<Component> components = {
        {QStringLiteral("Qt"), QLatin1String(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("SQLite"), tr("via Qt SQL"), tr("public domain")},
        {QStringLiteral("PostgreSQL libpq"), tr("via Qt SQL"), QStringLiteral("PostgreSQL License")},
    };
    QString html = QStringLiteral("<p>") + tr("Kassa is free software under the MIT License.").toHtmlEscaped()
        + QStringLiteral("</p><p><b>") + tr("Built with").toHtmlEscaped()
        + QStringLiteral("</b></p><table cellspacing='0' cellpadding='4'><tr><th align='left'>")
        + tr("Component").toHtmlEscaped() + QStringLiteral("</th><th align='left'>") + tr("Version").toHtmlEscaped()
        + QStringLiteral("</th><th align='left'>") + tr("License").toHtmlEscaped() + QStringLiteral("</th></tr>");
    for (const Component &c : components) {
        html += QStringLiteral("<tr><td>") + c.name.toHtmlEscaped() + QStringLiteral("</td><td>")
            + c.version.toHtmlEscaped() + QStringLiteral("</td><td>") + c.license.toHtmlEscaped()
            + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table><p>")
        + tr("The full license texts are installed with Kassa in /usr/share/doc/kassa.").toHtmlEscaped()
        + QStringLiteral("</p>");
    m_licenses->setHtml(html);
}

} // namespace kassa::ui
