#include "models/OrdersModel.h"

#include "chain/ChainSettings.h"
#include "engine/OrdersService.h"

#include <QDateTime>
#include <QLocale>

namespace kassa::ui {

namespace {

QString chainName(const QString &id)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> out;
        for (const auto &c : chain::ChainSettingsFile::allDefaults())
            out.insert(c.id, c.displayName());
        return out;
    }();
    return names.value(id, id);
}

} // namespace

OrdersModel::OrdersModel(engine::OrdersService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    if (m_service)
        connect(m_service, &engine::OrdersService::ordersChanged, this, &OrdersModel::applyChanges);
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrdersModel::statusLabel(payments::OrderStatus status)
{
    using S = payments::OrderStatus;
    switch (status) {
    //: Order status: reserved, nothing paid yet.
    case S::Waiting: return tr("Waiting");
    //: Order status: a payment was seen on the chain and is not final yet.
    case S::Confirming: return tr("Confirming");
    case S::Paid: return tr("Paid");
    //: Order status: the payment window passed without a payment.
    case S::Expired: return tr("Expired");
    //: Order status: paid after the window closed; an operator decides.
    case S::Late: return tr("Paid late");
    case S::Underpaid: return tr("Underpaid");
    case S::Overpaid: return tr("Overpaid");
    case S::Cancelled: return tr("Cancelled");
    //: Order status: the paying transaction left the chain (reorg) after the order was paid.
    case S::Reverted: return tr("Reverted");
    }
    return payments::orderStatusName(status);
}

QString OrdersModel::transferStageLabel(const QString &stage)
{
    if (stage == QLatin1String("seen"))
        //: A transfer's stage: in a block, not enough confirmations yet.
        return tr("Seen, not final");
    if (stage == QLatin1String("final"))
        //: A transfer's stage: it has all the confirmations it needs.
        return tr("Final");
    if (stage == QLatin1String("orphaned"))
        //: A transfer's stage: its block left the chain (a reorganisation).
        return tr("Orphaned by a reorg");
    if (stage == QLatin1String("failed"))
        //: A transfer's stage: the transaction was mined but failed (reverted).
        return tr("Failed on chain");
    return stage;
}

QString OrdersModel::amountText(const payments::Order &order)
{
    const QString asset = order.amount.toStringWithSymbol();
    if (!order.isFiat())
        return asset;
    //: An order's amount with its fiat price: %1 = "12.5 USDT", %2 = "88", %3 = "CNY".
    return tr("%1 (%2 %3)").arg(asset, order.fiatAmount, order.fiat);
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const payments::Order &o = m_rows.at(index.row());
    switch (role) {
    case TradeIdRole: return o.tradeId;
    case StatusRole: return int(o.status);
    case IdRole: return o.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.createdMs).toLocalTime(), QLocale::ShortFormat);
        case MerchantOrderColumn: return o.merchantOrderId;
        case StatusColumn: return statusLabel(o.status);
        case AmountColumn: return amountText(o);
        case ChainColumn: return chainName(o.chain);
        case AddressColumn: return o.address;
        case TradeIdColumn: return o.tradeId;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedColumn: return QDateTime::fromMSecsSinceEpoch(o.createdMs, Qt::UTC).toString(Qt::ISODateWithMs);
        case AmountColumn:
            //: Tooltip of an order's amount: %1 asked, %2 received (exact amounts with the asset).
            return tr("Asked %1, received %2").arg(o.amount.toStringWithSymbol(), o.received.toStringWithSymbol());
        case StatusColumn: return payments::needsOperator(o.status) ? tr("Needs an operator") : QVariant();
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column header: when the order was created.
    case CreatedColumn: return tr("Created");
    //: Column header: the storefront's own order number.
    case MerchantOrderColumn: return tr("Shop order");
    case StatusColumn: return tr("Status");
    case AmountColumn: return tr("Amount");
    case ChainColumn: return tr("Chain");
    //: Column header: the receive address the customer pays to.
    case AddressColumn: return tr("Address");
    //: Column header: Kassa's own id of the order (24 digits).
    case TradeIdColumn: return tr("Trade ID");
    }
    return {};
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && m_service;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_rows.isEmpty() ? 0 : m_rows.last().id);
}

