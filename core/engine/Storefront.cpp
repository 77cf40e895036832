#include "engine/Storefront.h"

#include "base/Log.h"
#include "chain/ChainSettings.h"
#include "engine/ChainManager.h"
#include "money/Amount.h"
#include "store/Database.h"

#include <QSettings>

namespace kassa::engine {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(kassa::engine::Storefront)
};

Error badKey(const QString &path, const QString &key, const QString &value, const QString &expected)
{
    return makeError(ErrorCode::Config, QStringLiteral("%1: bad value \"%2\" for %3").arg(path, value, key),
        Texts::tr("The setting %1 in %2 is not valid: “%3”.").arg(key, path, value),
        Texts::tr("Expected: %1. See doc/config.md.").arg(expected));
}

} // namespace

Result<StorefrontSettings> StorefrontSettings::load(const QString &path)
{
    StorefrontSettings out;
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return makeError(
            ErrorCode::Config, QStringLiteral("cannot read %1").arg(path), Texts::tr("%1 cannot be read.").arg(path));
    const auto text = [&](const QString &key, const QString &fallback) {
        return ini.value(key, fallback).toString().trimmed();
    };
    const auto integer = [&](const QString &key, qint64 fallback, qint64 low, qint64 high,
                             qint64 &into) -> std::optional<Error> {
        const QString v = text(key, QString::number(fallback));
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok || n < low || n > high)
            return badKey(path, key, v, QStringLiteral("%1 … %2").arg(low).arg(high));
        into = n;
        return std::nullopt;
    };
    const auto boolean = [&](const QString &key, bool fallback, bool &into) -> std::optional<Error> {
        const QString v = text(key, fallback ? QStringLiteral("true") : QStringLiteral("false")).toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return badKey(path, key, v, QStringLiteral("true, false"));
        into = v == QLatin1String("true");
        return std::nullopt;
    };
    qint64 n = 0;
    payments::PaymentSettings &p = out.payments;
    out.fiat = text(QStringLiteral("payments/fiat"), out.fiat);
    if (out.fiat.size() != 3 || out.fiat.toUpper() != out.fiat)
        return badKey(path, QStringLiteral("payments/fiat"), out.fiat, QStringLiteral("CNY, USD, EUR, JPY, …"));
    out.chain = text(QStringLiteral("payments/chain"), out.chain);
    out.asset = text(QStringLiteral("payments/asset"), out.asset);
    p.step = text(QStringLiteral("payments/step"), p.step);
    if (!money::Amount::parse(p.step, money::Asset::usdt6()).ok())
        return badKey(path, QStringLiteral("payments/step"), p.step, QStringLiteral("0.01, 0.001, 0.0001"));
    if (auto e = integer(QStringLiteral("payments/max_tries"), p.maxTries, 1, 10000, n))
        return *e;
    p.maxTries = int(n);
    if (auto e = integer(QStringLiteral("payments/display_places"), p.displayPlaces, 0, 6, n))
        return *e;
    p.displayPlaces = int(n);
    if (auto e = integer(QStringLiteral("payments/expiry_minutes"), p.expirySeconds / 60, 1, 10080, n))
        return *e;
    p.expirySeconds = n * 60;
    if (auto e = integer(QStringLiteral("payments/late_window_minutes"), p.lateWindowSeconds / 60, 0, 43200, n))
        return *e;
    p.lateWindowSeconds = n * 60;
    if (auto e = integer(QStringLiteral("payments/rate_max_age_minutes"), p.rateMaxAgeSeconds / 60, 1, 43200, n))
        return *e;
    p.rateMaxAgeSeconds = n * 60;
    if (auto e = integer(QStringLiteral("payments/callback_tries"), p.callbackMaxAttempts, 1, 100, n))
        return *e;
    p.callbackMaxAttempts = int(n);
    if (auto e = boolean(QStringLiteral("payments/reuse_open_order"), p.reuseOpenOrder, p.reuseOpenOrder))
        return *e;
    p.webhookUrl = text(QStringLiteral("payments/webhook_url"), QString());
    if (!p.webhookUrl.isEmpty() && !api::StorefrontApi::isCallbackUrl(p.webhookUrl, 1024))
        return badKey(path, QStringLiteral("payments/webhook_url"), p.webhookUrl,
            QStringLiteral("https://shop.example.com/kassa/webhook"));
    ini.beginGroup(QStringLiteral("payments"));
    for (const QString &key : ini.childKeys()) {
        if (!key.startsWith(QLatin1String("addresses.")))
            continue;
        QStringList list;
        for (const QString &a :
            ini.value(key).toStringList().join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts))
            list << a.trimmed().toLower();
        out.sharedAddresses.insert(key.mid(10), list);
    }
    ini.endGroup();

    // [rates]: <FIAT>.url, <FIAT>.path, <FIAT>.asset and interval_seconds.
    if (auto e = integer(QStringLiteral("rates/interval_seconds"), out.rates.intervalSeconds, 10, 86400, n))
        return *e;
    out.rates.intervalSeconds = int(n);
    ini.beginGroup(QStringLiteral("rates"));
    const QStringList rateKeys = ini.childKeys();
    ini.endGroup();
    for (const QString &key : rateKeys) {
        if (key == QLatin1String("interval_seconds"))
            continue;
        const QString full = QStringLiteral("rates/") + key;
        const QString fiat = key.section(QLatin1Char('.'), 0, 0);
        const QString field = key.section(QLatin1Char('.'), 1);
        if (fiat.size() != 3 || fiat.toUpper() != fiat || !fiat.at(0).isLetter()
            || (field != QLatin1String("url") && field != QLatin1String("path") && field != QLatin1String("asset")))
            return badKey(path, full, text(full, QString()), QStringLiteral("CNY.url, CNY.path, CNY.asset, interval_seconds"));
        if (field != QLatin1String("url"))
            continue;
        payments::RateSource source;
        source.fiat = fiat;
        source.url = text(full, QString());
        source.path = text(QStringLiteral("rates/%1.path").arg(fiat), QString());
        source.asset = text(QStringLiteral("rates/%1.asset").arg(fiat), source.asset);
        if (!net::NetworkFactory().validateEndpoint(source.url, {QStringLiteral("https"), QStringLiteral("http")}).ok())
            return badKey(path, full, source.url, QStringLiteral("https://api.example.com/rates?fiat=CNY"));
        if (source.path.isEmpty())
            return badKey(path, QStringLiteral("rates/%1.path").arg(fiat), source.path, QStringLiteral("data.rates.CNY"));
        out.rates.sources.append(source);
    }
    for (const QString &key : rateKeys)
        if (key.endsWith(QLatin1String(".path")) && !ini.contains(QStringLiteral("rates/%1.url").arg(key.section(QLatin1Char('.'), 0, 0))))
            return badKey(path, QStringLiteral("rates/") + key, text(QStringLiteral("rates/") + key, QString()),
                QStringLiteral("a %1.url beside it").arg(key.section(QLatin1Char('.'), 0, 0)));

    if (auto e = boolean(QStringLiteral("api/enabled"), out.apiEnabled, out.apiEnabled))
        return *e;
    const QString listen = text(QStringLiteral("api/listen"), QStringLiteral("127.0.0.1"));
    if (!out.listen.setAddress(listen))
        return badKey(path, QStringLiteral("api/listen"), listen, QStringLiteral("127.0.0.1, ::1, 0.0.0.0"));
    if (auto e = integer(QStringLiteral("api/port"), out.port, 1, 65535, n))
        return *e;
    out.port = quint16(n);
    out.publicUrl = text(QStringLiteral("api/public_url"), QString());
    if (!out.publicUrl.isEmpty() && !api::StorefrontApi::isCallbackUrl(out.publicUrl, 1024))
        return badKey(path, QStringLiteral("api/public_url"), out.publicUrl, QStringLiteral("https://pay.example.com"));
    if (auto e = integer(QStringLiteral("api/rate_per_second"), out.ratePerSecond, 0, 100000, n))
        return *e;
    out.ratePerSecond = int(n);
    if (auto e = integer(QStringLiteral("api/max_body_kb"), out.maxBodyBytes / 1024, 1, 1024, n))
        return *e;
    out.maxBodyBytes = n * 1024;
    if (auto e = boolean(QStringLiteral("demo/enabled"), out.demo, out.demo))
        return *e;
    return out;
}

