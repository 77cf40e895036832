// WalletsModel: the wallets as a table — label, chains, kind (with the
// watch-only badge) and role. setWallets() applies a fresh list from
// WalletsService with fine-grained inserts, changes and removals.
#pragma once

#include "wallets/Wallet.h"

#include <QAbstractTableModel>
#include <QList>

namespace kassa::ui {

class WalletsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, FamilyColumn, KindColumn, RoleColumn, ColumnCount };
    enum Role {
        WalletIdRole = Qt::UserRole + 1,
        WatchOnlyRole, //!< bool
        CanDeriveRole, //!< bool
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The label is editable in place (F2, double-click, or Rename…).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    //! An edited label is not applied here: renameRequested() asks the page
    //! to save it, and the fresh list from the service shows it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setWallets(const QList<wallets::WalletRecord> &list);
    const wallets::WalletRecord *wallet(int row) const;
    int rowOf(qint64 id) const;
    //! After a language change: the translated columns change.
    void retranslate();

Q_SIGNALS:
    void renameRequested(qint64 walletId, const QString &label);

private:
    QList<wallets::WalletRecord> m_rows;
};

} // namespace kassa::ui
