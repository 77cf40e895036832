#include "pages/AuditLogPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "audit/AuditActions.h"
#include "engine/AuditService.h"
#include "models/AuditLogModel.h"
#include "pages/EmptyStatePage.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

enum Period { AllTime, Today, Last7Days, Last30Days };

} // namespace

AuditLogPage::AuditLogPage(engine::AuditService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    m_model = new AuditLogModel(service, this);

    auto *empty = new EmptyStatePage(QStringLiteral(":/icons/empty-audit.svg"), [] {
        return EmptyStateText {tr("The audit log is empty"),
            tr("Every security-relevant action — sign-ins, approvals, payouts, exports and changes to settings — is "
               "recorded here in a log that cannot be quietly edited."),
            tr("Entries appear as you and your colleagues use Kassa.")};
    });

    m_groupFilter = new QComboBox;
    m_groupFilter->setObjectName(QStringLiteral("auditGroupFilter"));
    m_periodFilter = new QComboBox;
    m_periodFilter->setObjectName(QStringLiteral("auditPeriodFilter"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setClearButtonEnabled(true);
    m_verifyButton = new QPushButton;
    m_verifyButton->setObjectName(QStringLiteral("auditVerifyButton"));
    m_exportButton = new QPushButton;
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_groupFilter);
    filters->addWidget(m_periodFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_verifyButton);
    filters->addWidget(m_exportButton);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditLogModel::DetailsColumn, QHeaderView::Stretch);

    m_detailsTitle = new QLabel;
    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *detailsBox = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_details);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *logPane = new QWidget;
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->addLayout(filters);
    logLayout->addWidget(m_status);
    logLayout->addWidget(splitter, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(logPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &AuditLogPage::applyFilter);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogPage::showSelected);
    connect(m_model, &AuditLogModel::loaded, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_status->setText(error);
        else if (m_model->rowCount() == 0)
            m_status->setText(tr("No entries match these filters."));
        else
            m_status->clear();
    });
    connect(m_service, &engine::AuditService::ready, this, [this] {
        applyFilter();
        pollHead();
    });
    connect(&m_headTimer, &QTimer::timeout, this, &AuditLogPage::pollHead);
    m_headTimer.setInterval(3000);

    retranslate();
    applyFilter();
    pollHead();
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    m_headTimer.start();
    pollHead();
    QWidget::showEvent(event);
}

void AuditLogPage::hideEvent(QHideEvent *event)
{
    m_headTimer.stop();
    QWidget::hideEvent(event);
}

