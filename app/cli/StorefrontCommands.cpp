// kassa-cli serve, orders and apikey: the headless storefront engine, the
// order book from a terminal, and the native API's keys.
#include "api/ApiKeys.h"
#include "cli/Commands.h"

#include "cli/CliEngine.h"
#include "demo/DemoNetwork.h"
#include "demo/DemoPayouts.h"
#include "demo/DemoStorefront.h"
#include "engine/ChainManager.h"
#include "engine/Engine.h"
#include "engine/PayoutRates.h"
#include "engine/PayoutRunner.h"
#include "engine/Storefront.h"
#include "keys/ApiSecrets.h"
#include "payments/HdAddressSource.h"
#include "money/ExchangeRate.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

namespace kassa::cli {

namespace {

std::atomic<int> g_stopSignal {0};

extern "C" void onStopSignal(int signal)
{
    g_stopSignal.store(signal);
}

//! A secret file (the Epusdt token, the webhook secret): owner-only, one line.
Result<QByteArray> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read secret file %1").arg(path),
            Cli::tr("Cannot read %1.").arg(path));
    const auto permissions = file.permissions();
    if (permissions
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return makeError(ErrorCode::Config, QStringLiteral("secret file %1 is readable by others").arg(path),
            Cli::tr("%1 can be read by other users.").arg(path), Cli::tr("Run: chmod 600 %1").arg(path));
    const QByteArray secret = file.read(4096).trimmed();
    if (secret.isEmpty())
        return makeError(
            ErrorCode::Config, QStringLiteral("secret file %1 is empty").arg(path), Cli::tr("%1 is empty.").arg(path));
    return secret;
}

//! Runs the event loop until SIGTERM or SIGINT.
void serveUntilSignal()
{
    out(Cli::tr("Serving. Stop with Ctrl+C or SIGTERM."));
    std::fflush(stdout); // a supervisor reading a pipe sees it now
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [] {
        if (g_stopSignal.load())
            QCoreApplication::quit();
    });
    watch.start(100);
    QCoreApplication::exec();
    out(Cli::tr("Stopping."));
}

//! Test builds only (CMake option KASSA_FAULT_INJECTION): with
//! KASSA_FAULT_STOP_BEFORE_BROADCAST=1 in the environment, every payout
//! sender stops right after a payout's signed bytes are stored and before
//! they are broadcast, and says so on stdout, so a test can kill the process
//! there (tests/cli/tst_serve_payout_crash.cpp). A release build ignores the
//! variable.
std::function<bool(const QString &)> faultInjection()
{
#ifdef KASSA_FAULT_INJECTION
    if (qEnvironmentVariable("KASSA_FAULT_STOP_BEFORE_BROADCAST") == QLatin1String("1")) {
        std::fputs("fault injection: payouts stop after signing, before broadcast\n", stdout);
        std::fflush(stdout);
        return [](const QString &payoutId) {
            std::printf("fault injection: payout %s signed and stored, not broadcast\n", qPrintable(payoutId));
            std::fflush(stdout);
            return false;
        };
    }
#endif
    return {};
}

