#include "models/WalletsModel.h"

#include <QSet>

namespace kassa::ui {

using wallets::Wallets;

int WalletsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WalletsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalletsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const wallets::WalletRecord &w = m_rows.at(index.row());
    switch (role) {
    case WalletIdRole: return w.id;
    case WatchOnlyRole: return w.isWatchOnly();
    case CanDeriveRole: return w.canDerive();
    case Qt::EditRole: return index.column() == LabelColumn ? QVariant(w.label) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn: return w.label;
        case FamilyColumn: return Wallets::familyLabel(w.family);
        case KindColumn: return Wallets::kindLabel(w.kind);
        case RoleColumn: return Wallets::roleLabel(w.role);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KindColumn && w.isWatchOnly())
            return tr("Watch-only: Kassa can receive to this wallet but holds no key to spend from it.");
        return {};
    }
    return {};
}

QVariant WalletsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Wallet");
    case FamilyColumn: return tr("Chains");
    case KindColumn: return tr("Kind");
    case RoleColumn: return tr("Role");
    }
    return {};
}

Qt::ItemFlags WalletsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == LabelColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool WalletsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != LabelColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const wallets::WalletRecord &w = m_rows.at(index.row());
    const QString label = value.toString().trimmed();
    if (label == w.label)
        return false;
    Q_EMIT renameRequested(w.id, label);
    return false;
}

void WalletsModel::setWallets(const QList<wallets::WalletRecord> &list)
{
    QSet<qint64> ids;
    for (const auto &w : list)
        ids.insert(w.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (ids.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (const auto &w : list) {
        const int row = rowOf(w.id);
        if (row >= 0) {
            m_rows[row] = w;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(w);
        endInsertRows();
    }
}

const wallets::WalletRecord *WalletsModel::wallet(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WalletsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void WalletsModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FamilyColumn), index(int(m_rows.size()) - 1, RoleColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace kassa::ui
