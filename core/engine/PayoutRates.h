// PayoutRates: the exchange rates a payout is valued at, read from the
// stored rates (`exchange_rates`, set with `kassa-cli orders rate` or by a
// rate source) in the payout policy's fiat, and kept in memory so the
// request form can value an amount without touching the database on the
// GUI thread. refresh() reads them again on a worker thread.
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "money/Amount.h"
#include "money/ExchangeRate.h"
#include "payouts/PayoutTypes.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::engine {

class PayoutRates : public QObject
{
    Q_OBJECT

public:
    explicit PayoutRates(QObject *parent = nullptr);

    //! Reads the policy's fiat and its rates again, off the calling thread;
    //! ready() follows.
    void refresh(std::shared_ptr<store::Database> database);
    //! Reads them now on the calling thread (kassa-cli, tests).
    Result<void> refreshBlocking(store::Database &database);
    //! The fiat value of `amount` at the cached rate of its asset (rounded
    //! up to the cent: a value on a tier boundary counts in the higher tier).
    Result<payouts::FiatValuation> valuation(const money::Amount &amount) const;

Q_SIGNALS:
    void ready();

private:
    struct Snapshot {
        QString fiat;
        QHash<QString, money::ExchangeRate> byAsset;
    };
    static Result<Snapshot> read(store::Database &database);
    void install(Snapshot snapshot);

    quint64 m_generation = 0; //!< the newest read started (this object's thread)
    mutable QMutex m_mutex;
    Snapshot m_snapshot;
};

} // namespace kassa::engine
