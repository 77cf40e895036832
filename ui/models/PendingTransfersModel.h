// PendingTransfersModel: transfers to our addresses that are not final yet,
// newest first, fed by ConsoleService signals with fine-grained inserts,
// changes and removals (never a reset while the dashboard is open).
#pragma once

#include "base/Clock.h"
#include "engine/ConsoleService.h"

#include <QAbstractTableModel>
#include <QList>

namespace kassa::ui {

class PendingTransfersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChainColumn, AmountColumn, ToColumn, ConfirmationsColumn, AgeColumn, TransactionColumn, ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole + 1, //!< confirmations / required, 0…1000 (per mille)
        TransferIdRole,
        ReorgedRole,
    };

    PendingTransfersModel(
        engine::ConsoleService *service, const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! Re-reads the whole list from the service (on start).
    void reload();
    //! The age column moves with the clock: call it every few seconds.
    void refreshAges();
    //! After a language change: takes the chain names (the local test
    //! network's is translated) from the service again, row by row.
    void refreshNames();

    //! "3 minutes", "2 hours": how long ago, in the current language.
    static QString formatAge(qint64 ms);
    //! The "To" label as shown: the storefront's fixed labels translated.
    static QString labelText(const QString &label);
    //! 0x1234…abcd: long identifiers shortened for a table cell.
    static QString shorten(const QString &text, int keep = 6);

private:
    void upsert(const engine::PendingTransfer &transfer);
    void remove(qint64 id);
    int rowOf(qint64 id) const;

    engine::ConsoleService *m_service;
    const Clock &m_clock;
    QList<engine::PendingTransfer> m_rows;
};

} // namespace kassa::ui