void OrdersModel::setFilter(const payments::OrderFilter &filter)
{
    ++m_generation;
    beginResetModel();
    m_filter = filter;
    m_filter.beforeId = 0;
    m_filter.limit = PageSize;
    m_rows.clear();
    m_rowById.clear();
    m_atEnd = false;
    m_loading = false;
    m_total = -1;
    endResetModel();
    request(0);
    count();
}

void OrdersModel::count()
{
    if (!m_service)
        return;
    const quint64 generation = m_generation;
    m_service->countOrders(m_filter, this, [this, generation](Result<qint64> n) {
        if (generation != m_generation || !n.ok())
            return;
        m_total = n.value();
        Q_EMIT totalChanged(m_total);
    });
}

void OrdersModel::request(qint64 beforeId)
{
    // One page in flight at a time: a view (or the model tester) may ask for
    // more while the first answer is still on its way.
    if (!m_service || m_loading)
        return;
    m_loading = true;
    payments::OrderFilter page = m_filter;
    page.beforeId = beforeId;
    page.limit = PageSize;
    const quint64 generation = m_generation;
    m_service->orders(page, this, [this, generation](Result<QList<payments::Order>> result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_loading = false;
            Q_EMIT loaded(result.error().displayText());
            return;
        }
        const QList<payments::Order> &orders = result.value();
        if (orders.size() < PageSize)
            m_atEnd = true;
        if (!orders.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, int(first + orders.size() - 1));
            m_rows.append(orders);
            reindex(first);
            endInsertRows();
        }
        m_loading = false;
        Q_EMIT loaded(QString());
    });
}

void OrdersModel::reindex(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

bool OrdersModel::matches(const payments::Order &o) const
{
    const payments::OrderFilter &f = m_filter;
    if (f.status && o.status != *f.status)
        return false;
    if (!f.chain.isEmpty() && o.chain != f.chain)
        return false;
    if (!f.text.isEmpty() && o.tradeId != f.text && o.merchantOrderId != f.text && o.address != f.text
        && o.txHash != f.text)
        return false;
    if (f.fromMs > 0 && o.createdMs < f.fromMs)
        return false;
    if (f.toMs > 0 && o.createdMs >= f.toMs)
        return false;
    return true;
}

void OrdersModel::applyChanges(const QList<payments::Order> &orders)
{
    bool newer = false;
    const qint64 top = m_rows.isEmpty() ? 0 : m_rows.first().id;
    for (const payments::Order &o : orders) {
        const int row = rowOf(o.id);
        if (row >= 0) {
            // A row that no longer matches (e.g. filtered by status) stays
            // until the filter is applied again: rows do not jump away
            // under the operator's pointer.
            m_rows[row] = o;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (o.id > top && matches(o)) {
            newer = true;
        }
    }
    if (newer)
        refreshNewest();
}

void OrdersModel::refreshNewest()
{
    if (!m_service || m_loading)
        return;
    if (m_rows.isEmpty()) {
        m_atEnd = false;
        request(0);
        count();
        return;
    }
    const qint64 top = m_rows.first().id;
    payments::OrderFilter page = m_filter;
    page.beforeId = 0;
    page.limit = PageSize;
    const quint64 generation = m_generation;
    m_loading = true;
    m_service->orders(page, this, [this, generation, top](Result<QList<payments::Order>> result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result.ok())
            return;
        QList<payments::Order> fresh;
        for (const payments::Order &o : result.value())
            if (o.id > top)
                fresh << o;
        if (fresh.size() == PageSize) {
            // More arrived than one page: start over rather than leave a gap.
            setFilter(m_filter);
            return;
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, 0, int(fresh.size() - 1));
            m_rows = fresh + m_rows;
            m_rowById.clear();
            reindex(0);
            endInsertRows();
            if (m_total >= 0) {
                m_total += fresh.size();
                Q_EMIT totalChanged(m_total);
            }
        }
    });
}

} // namespace kassa::ui
