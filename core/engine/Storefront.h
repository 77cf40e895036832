// Storefront: the merchant-facing half of the engine, wired together —
// Payments (orders, matching, expiry), the callback dispatcher, the REST
// listener and the OrdersService the console uses — fed by a
// ChainManager's committed transfers. `kassa-cli serve` runs it headless;
// the desktop Engine can own one the same way.
//
// Settings come from the [payments] and [api] groups of kassa.conf
// (doc/config.md); receive addresses from a ReceiveAddressSource (the
// wallets module, or the `addresses.<chain>` keys of [payments]).
#pragma once

#include "api/ApiServer.h"
#include "api/StorefrontApi.h"
#include "base/Clock.h"
#include "base/Result.h"
#include "engine/OrdersBackend.h"
#include "notify/CallbackDispatcher.h"
#include "payments/Payments.h"
#include "payments/RateFeed.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::engine {

class ChainManager;

struct StorefrontSettings {
    payments::PaymentSettings payments;
    QString chain = QStringLiteral("ethereum"); //!< what Epusdt orders are paid on
    QString asset = QStringLiteral("USDT"); //!< token symbol on that chain
    QString fiat = QStringLiteral("CNY");
    QMap<QString, QStringList> sharedAddresses; //!< chain → addresses ([payments] addresses.<chain>)
    bool apiEnabled = false;
    QHostAddress listen = QHostAddress::LocalHost;
    quint16 port = 8000;
    QString publicUrl; //!< empty: http://<listen>:<port>
    int ratePerSecond = 50;
    qsizetype maxBodyBytes = 16 * 1024;
    payments::RateFeedSettings rates; //!< [rates]: configured rate sources
    bool demo = false; //!< [demo] enabled: the demo network's profile
    //! Demo only: "pay this order" on the checkout page (api::ApiSettings::demoPay).
    std::function<void(const payments::Order &)> demoPay;

    //! Reads [payments] and [api] of `path` (kassa.conf); every key is checked.
    static Result<StorefrontSettings> load(const QString &path);
};

class Storefront : public QObject
{
    Q_OBJECT

public:
    //! `orders`: an OrdersBackend made before the database opened (the
    //! desktop engine's, which the console already holds); null: its own.
    Storefront(std::shared_ptr<store::Database> database, StorefrontSettings settings,
        std::shared_ptr<payments::ReceiveAddressSource> addresses, const Clock &clock = SystemClock::instance(),
        QObject *parent = nullptr, OrdersBackend *orders = nullptr);
    ~Storefront() override;

    //! Starts expiry, callbacks and (if enabled) the listener; feeds
    //! payments from `chains` (may be null: no chain watching) and watches
    //! the shared receive addresses there. `epusdtToken` signs Epusdt
    //! requests and callbacks; `webhookSecret` signs native webhooks.
    Result<void> start(ChainManager *chains, const QByteArray &epusdtToken, const QByteArray &webhookSecret = {});
    void stop();
    //! Demo only, before start(): pays a waiting order from a test account
    //! ("pay this order" on the checkout page).
    void setDemoPay(std::function<void(const payments::Order &)> pay) { m_settings.demoPay = std::move(pay); }
    //! What POST /v1/payouts may ask for (the enabled payout assets) and the
    //! fiat valuation of an amount; set before start(). Without targets the
    //! route answers unsupported_asset.
    void setPayoutTargets(QList<payments::PaymentTarget> targets,
        std::function<Result<payouts::FiatValuation>(const money::Amount &amount)> valuation);
    //! Between start() (successful or not) and stop().
    bool isStarted() const { return m_started; }

    std::shared_ptr<payments::Payments> payments() const { return m_payments; }
    OrdersService *orders() const { return m_orders; }
    quint16 apiPort() const { return m_server ? m_server->port() : 0; }
    //! The contract of `asset` on `chain` from the chain settings ("" if none).
    static QString tokenContract(const ChainManager *chains, const QString &chain, const QString &asset, int *decimals);

private:
    std::shared_ptr<store::Database> m_database;
    StorefrontSettings m_settings;
    std::shared_ptr<payments::ReceiveAddressSource> m_addresses;
    const Clock &m_clock;
    std::shared_ptr<payments::Payments> m_payments;
    bool m_started = false;
    OrdersBackend *m_orders = nullptr; // child, or the caller's
    std::unique_ptr<notify::CallbackDispatcher> m_dispatcher;
    std::unique_ptr<api::ApiServer> m_server;
    std::unique_ptr<payments::RateFeed> m_rates;
    QList<payments::PaymentTarget> m_payoutTargets;
    std::function<Result<payouts::FiatValuation>(const money::Amount &amount)> m_payoutValuation;
};

} // namespace kassa::engine
