#include "pages/OrdersPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "chain/ChainSettings.h"
#include "dialogs/ReasonDialog.h"
#include "models/OrdersModel.h"
#include "pages/EmptyStatePage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QLabel *tileValue(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFrame *tile(QLabel *title, QLabel *value)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(value);
    return frame;
}

} // namespace

OrdersPage::OrdersPage(engine::OrdersService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    m_model = new OrdersModel(service, this);

    m_paidTitle = new QLabel;
    m_waitingTitle = new QLabel;
    m_failingTitle = new QLabel;
    m_paidTile = tileValue("ordersPaidTodayTile");
    m_waitingTile = tileValue("ordersWaitingTile");
    m_failingTile = tileValue("ordersCallbacksFailingTile");
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(tile(m_paidTitle, m_paidTile), 2);
    tiles->addWidget(tile(m_waitingTitle, m_waitingTile), 1);
    tiles->addWidget(tile(m_failingTitle, m_failingTile), 1);

    // Orders tab: filters, table and details.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("ordersSearch"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("ordersStatusFilter"));
    m_chainFilter = new QComboBox;
    m_chainFilter->setObjectName(QStringLiteral("ordersChainFilter"));
    const QDate anyDate(2000, 1, 1);
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    for (QDateEdit **edit : {&m_fromDate, &m_toDate}) {
        *edit = new QDateEdit;
        (*edit)->setCalendarPopup(true);
        (*edit)->setMinimumDate(anyDate);
        (*edit)->setDate(anyDate);
    }
    m_fromDate->setObjectName(QStringLiteral("ordersFromDate"));
    m_toDate->setObjectName(QStringLiteral("ordersToDate"));
    m_exportButton = new QPushButton;
    m_exportButton->setObjectName(QStringLiteral("ordersExportButton"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_chainFilter);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_fromDate);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_toDate);
    filters->addWidget(m_exportButton);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("ordersCount"));

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    // Fixed widths: ResizeToContents would measure every loaded row.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(OrdersModel::CreatedColumn, 130);
    m_view->setColumnWidth(OrdersModel::MerchantOrderColumn, 110);
    m_view->setColumnWidth(OrdersModel::StatusColumn, 100);
    m_view->setColumnWidth(OrdersModel::AmountColumn, 150);
    m_view->setColumnWidth(OrdersModel::ChainColumn, 80);
    m_view->setColumnWidth(OrdersModel::AddressColumn, 200);

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("orderDetails"));
    m_details->setOpenLinks(false);
    m_markPaidButton = new QPushButton;
    m_markPaidButton->setObjectName(QStringLiteral("markPaidButton"));
    m_attachButton = new QPushButton;
    m_attachButton->setObjectName(QStringLiteral("attachTransferButton"));
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(QStringLiteral("cancelOrderButton"));
    m_resendButton = new QPushButton;
    m_resendButton->setObjectName(QStringLiteral("resendCallbackButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_markPaidButton);
    actions->addWidget(m_attachButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_resendButton);
    actions->addStretch(1);
    auto *detailsBox = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *ordersTab = new QWidget;
    auto *ordersLayout = new QVBoxLayout(ordersTab);
    ordersLayout->addLayout(filters);
    ordersLayout->addWidget(m_count);
    ordersLayout->addWidget(splitter, 1);

    // Callbacks tab: deliveries that gave up.
    m_callbacks = new QTableWidget(0, 5);
    m_callbacks->setObjectName(QStringLiteral("failingCallbacksView"));
    m_callbacks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_callbacks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_callbacks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_callbacks->verticalHeader()->hide();
    m_callbacks->horizontalHeader()->setStretchLastSection(true);
    m_callbackResendButton = new QPushButton;
    m_callbackResendButton->setObjectName(QStringLiteral("callbacksResendButton"));
    m_callbacksStatus = new QLabel;
    m_callbacksStatus->setObjectName(QStringLiteral("callbacksStatus"));
    m_callbacksStatus->setWordWrap(true);
    auto *callbacksTab = new QWidget;
    auto *callbacksLayout = new QVBoxLayout(callbacksTab);
    callbacksLayout->addWidget(m_callbacksStatus);
    callbacksLayout->addWidget(m_callbacks, 1);
    auto *callbackActions = new QHBoxLayout;
    callbackActions->addWidget(m_callbackResendButton);
    callbackActions->addStretch(1);
    callbacksLayout->addLayout(callbackActions);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("ordersTabs"));
    m_tabs->addTab(ordersTab, QString());
    m_tabs->addTab(callbacksTab, QString());

    auto *bookPane = new QWidget;
    auto *bookLayout = new QVBoxLayout(bookPane);
    bookLayout->addLayout(tiles);
    bookLayout->addWidget(m_tabs, 1);
    // Until the first order arrives: what will appear here and how to start
    // (the texts the window showed before this page existed).
    auto *empty = new EmptyStatePage(QStringLiteral(":/icons/empty-orders.svg"), [] {
        return EmptyStateText {QCoreApplication::translate("kassa::ui::MainWindow", "No orders yet"),
            QCoreApplication::translate("kassa::ui::MainWindow",
                "Orders from your storefront appear here with their status, the payments that settled them and the "
                "callbacks sent to your shop. You can search, filter and export them."),
            QCoreApplication::translate("kassa::ui::MainWindow",
                "Turn on the storefront listener in Settings and point your shop's Epusdt plugin at Kassa.")};
    });
    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(bookPane);
    m_stack->setCurrentIndex(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersPage::applyFilter);
    connect(m_searchDelay, &QTimer::timeout, this, &OrdersPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_chainFilter, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_fromDate, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    connect(m_toDate, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    connect(m_exportButton, &QPushButton::clicked, this, &OrdersPage::exportCsv);
    connect(m_markPaidButton, &QPushButton::clicked, this, &OrdersPage::markPaid);
    connect(m_attachButton, &QPushButton::clicked, this, &OrdersPage::attachTransfer);
    connect(m_cancelButton, &QPushButton::clicked, this, &OrdersPage::cancelOrder);
    connect(m_resendButton, &QPushButton::clicked, this, &OrdersPage::resendCallback);
    connect(m_callbackResendButton, &QPushButton::clicked, this, &OrdersPage::resendCallback);
    connect(m_callbacks, &QTableWidget::itemSelectionChanged, this, &OrdersPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersPage::showSelected);
    connect(m_model, &OrdersModel::loaded, this, [this](const QString &error) {
        m_loadError = error;
        updateCount();
        // Fit the columns to the first page once (100 rows: cheap), so no
        // status or header is cut off in any language.
        if (error.isEmpty() && m_model->rowCount() > 0 && m_model->rowCount() <= OrdersModel::PageSize)
            m_view->resizeColumnsToContents();
    });
    connect(m_model, &OrdersModel::totalChanged, this, &OrdersPage::updateCount);
    if (m_service) {
        connect(m_service, &engine::OrdersService::ready, this, [this] {
            applyFilter();
            refreshOverview();
            refreshCallbacks();
        });
        connect(m_service, &engine::OrdersService::ordersChanged, this, [this](const QList<payments::Order> &orders) {
            refreshOverview();
            for (const auto &o : orders)
                if (m_current && o.id == m_current->order.id)
                    showSelected();
        });
        connect(m_service, &engine::OrdersService::callbacksChanged, this, [this] {
            refreshOverview();
            refreshCallbacks();
        });
    }

    retranslate();
    applyFilter();
    refreshOverview();
    refreshCallbacks();
}

void OrdersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrdersPage::retranslate()
{
    m_paidTitle->setText(tr("Paid today"));
    m_waitingTitle->setText(tr("Orders waiting"));
    m_failingTitle->setText(tr("Callbacks failing"));
    m_tabs->setTabText(0, tr("Orders"));
    //: Tab: deliveries of payment notices to the shop that gave up.
    m_tabs->setTabText(1, tr("Callbacks"));
    m_search->setPlaceholderText(tr("Search by order ID, trade ID, transaction hash or address"));
    {
        const QSignalBlocker block(m_statusFilter);
        const int current = qMax(0, m_statusFilter->currentIndex());
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All statuses"), -1);
        for (const auto status : payments::allOrderStatuses())
            m_statusFilter->addItem(OrdersModel::statusLabel(status), int(status));
        m_statusFilter->setCurrentIndex(current);
    }
    {
        const QSignalBlocker block(m_chainFilter);
        const QString current = m_chainFilter->currentData().toString();
        m_chainFilter->clear();
        m_chainFilter->addItem(tr("All chains"), QString());
        for (const auto &c : chain::ChainSettingsFile::allDefaults())
            m_chainFilter->addItem(c.displayName(), c.id);
        m_chainFilter->setCurrentIndex(qMax(0, m_chainFilter->findData(current)));
    }
    //: Date filter: orders created on or after this day.
    m_fromLabel->setText(tr("From"));
    //: Date filter: orders created on or before this day.
    m_toLabel->setText(tr("To"));
    //: Shown in a date filter that is not set.
    m_fromDate->setSpecialValueText(tr("any day"));
    m_toDate->setSpecialValueText(tr("any day"));
    m_exportButton->setText(tr("Export CSV…"));
    m_markPaidButton->setText(tr("Mark paid…"));
    m_attachButton->setText(tr("Attach transfer…"));
    m_cancelButton->setText(tr("Cancel order…"));
    m_resendButton->setText(tr("Resend callback"));
    m_callbackResendButton->setText(tr("Resend callback"));
    m_callbacks->setHorizontalHeaderLabels(
        {tr("Created"), tr("Order"), tr("Event"), tr("Tries"), tr("Last error")});
    m_callbacksStatus->setText(tr("Payment notices to the shop that gave up after every retry. Fix the shop, then "
                                  "resend."));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, OrdersModel::ColumnCount - 1);
    refreshOverview();
    updateCount();
    if (m_current)
        showDetails(*m_current);
    else
        showSelected();
    refreshCallbacks();
}

void OrdersPage::applyFilter()
{
    payments::OrderFilter filter;
    filter.text = m_search->text().trimmed();
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0 && m_statusFilter->currentIndex() > 0)
        filter.status = payments::OrderStatus(status);
    filter.chain = m_chainFilter->currentData().toString();
    if (m_fromDate->date() > m_fromDate->minimumDate())
        filter.fromMs = QDateTime(m_fromDate->date(), QTime(0, 0)).toMSecsSinceEpoch();
    if (m_toDate->date() > m_toDate->minimumDate())
        filter.toMs = QDateTime(m_toDate->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    m_current.reset();
    m_loadError.clear();
    m_model->setFilter(filter);
    showSelected();
}

void OrdersPage::updateVisibility()
{
    const payments::OrderFilter &f = m_model->filter();
    const bool unfiltered = !f.status && f.chain.isEmpty() && f.text.isEmpty() && !f.fromMs && !f.toMs;
    m_stack->setCurrentIndex(unfiltered && m_model->total() == 0 && m_loadError.isEmpty() ? 0 : 1);
}

void OrdersPage::updateCount()
{
    updateVisibility();
    if (!m_loadError.isEmpty())
        m_count->setText(m_loadError);
    else if (m_model->total() < 0)
        m_count->setText(m_model->rowCount() ? QString() : tr("Loading orders…"));
    else if (m_model->total() == 0)
        m_count->setText(tr("No orders match these filters."));
    else
        m_count->setText(tr("%n order(s)", nullptr, int(qMin<qint64>(m_model->total(), INT_MAX))));
}

QString OrdersPage::selectedTradeId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->order(current.row()).tradeId : QString();
}

