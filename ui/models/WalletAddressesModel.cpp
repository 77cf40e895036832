#include "models/WalletAddressesModel.h"

namespace kassa::ui {

using wallets::Wallets;

int WalletAddressesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WalletAddressesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalletAddressesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const wallets::WalletAddress &a = m_rows.at(index.row());
    switch (role) {
    case AddressRole: return Wallets::displayAddress(a.family, a.address);
    case AddressIdRole: return a.id;
    case Qt::TextAlignmentRole:
        return index.column() == BalanceColumn || index.column() == IndexColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        //: No derivation index: an address from a watch-only list
        case IndexColumn: return a.index ? QString::number(*a.index) : tr("—");
        case AddressColumn: return Wallets::displayAddress(a.family, a.address);
        case LabelColumn: return a.label;
        //: Balance not known yet (the chain watchers report balances later)
        case BalanceColumn: return tr("—");
        }
        return {};
    }
    return {};
}

QVariant WalletAddressesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column: the receive address's derivation index
    case IndexColumn: return tr("Index");
    case AddressColumn: return tr("Address");
    case LabelColumn: return tr("Label");
    case BalanceColumn: return tr("Balance");
    }
    return {};
}

void WalletAddressesModel::setAddresses(qint64 walletId, const QList<wallets::WalletAddress> &list)
{
    if (walletId != m_walletId) {
        beginResetModel();
        m_walletId = walletId;
        m_rows.clear();
        for (const auto &a : list)
            if (a.walletId == walletId)
                m_rows.append(a);
        endResetModel();
        return;
    }
    for (const auto &a : list)
        addAddress(a);
}

void WalletAddressesModel::addAddress(const wallets::WalletAddress &address)
{
    if (address.walletId != m_walletId)
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == address.id) {
            if (m_rows.at(row).label != address.label) {
                m_rows[row] = address;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            return;
        }
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(address);
    endInsertRows();
}

const wallets::WalletAddress *WalletAddressesModel::address(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void WalletAddressesModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace kassa::ui
