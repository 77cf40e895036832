#include "models/PendingTransfersModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace kassa::ui {

PendingTransfersModel::PendingTransfersModel(engine::ConsoleService *service, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_clock(clock)
{
    connect(m_service, &engine::ConsoleService::pendingTransferChanged, this, &PendingTransfersModel::upsert);
    connect(m_service, &engine::ConsoleService::pendingTransferRemoved, this, &PendingTransfersModel::remove);
    reload();
}

void PendingTransfersModel::reload()
{
    beginResetModel();
    m_rows = m_service->pendingTransfers();
    endResetModel();
}

int PendingTransfersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingTransfersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PendingTransfersModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

void PendingTransfersModel::upsert(const engine::PendingTransfer &transfer)
{
    const int row = rowOf(transfer.id);
    if (row >= 0) {
        m_rows[row] = transfer;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Newest first: insert before the first row seen earlier.
    int at = 0;
    while (at < m_rows.size() && m_rows[at].firstSeenMs > transfer.firstSeenMs)
        ++at;
    beginInsertRows({}, at, at);
    m_rows.insert(at, transfer);
    endInsertRows();
}

void PendingTransfersModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void PendingTransfersModel::refreshAges()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn), {Qt::DisplayRole});
}

void PendingTransfersModel::refreshNames()
{
    for (const engine::PendingTransfer &fresh : m_service->pendingTransfers()) {
        const int row = rowOf(fresh.id);
        if (row >= 0 && m_rows[row].chainName != fresh.chainName) {
            m_rows[row].chainName = fresh.chainName;
            Q_EMIT dataChanged(index(row, ChainColumn), index(row, ChainColumn), {Qt::DisplayRole});
        }
    }
}

QString PendingTransfersModel::labelText(const QString &label)
{
    // The storefront watches its addresses under these fixed labels
    // (engine/Storefront.cpp); a wallet's own label is shown as it is.
    if (label == QLatin1String("receive"))
        //: In the "To" column: one of the storefront's shared receive addresses.
        return tr("Receive address");
    if (label == QLatin1String("order"))
        //: In the "To" column: an address the storefront gave one order (or one deposit).
        return tr("Order address");
    return label;
}

QString PendingTransfersModel::shorten(const QString &text, int keep)
{
    if (text.size() <= keep * 2 + 3)
        return text;
    return text.left(keep + (text.startsWith(QLatin1String("0x")) ? 2 : 0)) + QChar(0x2026) + text.right(keep);
}

QString PendingTransfersModel::formatAge(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms / 1000);
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

QVariant PendingTransfersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const engine::PendingTransfer &t = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChainColumn: return t.chainName;
        case AmountColumn: return QString(t.amount + QLatin1Char(' ') + t.asset);
        case ToColumn: return t.toLabel.isEmpty() ? shorten(t.toAddress) : labelText(t.toLabel);
        case ConfirmationsColumn:
            if (t.reorged)
                return tr("Reorganised — waiting");
            return tr("%1 of %2").arg(t.confirmations).arg(t.requiredConfirmations);
        case AgeColumn: return formatAge(m_clock.nowMs() - t.firstSeenMs);
        case TransactionColumn: return shorten(t.txHash);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ToColumn:
            return t.toLabel.isEmpty() ? t.toAddress : QString(labelText(t.toLabel) + QLatin1Char('\n') + t.toAddress);
        case TransactionColumn: return t.txHash;
        case ConfirmationsColumn:
            if (t.reorged)
                return tr(
                    "The block with this transfer left the chain. It counts again once it is seen in a new block.");
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (t.reorged)
            return QColor(0xb4, 0x53, 0x09); // amber: attention, not an error
        break;
    case ProgressRole:
        if (t.requiredConfirmations == 0)
            return 1000;
        return int(qMin<quint64>(1000, t.confirmations * 1000 / t.requiredConfirmations));
    case TransferIdRole: return t.id;
    case ReorgedRole: return t.reorged;
    }
    return {};
}

QVariant PendingTransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChainColumn: return tr("Chain");
    case AmountColumn: return tr("Amount");
    case ToColumn: return tr("To");
    case ConfirmationsColumn: return tr("Confirmations");
    case AgeColumn: return tr("Seen");
    case TransactionColumn: return tr("Transaction");
    }
    return {};
}

} // namespace kassa::ui