//! serve --demo: the demo network, the demo profile and its storefront, and
//! the payout senders with the demo's payout wallet and operators; demo.json
//! in the profile tells a test storefront where everything is.
int runDemoServe(const Context &context)
{
    Context demoContext = context;
    if (demoContext.profileDirectory.isEmpty())
        demoContext.profileDirectory = demo::DemoNetwork::defaultDirectory();
    auto profile = Profile::open(demoContext.profileDirectory);
    if (!profile.ok())
        return reportError(profile.error());
    if (auto locked = profile->lock(); !locked.ok())
        return reportError(locked.error());
    demo::DemoNetwork network(profile->directory());
    auto chain = network.startBlocking();
    if (!chain.ok())
        return reportError(chain.error());
    if (auto configured = network.configureProfile(); !configured.ok())
        return reportError(configured.error());
    OpenedEngine opened = openEngine(demoContext);
    if (opened.code)
        return opened.code;
    engine::Engine &engine = *opened.engine;
    engine.startChainWatchers();
    auto storefront = demo::startDemoStorefront(engine, &network);
    if (!storefront.ok())
        return reportError(storefront.error());
    const quint16 apiPort = (*storefront)->apiPort();
    // Payouts: the same senders, policy and step-up as with real money. The
    // payout wallet lives in the key store: without one the demo takes
    // orders but pays nothing out, and says why.
    auto payouts = demo::DemoPayouts::setUpBlocking(engine);
    if (payouts.ok()) {
        // The policy and the demo rate are fresh: value payouts with them.
        if (auto rates = engine.payoutRates()->refreshBlocking(*engine.database()); !rates.ok())
            return reportError(rates.error());
        if (auto runner = engine.startPayoutRunner(faultInjection()); !runner.ok())
            return reportError(runner.error());
    } else {
        err(payouts.error().displayText());
        err(Cli::tr("DEMO: payouts are off in this run; orders work as usual."));
    }
    QJsonObject info {{QStringLiteral("rpc"), chain->httpUrl.toString()}, {QStringLiteral("ws"), chain->wsUrl.toString()},
        {QStringLiteral("chain_id"), qint64(demo::DemoNetwork::kChainId)}, {QStringLiteral("token"), chain->token},
        {QStringLiteral("payout_address"), chain->payoutAddress},
        {QStringLiteral("customers"), QJsonArray::fromStringList(chain->customers)},
        {QStringLiteral("receive_addresses"), QJsonArray::fromStringList(chain->receiveAddresses)},
        {QStringLiteral("api"), QStringLiteral("http://127.0.0.1:%1").arg(apiPort)},
        {QStringLiteral("epusdt_token_file"), QString(profile->directory() + QStringLiteral("/epusdt-token"))},
        {QStringLiteral("mnemonic"), QString::fromLatin1(demo::DemoNetwork::kMnemonic)},
        {QStringLiteral("rate"), QString::fromLatin1(demo::kDemoRate)},
        {QStringLiteral("payouts"), payouts.ok()},
        {QStringLiteral("operators_file"), payouts.ok() ? payouts->credentialsFile : QString()}};
    QFile file(profile->directory() + QStringLiteral("/demo.json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(info).toJson(QJsonDocument::Indented)) < 0)
        return reportError(makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(file.fileName()),
            Cli::tr("Cannot write %1.").arg(file.fileName())));
    file.close();
    out(Cli::tr("DEMO: a local test network with play money, not real money."));
    out(Cli::tr("Test network %1, test USDT %2.").arg(chain->httpUrl.toString(), chain->token));
    out(Cli::tr("Storefront API listening on %1 port %2.").arg(QStringLiteral("127.0.0.1")).arg(apiPort));
    out(Cli::tr("Everything a test shop needs is in %1.").arg(file.fileName()));
    if (payouts.ok() && !payouts->credentialsFile.isEmpty())
        out(Cli::tr("DEMO: the demo operators' logins and passwords are in %1.").arg(payouts->credentialsFile));
    serveUntilSignal();
    if (engine.payoutRunner())
        engine.payoutRunner()->stop();
    (*storefront)->stop();
    if (engine.chains())
        engine.chains()->stop();
    network.stop();
    return 0;
}

QString serveSummary()
{
    return Cli::tr("Run the engine without a window: chain watchers, orders, callbacks and the storefront API.");
}

int runServe(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(serveSummary());
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
        Cli::tr("Read the Epusdt API token from <file> (owner-only permissions)."), Cli::tr("file"));
    const QCommandLineOption secretFile(QStringLiteral("webhook-secret-file"),
        Cli::tr("Read the native webhook secret from <file> (owner-only permissions)."), Cli::tr("file"));
    const QCommandLineOption keyPassphrase(QStringLiteral("key-passphrase-file"),
        Cli::tr("With [keys] store=file: read the key file's passphrase from <file>."), Cli::tr("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        Cli::tr("Run on the local demo network (anvil, play money) in the demo profile; writes demo.json there."));
    parser.addOptions({tokenFile, secretFile, keyPassphrase, demoOption});
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    QByteArray token;
    QByteArray secret;
    if (parser.isSet(tokenFile)) {
        auto read = readSecretFile(parser.value(tokenFile));
        if (!read.ok())
            return reportError(read.error());
        token = read.value();
    }
    if (parser.isSet(secretFile)) {
        auto read = readSecretFile(parser.value(secretFile));
        if (!read.ok())
            return reportError(read.error());
        secret = read.value();
    }
    if (parser.isSet(demoOption))
        return runDemoServe(context);
    OpenedEngine opened = openEngine(context);
    if (opened.code)
        return opened.code;
    engine::Engine &engine = *opened.engine;
    auto settings = engine::StorefrontSettings::load(engine.config().path());
    if (!settings.ok())
        return reportError(settings.error());
    if (!parser.isSet(tokenFile) && !parser.isSet(secretFile)) {
        // Not given as files (a headless machine without a keychain): the
        // secrets kassa-cli api-token keeps in the key store.
        if (int code = unlockKeyStore(engine, parser.isSet(keyPassphrase) ? parser.value(keyPassphrase) : QString()))
            return code;
        std::optional<Result<keys::ApiSecrets>> loaded;
        QEventLoop loop;
        QObject receiver;
        keys::loadApiSecrets(*engine.keyStore(), &receiver, [&](Result<keys::ApiSecrets> r) {
            loaded = std::move(r);
            loop.quit();
        });
        if (!loaded)
            loop.exec();
        if (!loaded->ok()) {
            err(loaded->error().displayText());
            err(Cli::tr("The storefront secrets could not be read from the key store; use --token-file and "
                        "--webhook-secret-file on a machine without a keychain."));
        } else {
            token = loaded->value().epusdtToken;
            secret = loaded->value().webhookSecret;
            loaded->value().wipe();
        }
    }
    // The payout senders sign with the key store: a key file is unlocked
    // for them too when its passphrase is given.
    if (parser.isSet(keyPassphrase)) {
        if (int code = unlockKeyStore(engine, parser.value(keyPassphrase)))
            return code;
    }
    if (settings->apiEnabled && token.isEmpty())
        err(Cli::tr("No Epusdt token (kassa-cli api-token create, or --token-file): the storefront API will refuse "
                    "every Epusdt request."));
    engine.startChainWatchers();
    // The engine's storefront: receive addresses from the wallets with the
    // receiving role, else [payments] addresses.<chain>.
    auto started = engine.startStorefront(token, secret);
    if (!started.ok())
        return reportError(started.error());
    engine::Storefront &storefront = *engine.storefront();
    if (storefront.apiPort())
        out(Cli::tr("Storefront API listening on %1 port %2.")
                .arg(settings->listen.toString())
                .arg(storefront.apiPort()));
    auto payouts = engine.startPayoutRunner(faultInjection());
    if (!payouts.ok())
        return reportError(payouts.error());
    serveUntilSignal();
    engine.payoutRunner()->stop();
    storefront.stop();
    if (engine.chains())
        engine.chains()->stop();
    return 0;
}

QJsonObject orderJson(const payments::Order &o)
{
    QJsonObject j {{QStringLiteral("trade_id"), o.tradeId}, {QStringLiteral("order_id"), o.merchantOrderId},
        {QStringLiteral("status"), payments::orderStatusName(o.status)}, {QStringLiteral("chain"), o.chain},
        {QStringLiteral("asset"), o.amount.asset().symbol}, {QStringLiteral("amount"), o.amount.toString()},
        {QStringLiteral("received"), o.received.toString()}, {QStringLiteral("address"), o.address},
        {QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(o.createdMs, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("expires"), QDateTime::fromMSecsSinceEpoch(o.expiresMs, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("tx_hash"), o.txHash}};
    if (o.isFiat()) {
        j.insert(QStringLiteral("fiat"), o.fiat);
        j.insert(QStringLiteral("fiat_amount"), o.fiatAmount);
        j.insert(QStringLiteral("rate"), o.rate);
        j.insert(QStringLiteral("rate_source"), o.rateSource);
    }
    return j;
}

QString ordersSummary()
{
    return Cli::tr("List and show orders, mark one paid or cancel it, set exchange rates.");
}

int runOrders(const Context &context, const QStringList &args)
{
    const QString usage = Cli::tr("Usage: kassa-cli orders list|show|mark-paid|cancel|rate [options]");
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        out(usage);
        printTable({{QStringLiteral("  list [--status S] [--limit N] [--json]"), Cli::tr("Orders, newest first.")},
            {QStringLiteral("  show TRADE_ID"), Cli::tr("One order with its timeline.")},
            {QStringLiteral("  mark-paid TRADE_ID --reason TEXT"), Cli::tr("Accept an order by hand (audited).")},
            {QStringLiteral("  cancel TRADE_ID --reason TEXT"), Cli::tr("Cancel an order (audited).")},
            {QStringLiteral("  rate FIAT RATE [--asset USDT]"),
                Cli::tr("Set how many FIAT one unit of the asset costs.")}});
        return args.size() < 2 ? 2 : 0;
    }
    const QString sub = args.at(1);
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"), Cli::tr("Only orders in <status>."), Cli::tr("status"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most <n> orders (default 50)."), Cli::tr("n"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why (kept in the audit log)."), Cli::tr("text"));
    const QCommandLineOption asset(
        QStringLiteral("asset"), Cli::tr("The asset the rate prices (default USDT)."), Cli::tr("symbol"));
    parser.addOptions({status, limit, json, reason, asset});
    if (!parser.parse(QStringList {args.at(0) + QLatin1Char(' ') + sub} + args.mid(2))) {
        err(parser.errorText());
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    OpenedEngine opened = openEngine(context);
    if (opened.code)
        return opened.code;
    engine::Engine &engine = *opened.engine;
    auto settings = engine::StorefrontSettings::load(engine.config().path());
    if (!settings.ok())
        return reportError(settings.error());
    std::shared_ptr<store::Database> database(engine.database(), [](store::Database *) {});
    payments::Payments payments(database, std::make_shared<payments::StaticAddressSource>(), settings->payments);

    if (sub == QLatin1String("list")) {
        payments::OrderFilter filter;
        filter.limit = parser.isSet(limit) ? parser.value(limit).toInt() : 50;
        if (parser.isSet(status)) {
            filter.status = payments::orderStatusFromName(parser.value(status));
            if (!filter.status) {
                err(Cli::tr("Unknown status “%1”.").arg(parser.value(status)));
                return 2;
            }
        }
        auto orders = payments.orders(filter);
        if (!orders.ok())
            return reportError(orders.error());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &o : orders.value())
                array.append(orderJson(o));
            out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
            return 0;
        }
        for (const auto &o : orders.value())
            out(QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(o.tradeId, payments::orderStatusName(o.status).leftJustified(10),
                        o.amount.toStringWithSymbol().leftJustified(16), o.address, o.merchantOrderId));
        return 0;
    }
    if (positional.isEmpty()) {
        err(usage);
        return 2;
    }
    if (sub == QLatin1String("show")) {
        auto order = payments.orderByTradeId(positional.first());
        if (!order.ok())
            return reportError(order.error());
        if (!order->has_value()) {
            err(Cli::tr("There is no order %1.").arg(positional.first()));
            return 1;
        }
        QJsonObject j = orderJson(**order);
        QJsonArray events;
        for (const auto &e : payments.events((*order)->id).value())
            events.append(QJsonObject {
                {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("kind"), e.kind}, {QStringLiteral("from"), e.fromStatus},
                {QStringLiteral("to"), e.toStatus}, {QStringLiteral("detail"), e.detail}});
        j.insert(QStringLiteral("events"), events);
        out(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    if (sub == QLatin1String("mark-paid") || sub == QLatin1String("cancel")) {
        if (!parser.isSet(reason)) {
            err(Cli::tr("Give a reason with --reason; it is kept in the audit log."));
            return 2;
        }
        auto done = sub == QLatin1String("cancel")
            ? payments.cancel(positional.first(), parser.value(reason), terminalActor())
            : payments.markPaid(positional.first(), parser.value(reason), terminalActor());
        if (!done.ok())
            return reportError(done.error());
        out(Cli::tr("Order %1 is now %2.").arg(done->tradeId, payments::orderStatusName(done->status)));
        return 0;
    }
    if (sub == QLatin1String("rate")) {
        if (positional.size() != 2) {
            err(usage);
            return 2;
        }
        auto rate = money::ExchangeRate::create(positional.at(1), positional.at(0),
            parser.isSet(asset) ? parser.value(asset) : QStringLiteral("USDT"), QStringLiteral("manual"),
            QDateTime::currentDateTimeUtc());
        if (!rate.ok())
            return reportError(rate.error());
        auto stored = payments.setRate(rate.value(), terminalActor());
        if (!stored.ok())
            return reportError(stored.error());
        out(Cli::tr("Rate set: 1 %1 = %2 %3.").arg(rate->asset(), rate->toString(), rate->fiat()));
        return 0;
    }
    err(Cli::tr("Unknown orders command “%1”.").arg(sub));
    err(usage);
    return 2;
}

QString apikeySummary()
{
    return Cli::tr("Create, list and revoke keys for the native REST API.");
}

int runApikey(const Context &context, const QStringList &args)
{
    const QString usage = Cli::tr("Usage: kassa-cli apikey create NAME --scope S… | list | revoke ID");
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        out(usage);
        out(Cli::tr("Scopes: %1").arg(api::ApiKeys::knownScopes().join(QStringLiteral(", "))));
        return args.size() < 2 ? 2 : 0;
    }
    const QString sub = args.at(1);
    QCommandLineParser parser;
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"), Cli::tr("What the key may do (repeat for several)."), Cli::tr("scope"));
    parser.addOption(scopeOption);
    if (!parser.parse(QStringList {args.at(0) + QLatin1Char(' ') + sub} + args.mid(2))) {
        err(parser.errorText());
        return 2;
    }
    OpenedEngine opened = openEngine(context);
    if (opened.code)
        return opened.code;
    store::Database &db = *opened.engine->database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (sub == QLatin1String("create") && parser.positionalArguments().size() == 1) {
        std::pair<api::ApiKey, QString> made;
        auto written = db.writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto k = api::ApiKeys::create(
                c, parser.positionalArguments().first(), parser.values(scopeOption), terminalActor(), now);
            if (!k.ok())
                return k.error();
            made = k.value();
            return {};
        });
        if (!written.ok())
            return reportError(written.error());
        out(Cli::tr("API key %1 created. It is shown only this once; store it now:").arg(made.first.id));
        std::fputs(qPrintable(made.second + QLatin1Char('\n')), stdout);
        return 0;
    }
    if (sub == QLatin1String("list")) {
        auto reader = db.reader();
        if (!reader.ok())
            return reportError(reader.error());
        auto keys = api::ApiKeys::list(reader.value());
        if (!keys.ok())
            return reportError(keys.error());
        for (const auto &k : keys.value())
            out(QStringLiteral("%1  %2  %3  %4")
                    .arg(k.id, k.prefix, k.scopes.join(QLatin1Char(',')), k.revokedMs ? Cli::tr("revoked") : k.name));
        return 0;
    }
    if (sub == QLatin1String("revoke") && parser.positionalArguments().size() == 1) {
        auto written = db.writeAndWait([&](QSqlDatabase &c) {
            return api::ApiKeys::revoke(c, parser.positionalArguments().first(), terminalActor(), now);
        });
        if (!written.ok())
            return reportError(written.error());
        out(Cli::tr("API key %1 revoked.").arg(parser.positionalArguments().first()));
        return 0;
    }
    err(usage);
    return 2;
}

} // namespace

Command serveCommand()
{
    return {QStringLiteral("serve"), &serveSummary, &runServe};
}

Command ordersCommand()
{
    return {QStringLiteral("orders"), &ordersSummary, &runOrders};
}

Command apikeyCommand()
{
    return {QStringLiteral("apikey"), &apikeySummary, &runApikey};
}

} // namespace kassa::cli
