#include "engine/PayoutRates.h"

#include "base/Log.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace kassa::engine {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(kassa::engine::PayoutRates)
};

} // namespace

PayoutRates::PayoutRates(QObject *parent) : QObject(parent) {}

Result<PayoutRates::Snapshot> PayoutRates::read(store::Database &database)
{
    auto reader = database.reader();
    if (!reader.ok())
        return reader.error();
    auto policy = payouts::Payouts::policy(reader.value());
    if (!policy.ok())
        return policy.error();
    Snapshot snapshot;
    snapshot.fiat = policy->fiat;
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT asset, rate, source, observed_ms FROM exchange_rates WHERE fiat = ?"));
    q.addBindValue(snapshot.fiat);
    if (!q.exec()) {
        return makeError(ErrorCode::Database, QStringLiteral("payout rates: %1").arg(q.lastError().text()),
            Texts::tr("The exchange rates cannot be read."));
    }
    while (q.next()) {
        const QString asset = q.value(0).toString();
        auto rate = money::ExchangeRate::create(q.value(1).toString(), snapshot.fiat, asset, q.value(2).toString(),
            QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC));
        if (rate.ok())
            snapshot.byAsset.insert(asset, rate.value());
        else
            qCWarning(lcEngine).noquote() << "payout rates: ignoring the stored rate of" << asset << ":" << rate.error().message;
    }
    return snapshot;
}

void PayoutRates::install(Snapshot snapshot)
{
    QMutexLocker lock(&m_mutex);
    m_snapshot = std::move(snapshot);
}

void PayoutRates::refresh(std::shared_ptr<store::Database> database)
{
    if (!database)
        return;
    QPointer<PayoutRates> self(this);
    const quint64 generation = ++m_generation;
    QtConcurrent::run([database] { return read(*database); }).then(this, [self, generation](Result<Snapshot> snapshot) {
        if (!self || generation != self->m_generation)
            return; // a later read was started (or already installed)
        if (!snapshot.ok()) {
            qCWarning(lcEngine).noquote() << "payout rates:" << snapshot.error().message;
            return;
        }
        self->install(std::move(snapshot).value());
        Q_EMIT self->ready();
    });
}

Result<void> PayoutRates::refreshBlocking(store::Database &database)
{
    ++m_generation;
    auto snapshot = read(database);
    if (!snapshot.ok())
        return snapshot.error();
    install(std::move(snapshot).value());
    Q_EMIT ready();
    return {};
}

Result<payouts::FiatValuation> PayoutRates::valuation(const money::Amount &amount) const
{
    QMutexLocker lock(&m_mutex);
    const QString fiat = m_snapshot.fiat.isEmpty() ? QStringLiteral("USD") : m_snapshot.fiat;
    const auto it = m_snapshot.byAsset.constFind(amount.asset().symbol);
    if (it == m_snapshot.byAsset.cend()) {
        return makeError(ErrorCode::NotFound,
            QStringLiteral("payout rates: no %1 rate for %2").arg(fiat, amount.asset().symbol),
            Texts::tr("No exchange rate of %1 in %2 is known, so the payout cannot be valued.")
                .arg(amount.asset().symbol, fiat),
            Texts::tr("Set one with “kassa-cli orders rate %1 RATE --asset %2”.").arg(fiat, amount.asset().symbol));
    }
    const money::Asset fiatAsset{fiat, 2};
    auto value = it->toFiat(amount, fiatAsset, 2, money::Rounding::Up);
    if (!value.ok())
        return value.error();
    return payouts::FiatValuation{value.value(), it->toString(), it->source(), it->observedAt().toMSecsSinceEpoch()};
}

} // namespace kassa::engine
