// TokenContractsModel: the token contracts of one chain as Settings → Chains
// edits them (symbol, contract address, decimals). Values are checked when
// the chain's settings are saved, where every problem is shown next to the
// table; here only the decimals must be a number.
#pragma once

#include "chain/ChainSettings.h"

#include <QAbstractTableModel>
#include <QList>

namespace kassa::ui {

class TokenContractsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SymbolColumn, ContractColumn, DecimalsColumn, ColumnCount };

    explicit TokenContractsModel(QObject *parent = nullptr);

    void setTokens(const QList<chain::TokenContract> &tokens);
    QList<chain::TokenContract> tokens() const { return m_tokens; }
    //! Adds an empty row for the person to fill in; returns its row.
    int appendToken();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<chain::TokenContract> m_tokens;
};

} // namespace kassa::ui
