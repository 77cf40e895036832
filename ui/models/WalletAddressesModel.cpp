#include "models/WalletAddressesModel.h"

#include <QSet>

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
        case BalanceColumn: return balanceText(a.address);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == BalanceColumn ? QVariant(balanceToolTip(a.address)) : QVariant();
    }
    return {};
}

QString WalletAddressesModel::balanceText(const QString &address) const
{
    switch (m_balanceState) {
    //: Balance not known yet
    case BalanceState::Unknown: return tr("—");
    //: The balance is being read from the chain's nodes
    case BalanceState::Reading: return tr("reading…");
    case BalanceState::Read: break;
    }
    const auto readings = m_balances.value(address);
    if (readings.isEmpty())
        return tr("—");
    QStringList parts;
    for (const chain::BalanceReading &r : readings) {
        //: A token balance: %1 the amount, %2 the token symbol ("12.5 USDT")
        QString part = r.value ? tr("%1 %2").arg(chain::formatUnits(*r.value, r.token.decimals), r.token.symbol)
                               //: A balance that could not be read; the tooltip says why
                               : tr("? %1").arg(r.token.symbol);
        if (m_chainsRead > 1)
            //: %1 a chain's name, %2 a balance on it ("Ethereum: 12.5 USDT")
            part = tr("%1: %2").arg(m_chainNames.value(r.chainId, r.chainId), part);
        parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

QString WalletAddressesModel::balanceToolTip(const QString &address) const
{
    if (m_balanceState != BalanceState::Read)
        return {};
    const auto readings = m_balances.value(address);
    if (readings.isEmpty())
        return tr("No chain of this wallet's family with tokens is enabled. Turn one on in Settings → Chains.");
    QStringList lines;
    for (const chain::BalanceReading &r : readings) {
        const QString chain = m_chainNames.value(r.chainId, r.chainId);
        lines << (r.value ? tr("%1 on %2: %3").arg(r.token.symbol, chain, chain::formatUnits(*r.value, r.token.decimals))
                          : tr("%1 on %2: %3").arg(r.token.symbol, chain, r.userError));
    }
    return lines.join(QLatin1Char('\n'));
}

void WalletAddressesModel::setBalancesReading(qint64 walletId)
{
    if (walletId != m_walletId)
        return;
    m_balanceState = BalanceState::Reading;
    balancesChanged();
}

void WalletAddressesModel::setBalances(
    qint64 walletId, const QList<chain::BalanceReading> &readings, const QHash<QString, QString> &chainNames)
{
    if (walletId != m_walletId)
        return; // read for a wallet no longer shown
    m_balances.clear();
    QSet<QString> chains;
    for (const chain::BalanceReading &r : readings) {
        m_balances[r.address] << r;
        chains.insert(r.chainId);
    }
    m_chainsRead = int(chains.size());
    m_chainNames = chainNames;
    m_balanceState = BalanceState::Read;
    balancesChanged();
}

void WalletAddressesModel::balancesChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, BalanceColumn), index(int(m_rows.size()) - 1, BalanceColumn));
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
        m_balances.clear();
        m_balanceState = BalanceState::Unknown;
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