Storefront::Storefront(std::shared_ptr<store::Database> database, StorefrontSettings settings,
    std::shared_ptr<payments::ReceiveAddressSource> addresses, const Clock &clock, QObject *parent,
    OrdersBackend *orders)
    : QObject(parent), m_database(std::move(database)), m_settings(std::move(settings)),
      m_addresses(std::move(addresses)), m_clock(clock), m_orders(orders)
{
    m_payments = std::make_shared<payments::Payments>(m_database, m_addresses, m_settings.payments, m_clock);
    if (!m_orders)
        m_orders = new OrdersBackend(
            m_clock, [] { return audit::Actor::system(); }, this);
    m_orders->setPayments(m_payments, m_database);
}

Storefront::~Storefront()
{
    stop();
}

QString Storefront::tokenContract(const ChainManager *chains, const QString &chain, const QString &asset, int *decimals)
{
    if (!chains)
        return {};
    for (const auto &settings : chains->chains()) {
        if (settings.id != chain)
            continue;
        for (const auto &token : settings.tokens) {
            if (token.symbol == asset) {
                if (decimals)
                    *decimals = token.decimals;
                return chain::ChainSettingsFile::canonicalContract(token.contract, settings.family);
            }
        }
    }
    return {};
}

Result<void> Storefront::start(ChainManager *chains, const QByteArray &epusdtToken, const QByteArray &webhookSecret)
{
    m_started = true;
    m_payments->start();
    if (chains) {
        connect(chains, &ChainManager::transfersChanged, m_payments.get(),
            [p = m_payments](const QList<store::TransferRecord> &rows) { (void)p->applyTransfers(rows); });
        connect(m_payments.get(), &payments::Payments::dedicatedAddressAllocated, chains,
            [chains](const QString &chainId, const QString &address) {
                for (const auto &s : chains->chains())
                    if (s.id == chainId)
                        chains->watchAddress(s.family, address, QStringLiteral("order"));
            });
        for (auto it = m_settings.sharedAddresses.cbegin(); it != m_settings.sharedAddresses.cend(); ++it)
            for (const auto &s : chains->chains())
                if (s.id == it.key())
                    for (const QString &address : it.value())
                        if (!chains->watchAddress(s.family, address, QStringLiteral("receive")))
                            qCWarning(lcEngine) << "payments: not an address on" << it.key() << address;
        // Deposit addresses forever, dedicated order addresses while they can be paid.
        auto own = m_payments->addressesToWatch();
        if (!own.ok())
            return own.error();
        for (const auto &[chainId, address] : own.value())
            for (const auto &s : chains->chains())
                if (s.id == chainId)
                    chains->watchAddress(s.family, address, QStringLiteral("order"));
    }

    if (!m_settings.rates.sources.isEmpty()) {
        m_rates = std::make_unique<payments::RateFeed>(m_payments, m_settings.rates, net::NetworkFactory {}, m_clock);
        m_rates->start();
    }

    notify::DispatchSettings dispatch;
    dispatch.epusdtToken = epusdtToken;
    dispatch.webhookSecret = webhookSecret;
    m_dispatcher = std::make_unique<notify::CallbackDispatcher>(m_database, dispatch, net::NetworkPolicy {}, m_clock);
    connect(
        m_payments.get(), &payments::Payments::callbacksQueued, m_dispatcher.get(), &notify::CallbackDispatcher::poke);
    connect(m_dispatcher.get(), &notify::CallbackDispatcher::attemptLogged, m_orders,
        &OrdersBackend::notifyCallbacksChanged);
    m_dispatcher->start();

    if (!m_settings.apiEnabled)
        return {};
    int decimals = 6;
    const QString contract = tokenContract(chains, m_settings.chain, m_settings.asset, &decimals);
    if (contract.isEmpty())
        return makeError(ErrorCode::Config,
            QStringLiteral("no %1 token configured on %2").arg(m_settings.asset, m_settings.chain),
            Texts::tr("There is no %1 token on %2 in the chain settings.").arg(m_settings.asset, m_settings.chain),
            Texts::tr("Check [payments] chain and asset, and the chain's tokens."));
    api::ApiSettings apiSettings;
    apiSettings.epusdtToken = epusdtToken;
    apiSettings.target = {m_settings.chain, contract, money::Asset {m_settings.asset, decimals}};
    apiSettings.fiat = m_settings.fiat;
    apiSettings.ratePerSecond = m_settings.ratePerSecond;
    apiSettings.maxBodyBytes = m_settings.maxBodyBytes;
    apiSettings.demo = m_settings.demo;
    apiSettings.demoPay = m_settings.demoPay;
    apiSettings.payoutTargets = m_payoutTargets;
    apiSettings.payoutValuation = m_payoutValuation;
    apiSettings.publicBaseUrl = !m_settings.publicUrl.isEmpty()
        ? m_settings.publicUrl
        : QStringLiteral("http://%1:%2").arg(m_settings.listen.toString()).arg(m_settings.port);
    auto api = std::make_shared<api::StorefrontApi>(m_payments, apiSettings, m_clock);
    m_server = std::make_unique<api::ApiServer>(api);
    auto port = m_server->start(api::ListenSettings {m_settings.listen, m_settings.port});
    if (!port.ok()) {
        m_server.reset();
        return port.error();
    }
    return {};
}

void Storefront::setPayoutTargets(QList<payments::PaymentTarget> targets,
    std::function<Result<payouts::FiatValuation>(const money::Amount &amount)> valuation)
{
    m_payoutTargets = std::move(targets);
    m_payoutValuation = std::move(valuation);
}

void Storefront::stop()
{
    m_started = false;
    if (m_rates)
        m_rates->stop();
    m_rates.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    if (m_dispatcher)
        m_dispatcher->stop();
    m_dispatcher.reset();
}

} // namespace kassa::engine
