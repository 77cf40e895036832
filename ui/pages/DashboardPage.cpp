#include "pages/DashboardPage.h"

#include "engine/ConsoleService.h"
#include "engine/OrdersService.h"
#include "models/PendingTransfersModel.h"
#include "pages/EmptyStatePage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLocale>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kassa::ui {

namespace {

// Draws the confirmations cell as a progress bar with its "3 of 12" text.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = index.data(PendingTransfersModel::ProgressRole).toInt();
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        if (index.data(PendingTransfersModel::ReorgedRole).toBool())
            bar.progress = 0;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, option.palette.highlight());
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(qMax(size.width() + 24, 140));
        return size;
    }
};

} // namespace

DashboardPage::DashboardPage(engine::ConsoleService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    m_model = new PendingTransfersModel(service, SystemClock::instance(), this);

    m_empty = new EmptyStatePage(QStringLiteral(":/icons/empty-dashboard.svg"), [] {
        return EmptyStateText {tr("Nothing to show yet"),
            tr("The dashboard shows today's takings, payments waiting for confirmations and callbacks that need your "
               "attention."),
            tr("To get started, add a wallet on the Wallets page, then choose the chains to watch in Settings.")};
    });

    m_pendingGroup = new QGroupBox;
    m_pendingGroup->setObjectName(QStringLiteral("pendingGroup"));
    m_pendingHint = new QLabel;
    m_pendingHint->setWordWrap(true);
    m_pendingView = new QTableView;
    m_pendingView->setObjectName(QStringLiteral("pendingTransfersView"));
    m_pendingView->setModel(m_model);
    m_pendingView->setItemDelegateForColumn(
        PendingTransfersModel::ConfirmationsColumn, new ProgressDelegate(m_pendingView));
    m_pendingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pendingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pendingView->verticalHeader()->hide();
    m_pendingView->setAlternatingRowColors(true);
    m_pendingView->setShowGrid(false);
    m_pendingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pendingView->horizontalHeader()->setSectionResizeMode(PendingTransfersModel::ToColumn, QHeaderView::Stretch);
    auto *groupLayout = new QVBoxLayout(m_pendingGroup);
    groupLayout->addWidget(m_pendingHint);
    groupLayout->addWidget(m_pendingView);

    // The orders tiles (the Orders page shows the same).
    auto *tiles = new QHBoxLayout;
    static const char *const kTileNames[] = {
        "dashboardPaidTodayTile", "dashboardWaitingTile", "dashboardCallbacksFailingTile"};
    for (const char *name : kTileNames) {
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto *title = new QLabel;
        title->setWordWrap(true);
        auto *value = new QLabel;
        value->setObjectName(QLatin1String(name));
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        font.setBold(true);
        value->setFont(font);
        auto *frameLayout = new QVBoxLayout(frame);
        frameLayout->addWidget(title);
        frameLayout->addWidget(value);
        tiles->addWidget(frame, m_tileTitles.isEmpty() ? 2 : 1);
        m_tileTitles << title;
        m_tileValues << value;
    }

    auto *activity = new QWidget;
    auto *activityLayout = new QVBoxLayout(activity);
    activityLayout->addLayout(tiles);
    activityLayout->addWidget(m_pendingGroup);

    // With no chain set up, the empty dashboard offers the demo network.
    m_demoButton = new QPushButton;
    m_demoButton->setObjectName(QStringLiteral("tryDemoButton"));
    connect(m_demoButton, &QPushButton::clicked, this, &DashboardPage::demoRequested);
    auto *emptyPane = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPane);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addWidget(m_empty, 1);
    emptyLayout->addWidget(m_demoButton, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(24);
    connect(service, &engine::ConsoleService::infoChanged, this, &DashboardPage::updateVisibility);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(emptyPane);
    m_stack->addWidget(activity);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DashboardPage::updateVisibility);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DashboardPage::updateVisibility);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardPage::updateVisibility);
    connect(&m_ageTimer, &QTimer::timeout, m_model, &PendingTransfersModel::refreshAges);
    m_ageTimer.start(5000);
    m_orders = service->orders();
    if (m_orders) {
        connect(m_orders, &engine::OrdersService::ready, this, &DashboardPage::refreshOrders);
        connect(m_orders, &engine::OrdersService::ordersChanged, this, &DashboardPage::refreshOrders);
        connect(m_orders, &engine::OrdersService::callbacksChanged, this, &DashboardPage::refreshOrders);
    }
    refreshOrders();

    retranslate();
    updateVisibility();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_demoButton->setText(tr("Try It on a Local Test Network"));
    m_demoButton->setToolTip(tr("Starts a separate demo profile on a private test chain with play money, so you can "
                                "watch orders being paid. Your own settings are not touched."));
    m_pendingGroup->setTitle(tr("Waiting for confirmations"));
    // The Orders page's words for the same tiles.
    m_tileTitles[0]->setText(QCoreApplication::translate("kassa::ui::OrdersPage", "Paid today"));
    m_tileTitles[1]->setText(QCoreApplication::translate("kassa::ui::OrdersPage", "Orders waiting"));
    m_tileTitles[2]->setText(QCoreApplication::translate("kassa::ui::OrdersPage", "Callbacks failing"));
    m_pendingHint->setText(tr("Payments to your addresses that are on the chain but not final yet. An order counts as "
                              "paid once its payment has every confirmation."));
    // Header texts come from the model; ask views to fetch them again.
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, PendingTransfersModel::ColumnCount - 1);
    m_model->refreshNames();
}

void DashboardPage::updateVisibility()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 || m_hasOrders ? 1 : 0);
    m_demoButton->setVisible(offersDemo());
}

bool DashboardPage::offersDemo() const
{
    if (m_service->info().demo)
        return false;
    const QList<chain::ChainSettings> chains = m_service->chainSettings();
    return std::none_of(chains.cbegin(), chains.cend(), [](const chain::ChainSettings &c) { return c.enabled; });
}

void DashboardPage::refreshOrders()
{
    if (!m_orders)
        return;
    m_orders->overview(this, [this](Result<engine::OrdersOverview> overview) {
        if (!overview.ok())
            return;
        QStringList paid;
        for (auto it = overview->paidToday.cbegin(); it != overview->paidToday.cend(); ++it)
            paid << it.value() + QLatin1Char(' ') + it.key();
        m_tileValues[0]->setText(paid.isEmpty() ? QStringLiteral("0") : paid.join(QStringLiteral(" · ")));
        m_tileValues[1]->setText(QLocale().toString(overview->waiting));
        m_tileValues[2]->setText(QLocale().toString(overview->callbacksFailing));
        m_tileValues[2]->setStyleSheet(overview->callbacksFailing > 0 ? QStringLiteral("color: #b3261e;") : QString());
        m_hasOrders = !paid.isEmpty() || overview->waiting > 0 || overview->callbacksFailing > 0
            || overview->needOperator > 0 || overview->callbacksPending > 0;
        updateVisibility();
    });
}

} // namespace kassa::ui