void AuditLogPage::retranslate()
{
    const QSignalBlocker groupBlock(m_groupFilter);
    const QSignalBlocker periodBlock(m_periodFilter);
    const QString group = m_groupFilter->currentData().toString();
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All actions"), QString());
    for (const QString &prefix : audit::AuditActions::groups())
        m_groupFilter->addItem(audit::AuditActions::groupLabel(prefix), prefix);
    m_groupFilter->setCurrentIndex(qMax(0, m_groupFilter->findData(group)));

    const int period = qMax(0, m_periodFilter->currentIndex());
    m_periodFilter->clear();
    m_periodFilter->addItem(tr("All time"), AllTime);
    m_periodFilter->addItem(tr("Today"), Today);
    m_periodFilter->addItem(tr("Last 7 days"), Last7Days);
    m_periodFilter->addItem(tr("Last 30 days"), Last30Days);
    m_periodFilter->setCurrentIndex(period);

    m_search->setPlaceholderText(tr("Search names, subjects and details"));
    m_verifyButton->setText(tr("Check integrity"));
    m_verifyButton->setToolTip(
        tr("Recompute the chain of hashes that links every entry to the one before it and report the first entry "
           "that was changed, removed or inserted."));
    m_exportButton->setText(tr("Export CSV…"));
    m_detailsTitle->setText(tr("Selected entry"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, AuditLogModel::ColumnCount - 1);
    showSelected();
}

void AuditLogPage::applyFilter()
{
    audit::AuditFilter filter;
    filter.actionPrefix = m_groupFilter->currentData().toString();
    filter.text = m_search->text().trimmed();
    const QDateTime now = QDateTime::currentDateTime();
    switch (m_periodFilter->currentData().toInt()) {
    case Today: filter.fromMs = QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch(); break;
    case Last7Days: filter.fromMs = now.addDays(-7).toMSecsSinceEpoch(); break;
    case Last30Days: filter.fromMs = now.addDays(-30).toMSecsSinceEpoch(); break;
    default: break;
    }
    m_model->setFilter(filter);
    showSelected();
}

void AuditLogPage::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->setPlainText(tr("Select an entry to see everything it recorded."));
        return;
    }
    const audit::AuditEntry &e = m_model->entry(current.row());
    const QJsonDocument details = QJsonDocument::fromJson(e.details.toUtf8());
    QStringList lines;
    lines << tr("Entry %1, %2 (UTC)").arg(e.seq).arg(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs));
    lines << tr("By: %1 (%2)").arg(AuditLogModel::actorText(e.actor), e.actor.id);
    lines << tr("Action: %1 (%2)").arg(audit::AuditActions::label(e.action), e.action);
    lines << tr("Concerning: %1 %2").arg(audit::AuditActions::subjectLabel(e.subjectKind), e.subjectId);
    lines << tr("Details:") << QString::fromUtf8(details.toJson(QJsonDocument::Indented)).trimmed();
    lines << tr("Hash: %1").arg(e.hash) << tr("Previous hash: %1").arg(e.prevHash);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void AuditLogPage::pollHead()
{
    m_service->head(this, [this](Result<qint64> head) {
        if (!head.ok())
            return;
        const bool first = m_knownHead < 0;
        const bool grew = !first && head.value() > m_knownHead;
        m_knownHead = head.value();
        updateVisibility();
        if (grew)
            m_model->refreshNewest();
    });
}

void AuditLogPage::updateVisibility()
{
    m_stack->setCurrentIndex(m_knownHead > 0 ? 1 : 0);
}

void AuditLogPage::verifyChain()
{
    m_verifyButton->setEnabled(false);
    m_status->setText(tr("Checking every entry of the audit log…"));
    m_service->verify(this, [this](Result<audit::VerifyReport> report) {
        m_verifyButton->setEnabled(true);
        if (!report.ok()) {
            m_status->clear();
            MessageBox::critical(this, tr("Audit log check"), report.error().userMessage, report.error().hint);
            return;
        }
        if (report->ok) {
            m_status->setText(tr("The audit log is intact: all %n entries link up.", nullptr, int(report->entries)));
            MessageBox::information(this, tr("Audit log check"),
                tr("The audit log is intact: all %n entries link up.", nullptr, int(report->entries)));
        } else {
            m_status->setText(report->problemDisplay);
            MessageBox::critical(this, tr("Audit log check"),
                tr("The audit log was tampered with. %1").arg(report->problemDisplay),
                tr("Keep this computer and the database as they are and tell the owner of the business. Restore the "
                   "database from a backup to compare."));
        }
    });
}

void AuditLogPage::exportCsv()
{
    const QString suggested = QStringLiteral("kassa-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        FileDialog::saveFileName(this, tr("Export the audit log"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    audit::AuditFilter filter = m_model->filter();
    filter.limit = 100000000;
    m_exportButton->setEnabled(false);
    m_service->exportCsv(filter, path, this, [this, path](Result<qint64> written) {
        m_exportButton->setEnabled(true);
        if (!written.ok()) {
            MessageBox::critical(this, tr("Export the audit log"), written.error().userMessage, written.error().hint);
            return;
        }
        m_status->setText(tr("%n entries written to %1.", nullptr, int(written.value())).arg(path));
        pollHead(); // the export is itself an entry
    });
}

} // namespace kassa::ui
