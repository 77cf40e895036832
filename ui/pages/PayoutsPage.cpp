#include "pages/PayoutsPage.h"

#include "dialogs/NewPayoutDialog.h"
#include "dialogs/PayoutApprovalDialog.h"
#include "engine/PayoutsService.h"
#include "models/PayoutsModel.h"
#include "pages/AddressBookWidget.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

constexpr int AllQueues = -1;

} // namespace

PayoutsPage::PayoutsPage(engine::PayoutsService *service, operators::OperatorInfo signedIn, QWidget *parent)
    : QWidget(parent), m_service(service), m_operator(std::move(signedIn))
{
    m_model = new PayoutsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PayoutsModel::QueueRole);

    m_queue = new QComboBox;
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    m_newButton = new QPushButton;
    m_newButton->setObjectName(QStringLiteral("newPayoutButton"));
    m_reviewButton = new QPushButton;
    m_reviewButton->setObjectName(QStringLiteral("reviewPayoutButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_queue);
    bar->addStretch(1);
    bar->addWidget(m_reviewButton);
    bar->addWidget(m_newButton);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("payoutsStatus"));
    m_status->setWordWrap(true);
    // What keeps approved payouts from going out (no payout wallet, locked key store).
    m_senders = new QLabel;
    m_senders->setObjectName(QStringLiteral("payoutSenders"));
    m_senders->setWordWrap(true);
    m_senders->setTextFormat(Qt::PlainText);
    m_senders->hide();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("payoutsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PayoutsModel::DestinationColumn, QHeaderView::Stretch);

    auto *requests = new QWidget;
    auto *requestsLayout = new QVBoxLayout(requests);
    requestsLayout->addLayout(bar);
    requestsLayout->addWidget(m_senders);
    requestsLayout->addWidget(m_status);
    requestsLayout->addWidget(m_view, 1);
    m_book = new AddressBookWidget(m_service, m_operator);
    connect(m_book, &AddressBookWidget::dialogOpened, this, &PayoutsPage::dialogOpened);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("payoutsTabs"));
    m_tabs->addTab(requests, QString());
    m_tabs->addTab(m_book, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_queue, &QComboBox::currentIndexChanged, this, &PayoutsPage::applyQueue);
    connect(m_newButton, &QPushButton::clicked, this, &PayoutsPage::newRequest);
    connect(m_reviewButton, &QPushButton::clicked, this, &PayoutsPage::reviewSelected);
    connect(m_view, &QTableView::doubleClicked, this, &PayoutsPage::reviewSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PayoutsPage::updateButtons);
    connect(m_service, &engine::PayoutsService::changed, this, &PayoutsPage::refresh);
    connect(m_service, &engine::PayoutsService::sendersChanged, this, &PayoutsPage::showSenders);
    showSenders();

    retranslate();
    refresh();
}

void PayoutsPage::showSenders()
{
    const QStringList problems = m_service->senderProblems();
    m_senders->setText(problems.join(QLatin1Char('\n')));
    m_senders->setVisible(!problems.isEmpty());
}

void PayoutsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PayoutsPage::retranslate()
{
    const int current = m_queue->currentIndex();
    const QSignalBlocker block(m_queue);
    m_queue->clear();
    m_queue->addItem(tr("All payouts"), AllQueues);
    for (auto q : {engine::PayoutQueue::AwaitingMe, engine::PayoutQueue::AwaitingOthers, engine::PayoutQueue::Ready,
             engine::PayoutQueue::InFlight, engine::PayoutQueue::Done, engine::PayoutQueue::Failed})
        m_queue->addItem(PayoutsModel::queueLabel(q), int(q));
    m_queue->setCurrentIndex(current < 0 ? 1 : current); // awaiting my approval first
    m_tabs->setTabText(0, tr("Requests"));
    m_tabs->setTabText(1, tr("Address book"));
    m_newButton->setText(tr("New request…"));
    m_reviewButton->setText(tr("Review…"));
    applyQueue();
}

void PayoutsPage::applyQueue()
{
    const int queue = m_queue->currentData().toInt();
    m_proxy->setFilterFixedString(queue == AllQueues ? QString() : QString::number(queue));
    if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0)
        m_status->setText(tr("Nothing in this queue."));
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No payout requests yet. A clerk or an owner can request one with New request."));
    else
        m_status->clear();
    updateButtons();
}

void PayoutsPage::updateButtons()
{
    const bool mayRequest = m_operator.has(operators::Role::Clerk) || m_operator.has(operators::Role::Owner);
    m_newButton->setEnabled(mayRequest);
    m_reviewButton->setEnabled(m_view->selectionModel()->hasSelection());
}

void PayoutsPage::refresh()
{
    m_service->list(m_operator.id, this, [this](Result<QList<engine::PayoutRow>> rows) {
        if (!rows.ok()) {
            m_status->setText(rows.error().displayText());
            return;
        }
        m_model->setRows(*rows);
        applyQueue();
    });
}

void PayoutsPage::newRequest()
{
    auto *dialog = new NewPayoutDialog(m_service, m_operator.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void PayoutsPage::reviewSelected()
{
    m_reviewQueue.clear();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        m_reviewQueue << m_proxy->mapToSource(index).data(PayoutsModel::IdRole).toString();
    reviewNext();
}

void PayoutsPage::reviewNext()
{
    while (!m_reviewQueue.isEmpty()) {
        const QString id = m_reviewQueue.takeFirst();
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->row(i).request.id != id)
                continue;
            auto *dialog = new PayoutApprovalDialog(m_service, m_operator.login, m_model->row(i), QDateTime::currentMSecsSinceEpoch(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // The next one opens when this one is decided; Cancel stops the batch.
            connect(dialog, &QDialog::finished, this, [this](int result) {
                if (result == QDialog::Accepted)
                    QMetaObject::invokeMethod(this, &PayoutsPage::reviewNext, Qt::QueuedConnection);
                else
                    m_reviewQueue.clear();
            });
            dialog->open();
            Q_EMIT dialogOpened(dialog);
            return;
        }
    }
}

} // namespace kassa::ui
