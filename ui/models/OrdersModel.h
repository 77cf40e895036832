// OrdersModel: orders, newest first, paged from the OrdersService as the
// view scrolls (canFetchMore/fetchMore, 100 rows a page keyed by the last id)
// so a book of a million orders opens at once. Changed orders are updated in
// place (dataChanged); new ones appear at the top without a reset. The total
// for the filter is counted separately and never blocks the first page.
#pragma once

#include "payments/Order.h"
#include "payments/Payments.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace kassa::engine {
class OrdersService;
}

namespace kassa::ui {

class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CreatedColumn,
        MerchantOrderColumn,
        StatusColumn,
        AmountColumn,
        ChainColumn,
        AddressColumn,
        TradeIdColumn,
        ColumnCount
    };
    enum Role {
        TradeIdRole = Qt::UserRole + 1,
        StatusRole, //!< payments::OrderStatus as int
        IdRole,
    };
    static constexpr int PageSize = 100;

    explicit OrdersModel(engine::OrdersService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! Starts over with `filter` (its beforeId and limit are ignored).
    void setFilter(const payments::OrderFilter &filter);
    const payments::OrderFilter &filter() const { return m_filter; }
    //! Fetches orders newer than the newest one shown and puts them on top.
    void refreshNewest();
    const payments::Order &order(int row) const { return m_rows.at(row); }
    //! The row of an order, or -1 when it is not loaded.
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    bool isLoading() const { return m_loading; }
    //! How many orders match the filter; -1 while counting.
    qint64 total() const { return m_total; }

    //! Translated name of a status ("Waiting", "Paid", …).
    static QString statusLabel(payments::OrderStatus status);
    //! Translated stage of a transfer ("seen", "final", "orphaned", "failed"
    //! as stored); an unknown code comes back as it is.
    static QString transferStageLabel(const QString &stage);
    //! "12.5 USDT", with the fiat price when there is one ("12.5 USDT (88 CNY)").
    static QString amountText(const payments::Order &order);

Q_SIGNALS:
    //! A page arrived (or failed: `error` non-empty, translated).
    void loaded(const QString &error);
    //! The count for the current filter arrived.
    void totalChanged(qint64 total);

private:
    void request(qint64 beforeId);
    void count();
    void applyChanges(const QList<payments::Order> &orders);
    void reindex(int from);
    bool matches(const payments::Order &order) const;

    QPointer<engine::OrdersService> m_service;
    payments::OrderFilter m_filter;
    QList<payments::Order> m_rows;
    QHash<qint64, int> m_rowById;
    qint64 m_total = -1;
    bool m_loading = false;
    bool m_atEnd = false;
    quint64 m_generation = 0; //!< answers for an older filter are dropped
};

} // namespace kassa::ui
