// WalletAddressesModel: the receive addresses of one wallet — index, the
// address as people compare it (EIP-55 / base58), its label and the balance
// ("—" until the watchers report balances). New addresses are appended with
// fine-grained inserts; choosing another wallet resets the model.
#pragma once

#include "wallets/Wallet.h"

#include <QAbstractTableModel>
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
    void retranslate();

private:
    qint64 m_walletId = 0;
    QList<wallets::WalletAddress> m_rows;
};

} // namespace kassa::ui
