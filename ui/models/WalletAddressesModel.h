// WalletAddressesModel: the receive addresses of one wallet — index, the
// address as people compare it (EIP-55 / base58), its label and its token
// balances as the nodes last reported them (per chain when the family has
// several enabled). New addresses are appended with fine-grained inserts;
// choosing another wallet resets the model.
#pragma once

#include "chain/Balances.h"
#include "wallets/Wallet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kassa::ui {

class WalletAddressesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndexColumn, AddressColumn, LabelColumn, BalanceColumn, ColumnCount };
    enum Role {
        AddressRole = Qt::UserRole + 1, //!< the display form, for copying and the QR code
        AddressIdRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 walletId() const { return m_walletId; }
    //! Shows `list` for `walletId`: appends what is new when it is the same
    //! wallet, resets for another.
    void setAddresses(qint64 walletId, const QList<wallets::WalletAddress> &list);
    //! Appends one address of the wallet shown (ignored for other wallets or twice).
    void addAddress(const wallets::WalletAddress &address);
    const wallets::WalletAddress *address(int row) const;

    enum class BalanceState {
        Unknown, //!< not asked yet
        Reading,
        Read, //!< readings shown (an address without readings: no chain with tokens)
    };
    //! Balances of the wallet shown are being read (shown as such until setBalances()).
    void setBalancesReading(qint64 walletId);
    //! The readings for the wallet shown; `chainNames` maps chain ids to the
    //! names to show when there are several chains.
    void setBalances(qint64 walletId, const QList<chain::BalanceReading> &readings,
        const QHash<QString, QString> &chainNames);
    BalanceState balanceState() const { return m_balanceState; }
    void retranslate();

private:
    QString balanceText(const QString &address) const;
    QString balanceToolTip(const QString &address) const;
    void balancesChanged();

    qint64 m_walletId = 0;
    QList<wallets::WalletAddress> m_rows;
    BalanceState m_balanceState = BalanceState::Unknown;
    QHash<QString, QList<chain::BalanceReading>> m_balances; //!< canonical address → readings
    QHash<QString, QString> m_chainNames;
    int m_chainsRead = 0; //!< distinct chains among the readings
};

} // namespace kassa::ui
