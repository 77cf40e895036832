// PayoutsModel: the payout requests of the Payouts page, one row each, as
// the PayoutsService sorted them into queues for the signed-in operator.
// Refreshes replace rows in place (dataChanged) or insert/remove them.
#pragma once

#include "engine/PayoutsService.h"

#include <QAbstractTableModel>

namespace kassa::ui {

class PayoutsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CreatedColumn, AmountColumn, DestinationColumn, RequesterColumn, ApprovalsColumn, StateColumn, ColumnCount };
    enum Roles { QueueRole = Qt::UserRole + 1, IdRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! Replaces the rows, keeping rows with the same id in place.
    void setRows(const QList<engine::PayoutRow> &rows);
    const engine::PayoutRow &row(int i) const { return m_rows.at(i); }

    static QString stateLabel(payouts::PayoutState state);
    static QString queueLabel(engine::PayoutQueue queue);

private:
    QList<engine::PayoutRow> m_rows;
};

} // namespace kassa::ui
