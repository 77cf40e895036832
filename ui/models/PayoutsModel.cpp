#include "models/PayoutsModel.h"

#include <QDateTime>
#include <QLocale>

namespace kassa::ui {

using payouts::PayoutState;

int PayoutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayoutsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PayoutsModel::stateLabel(PayoutState state)
{
    switch (state) {
    case PayoutState::AwaitingApproval: return tr("Awaiting approval");
    case PayoutState::Approved: return tr("Approved");
    case PayoutState::Signed: return tr("Signed");
    case PayoutState::Broadcast: return tr("Sent");
    case PayoutState::Completed: return tr("Completed");
    case PayoutState::Failed: return tr("Failed");
    case PayoutState::Rejected: return tr("Rejected");
    case PayoutState::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString PayoutsModel::queueLabel(engine::PayoutQueue queue)
{
    switch (queue) {
    case engine::PayoutQueue::AwaitingMe: return tr("Awaiting my approval");
    case engine::PayoutQueue::AwaitingOthers: return tr("Awaiting others");
    case engine::PayoutQueue::Ready: return tr("Ready to send");
    case engine::PayoutQueue::InFlight: return tr("In flight");
    case engine::PayoutQueue::Done: return tr("Done");
    case engine::PayoutQueue::Failed: return tr("Failed or rejected");
    }
    return {};
}

QVariant PayoutsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const engine::PayoutRow &r = m_rows.at(index.row());
    if (role == QueueRole)
        return int(r.queue);
    if (role == IdRole)
        return r.request.id;
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.request.createdAtMs).toLocalTime(), QLocale::ShortFormat);
    case AmountColumn: return r.request.amount.toStringWithSymbol();
    case DestinationColumn:
        if (role == Qt::ToolTipRole || !r.bookEntry || r.bookEntry->removed)
            return r.request.destination;
        return tr("%1 (%2)").arg(r.bookEntry->label, r.request.destination.left(10) + QStringLiteral("…"));
    case RequesterColumn: return r.request.requester.name;
    case ApprovalsColumn: {
        const int needed = r.decision.approversNeeded + (r.decision.ownerNeeded ? 1 : 0);
        return tr("%1 of %2").arg(r.decision.countedApprovers.size()).arg(needed);
    }
    case StateColumn: return stateLabel(r.request.state);
    default: return {};
    }
}

QVariant PayoutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn: return tr("Requested");
    case AmountColumn: return tr("Amount");
    case DestinationColumn: return tr("To");
    case RequesterColumn: return tr("Requester");
    case ApprovalsColumn: return tr("Approvals");
    case StateColumn: return tr("State");
    default: return {};
    }
}

void PayoutsModel::setRows(const QList<engine::PayoutRow> &rows)
{
    // Small lists (the newest few hundred): update in place where the order
    // matches, otherwise reset once.
    bool sameOrder = rows.size() == m_rows.size();
    for (int i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = rows[i].request.id == m_rows[i].request.id;
    if (sameOrder) {
        m_rows = rows;
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace kassa::ui
