#include "models/TokenContractsModel.h"

namespace kassa::ui {

TokenContractsModel::TokenContractsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void TokenContractsModel::setTokens(const QList<chain::TokenContract> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    endResetModel();
}

int TokenContractsModel::appendToken()
{
    const int row = int(m_tokens.size());
    insertRows(row, 1);
    return row;
}

int TokenContractsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenContractsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenContractsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const chain::TokenContract &t = m_tokens[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case SymbolColumn: return t.symbol;
        case ContractColumn: return t.contract;
        case DecimalsColumn: return role == Qt::EditRole ? QVariant(t.decimals) : QVariant(QString::number(t.decimals));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == DecimalsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ContractColumn)
        return t.contract;
    return {};
}

bool TokenContractsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    chain::TokenContract &t = m_tokens[index.row()];
    switch (index.column()) {
    case SymbolColumn: t.symbol = value.toString().trimmed(); break;
    case ContractColumn: t.contract = value.toString().trimmed(); break;
    case DecimalsColumn: {
        bool ok = false;
        const int decimals = value.toString().trimmed().toInt(&ok);
        if (!ok || decimals < 0 || decimals > 77)
            return false;
        t.decimals = decimals;
        break;
    }
    default: return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags TokenContractsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant TokenContractsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column of the token table in Settings → Chains: "USDT"
    case SymbolColumn: return tr("Symbol");
    //: Column of the token table: the token's contract address
    case ContractColumn: return tr("Contract");
    //: Column of the token table: how many decimals the token has (USDT: 6)
    case DecimalsColumn: return tr("Decimals");
    }
    return {};
}

bool TokenContractsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_tokens.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_tokens.insert(row, chain::TokenContract {QString(), QString(), 6});
    endInsertRows();
    return true;
}

bool TokenContractsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_tokens.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_tokens.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace kassa::ui