void OrdersPage::showSelected()
{
    const QString tradeId = selectedTradeId();
    if (tradeId.isEmpty() || !m_service) {
        m_current.reset();
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Select an order to see its timeline, transfers "
                                                                    "and callbacks."))));
        updateActions();
        return;
    }
    m_service->orderDetails(tradeId, this, [this, tradeId](Result<engine::OrderDetails> details) {
        if (tradeId != selectedTradeId())
            return;
        if (!details.ok()) {
            m_current.reset();
            m_details->setHtml(QStringLiteral("<p>%1</p>").arg(esc(details.error().displayText())));
        } else {
            m_current = details.value();
            showDetails(*m_current);
        }
        updateActions();
    });
}

void OrdersPage::showDetails(const engine::OrderDetails &d)
{
    const payments::Order &o = d.order;
    QString html;
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(esc(tr("Order %1").arg(o.merchantOrderId)));
    row(tr("Trade ID"), o.tradeId);
    row(tr("Status"), OrdersModel::statusLabel(o.status));
    row(tr("Amount"), OrdersModel::amountText(o));
    row(tr("Received"), o.received.toStringWithSymbol());
    if (o.isFiat())
        //: %1 = rate, %2 = fiat, %3 = asset, %4 = source ("manual").
        row(tr("Rate"), tr("%1 %2 per %3 (%4)").arg(o.rate, o.fiat, o.amount.asset().symbol, o.rateSource));
    row(tr("Address"), o.address);
    row(tr("Created"), when(o.createdMs));
    row(tr("Expires"), when(o.expiresMs));
    if (o.paidMs)
        row(tr("Paid"), when(*o.paidMs));
    if (!o.txHash.isEmpty())
        row(tr("Transaction"), o.txHash);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Timeline")));
    for (const auto &e : d.events) {
        QString text = e.kind;
        if (!e.toStatus.isEmpty()) {
            const auto from = payments::orderStatusFromName(e.fromStatus);
            const auto to = payments::orderStatusFromName(e.toStatus);
            text = from ? tr("%1 → %2").arg(OrdersModel::statusLabel(*from), to ? OrdersModel::statusLabel(*to) : e.toStatus)
                        : (to ? OrdersModel::statusLabel(*to) : e.toStatus);
        }
        html += QStringLiteral("<li>%1 — %2%3</li>")
                    .arg(esc(when(e.atMs)), esc(text),
                        e.detail.isEmpty() ? QString() : QStringLiteral("<br/><small>%1</small>").arg(esc(e.detail)));
    }
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Transfers")));
    if (d.transfers.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No transfer has reached this order.")));
    html += QStringLiteral("<ul>");
    for (const auto &t : d.transfers) {
        auto units = money::UInt256::parseDecimal(t.value);
        auto amount = units.ok() ? money::Amount::fromUnits(units.value(), o.amount.asset()) : Result<money::Amount>(units.error());
        //: A transfer in the order details: %1 amount, %2 outcome, %3 stage ("Final"), %4 tx hash.
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(tr("%1 — %2 (%3) — %4")
                                 .arg(amount.ok() ? amount->toStringWithSymbol() : t.value,
                                     payments::orderStatusFromName(t.outcome)
                                         ? OrdersModel::statusLabel(*payments::orderStatusFromName(t.outcome))
                                         : t.outcome,
                                     OrdersModel::transferStageLabel(t.stage), t.txHash)));
    }
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Callbacks")));
    if (d.callbacks.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No callback for this order.")));
    for (const auto &c : d.callbacks) {
        //: %1 event ("order.paid"), %2 URL, %3 tries so far, %4 most tries.
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(esc(tr("%1 to %2 — %3 of %4 tries").arg(c.event, c.url).arg(c.attempts).arg(c.maxAttempts)));
        for (const auto &a : d.attempts.value(c.id)) {
            const QString answer = a.httpStatus
                //: A callback attempt's answer: %1 HTTP status, %2 the response body.
                ? tr("HTTP %1: %2").arg(a.httpStatus).arg(a.responseBody.left(200))
                : a.error;
            html += QStringLiteral("<li>%1 (%2 ms) — %3%4</li>")
                        .arg(esc(when(a.startedMs)))
                        .arg(a.durationMs)
                        .arg(esc(answer), a.acknowledged ? QStringLiteral(" ✔") : QString());
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

void OrdersPage::updateActions()
{
    const bool has = m_current.has_value();
    const auto status = has ? m_current->order.status : payments::OrderStatus::Waiting;
    m_markPaidButton->setEnabled(has && payments::canTransition(status, payments::OrderStatus::Paid));
    m_attachButton->setEnabled(has && payments::canTransition(status, payments::OrderStatus::Paid));
    m_cancelButton->setEnabled(has && payments::canTransition(status, payments::OrderStatus::Cancelled));
    m_resendButton->setEnabled(has && !m_current->callbacks.isEmpty());
    m_callbackResendButton->setEnabled(m_callbacks->currentRow() >= 0 && m_callbacks->currentRow() < m_failing.size());
}

void OrdersPage::report(const QString &title, const Error &error)
{
    MessageBox::critical(this, title, error.userMessage, error.hint);
}

void OrdersPage::markPaid()
{
    if (!m_current || !m_service)
        return;
    const payments::Order o = m_current->order;
    const QString title = tr("Mark order paid");
    const auto answer = ReasonDialog::ask(this, title,
        tr("Mark order %1 (%2) as paid? The shop is told it was paid. Only do this when the money arrived another "
           "way.")
            .arg(o.merchantOrderId, OrdersModel::amountText(o)),
        tr("Mark paid"));
    if (!answer)
        return;
    m_service->markPaid(o.tradeId, answer->reason, this, [this, title](Result<payments::Order> done) {
        if (!done.ok())
            report(title, done.error());
        showSelected();
    });
}

void OrdersPage::cancelOrder()
{
    if (!m_current || !m_service)
        return;
    const payments::Order o = m_current->order;
    const QString title = tr("Cancel order");
    const auto answer = ReasonDialog::ask(this, title,
        tr("Cancel order %1 (%2)? A payment that arrives later is kept for an operator.")
            .arg(o.merchantOrderId, OrdersModel::amountText(o)),
        tr("Cancel order"));
    if (!answer)
        return;
    m_service->cancelOrder(o.tradeId, answer->reason, this, [this, title](Result<payments::Order> done) {
        if (!done.ok())
            report(title, done.error());
        showSelected();
    });
}

void OrdersPage::attachTransfer()
{
    if (!m_current || !m_service)
        return;
    const payments::Order o = m_current->order;
    const QString title = tr("Attach a transfer");
    m_service->exceptionTransfers({}, this, [this, o, title](Result<QList<payments::OrderTransfer>> found) {
        if (!found.ok()) {
            report(title, found.error());
            return;
        }
        QList<payments::OrderTransfer> candidates;
        QStringList choices;
        for (const auto &t : found.value()) {
            if (t.chain != o.chain || t.to.compare(o.address, Qt::CaseInsensitive) != 0 || t.stage != QLatin1String("final"))
                continue;
            auto units = money::UInt256::parseDecimal(t.value);
            auto amount = units.ok() ? money::Amount::fromUnits(units.value(), o.amount.asset())
                                     : Result<money::Amount>(units.error());
            candidates << t;
            //: A transfer to choose: %1 amount, %2 sender, %3 tx hash.
            choices << tr("%1 from %2 (%3)").arg(amount.ok() ? amount->toStringWithSymbol() : t.value, t.from, t.txHash);
        }
        if (candidates.isEmpty()) {
            MessageBox::information(this, title,
                tr("No unmatched, late or wrong-amount transfer to %1 is waiting for an operator.").arg(o.address));
            return;
        }
        const auto answer = ReasonDialog::ask(this, title,
            tr("Credit one of these transfers to order %1 (%2) and mark it paid?")
                .arg(o.merchantOrderId, OrdersModel::amountText(o)),
            tr("Attach"), choices);
        if (!answer || answer->choice < 0 || answer->choice >= candidates.size())
            return;
        m_service->attachTransfer(o.tradeId, candidates.at(answer->choice).transferId, answer->reason, this,
            [this, title](Result<payments::Order> done) {
                if (!done.ok())
                    report(title, done.error());
                showSelected();
            });
    });
}

void OrdersPage::resendCallback()
{
    if (!m_service)
        return;
    std::optional<notify::CallbackRecord> callback;
    if (sender() == m_callbackResendButton) {
        const int row = m_callbacks->currentRow();
        if (row >= 0 && row < m_failing.size())
            callback = m_failing.at(row);
    } else if (m_current && !m_current->callbacks.isEmpty()) {
        callback = m_current->callbacks.last();
    }
    if (!callback)
        return;
    const QString title = tr("Resend callback");
    if (MessageBox::question(this, title,
            tr("Send the %1 notice to %2 again?").arg(callback->event, callback->url), QMessageBox::Yes | QMessageBox::No,
            QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    m_service->resendCallback(callback->id, this, [this, title](Result<void> done) {
        if (!done.ok())
            report(title, done.error());
        refreshCallbacks();
        showSelected();
    });
}

void OrdersPage::exportCsv()
{
    if (!m_service)
        return;
    const QString title = tr("Export orders");
    const QString suggested = QStringLiteral("kassa-orders-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = FileDialog::saveFileName(this, title, suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_exportButton->setEnabled(false);
    m_service->exportCsv(m_model->filter(), path, this, [this, title, path](Result<qint64> written) {
        m_exportButton->setEnabled(true);
        if (!written.ok()) {
            report(title, written.error());
            return;
        }
        m_count->setText(tr("%n order(s) written to %1.", nullptr, int(written.value())).arg(path));
    });
}

void OrdersPage::refreshOverview()
{
    if (!m_service)
        return;
    m_service->overview(this, [this](Result<engine::OrdersOverview> overview) {
        if (!overview.ok())
            return;
        m_overview = overview.value();
        QStringList paid;
        for (auto it = m_overview.paidToday.cbegin(); it != m_overview.paidToday.cend(); ++it)
            paid << it.value() + QLatin1Char(' ') + it.key();
        m_paidTile->setText(paid.isEmpty() ? QStringLiteral("0") : paid.join(QStringLiteral(" · ")));
        m_waitingTile->setText(QLocale().toString(m_overview.waiting));
        m_failingTile->setText(QLocale().toString(m_overview.callbacksFailing));
        m_failingTile->setStyleSheet(m_overview.callbacksFailing > 0 ? QStringLiteral("color: #b3261e;") : QString());
    });
}

void OrdersPage::refreshCallbacks()
{
    if (!m_service)
        return;
    m_service->failingCallbacks(this, [this](Result<QList<notify::CallbackRecord>> failing) {
        if (!failing.ok())
            return;
        m_failing = failing.value();
        m_callbacks->setRowCount(int(m_failing.size()));
        for (int i = 0; i < m_failing.size(); ++i) {
            const auto &c = m_failing.at(i);
            const QStringList cells {when(c.createdMs), c.orderId ? QString::number(*c.orderId) : QString(), c.event,
                QString::number(c.attempts), c.lastError};
            for (int col = 0; col < cells.size(); ++col)
                m_callbacks->setItem(i, col, new QTableWidgetItem(cells.at(col)));
        }
        updateActions();
    });
}

} // namespace kassa::ui
