#include "demo/DemoNetwork.h"

#include "base/Clock.h"
#include "base/Log.h"
#include "chain/ChainSettings.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/evm/JsonRpcClient.h"
#include "crypto/Bip32.h"
#include "crypto/Bip44.h"
#include "crypto/EthAddress.h"
#include "crypto/Mnemonic.h"
#include "profile/Config.h"
#include "profile/Profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace kassa::demo {

namespace {

// What the demo mints: a million test USDT for the payout wallet and for
// each customer account (units of 10^-6).
constexpr const char *kMintUnits = "1000000000000";
// mint(address,uint256)
constexpr const char *kMintSelector = "40c10f19";
constexpr int kCustomerCount = 9;
constexpr const char *kDeployGas = "0x1e8480";
constexpr const char *kCallGas = "0x186a0";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool portIsFree(quint16 port)
{
    QTcpServer probe;
    return port != 0 && probe.listen(QHostAddress::LocalHost, port);
}

QString word(const QString &hexAddress)
{
    return QString(64 - 40, QLatin1Char('0')) + hexAddress.mid(2).toLower();
}

QString uintWord(const money::UInt256 &value)
{
    const QString hex = QString::fromLatin1(value.toMinimalBigEndian().toHex());
    return QString(64 - hex.size(), QLatin1Char('0')) + hex;
}

Error nodeError(const QString &english, const QString &screen)
{
    return makeError(ErrorCode::Network, english, screen,
        DemoNetwork::tr("Close Kassa and start the demo again. If it keeps failing, delete the demo folder %1.")
            .arg(DemoNetwork::defaultDirectory()));
}

Result<QStringList> derive(int first, int count)
{
    auto mnemonic = crypto::Mnemonic::parse(QString::fromLatin1(DemoNetwork::kMnemonic));
    if (!mnemonic.ok())
        return mnemonic.error();
    auto seed = mnemonic->seed();
    if (!seed.ok())
        return seed.error();
    auto master = crypto::ExtendedPrivateKey::fromSeed(seed.value());
    if (!master.ok())
        return master.error();
    QStringList out;
    for (int i = first; i < first + count; ++i) {
        auto key = master->derivePath(crypto::bip44::receivePath(crypto::bip44::Coin::Ethereum, 0, std::uint32_t(i)));
        if (!key.ok())
            return key.error();
        out << crypto::EthAddress::fromPublicKey(key->publicKey()).toChecksumString();
    }
    return out;
}

} // namespace

QString DemoNetwork::anvilPath()
{
    const QString fromEnv = qEnvironmentVariable("KASSA_ANVIL");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv) ? fromEnv : QString();
    const QString cached =
        QStringLiteral(KASSA_NODE_MODULES) + QStringLiteral("/@foundry-rs/anvil-linux-amd64/bin/anvil");
    if (QFile::exists(cached))
        return cached;
    return QStandardPaths::findExecutable(QStringLiteral("anvil"));
}

QString DemoNetwork::defaultDirectory()
{
    return Profile::defaultDirectory() + QStringLiteral("-demo");
}

QByteArray DemoNetwork::tokenBytecode()
{
    QFile file(QStringLiteral(":/kassa/demo/DemoUsdt.bin"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

QString DemoNetwork::tokenAddress()
{
    // CREATE address of dev account 0 at nonce 0.
    return QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3");
}

Result<QString> DemoNetwork::devAddress(int index)
{
    auto one = derive(index, 1);
    if (!one.ok())
        return one.error();
    return one->first();
}

bool DemoNetwork::isDemoConfig(const QString &configPath)
{
    if (!QFile::exists(configPath))
        return false;
    QSettings ini(configPath, QSettings::IniFormat);
    return ini.value(QStringLiteral("demo/enabled")).toString().trimmed().toLower() == QLatin1String("true");
}

DemoNetwork::DemoNetwork(QString directory, QObject *parent) : QObject(parent), m_directory(std::move(directory))
{
    qRegisterMetaType<kassa::Error>();
}

DemoNetwork::~DemoNetwork()
{
    stop();
}

void DemoNetwork::fail(const Error &error)
{
    qCWarning(lcEngine) << "demo network:" << error.message;
    m_stopping = true;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    Q_EMIT failed(error);
}

void DemoNetwork::start()
{
    // First, so that even "anvil is missing" is shown against its step.
    Q_EMIT progress(Step::StartingNode);
    const QString anvil = anvilPath();
    if (anvil.isEmpty()) {
        fail(makeError(ErrorCode::NotFound, QStringLiteral("anvil not found (KASSA_ANVIL, npm cache, PATH)"),
            tr("The demo needs anvil, the local test network, and it is not installed."),
            tr("Run “make deps” (or “make”) in Kassa's source folder: it installs anvil from npm into %1. "
               "Or set KASSA_ANVIL to an anvil program.")
                .arg(QStringLiteral(KASSA_NODE_MODULES))));
        return;
    }
    if (tokenBytecode().isEmpty()) {
        fail(makeError(ErrorCode::Internal, QStringLiteral("demo token bytecode missing from the resources"),
            tr("The demo token is missing from this build of Kassa.")));
        return;
    }
    auto receive = derive(kReceiveFirstIndex, kReceiveCount);
    auto devs = derive(0, kCustomerCount + 1);
    if (!receive.ok() || !devs.ok()) {
        fail(receive.ok() ? devs.error() : receive.error());
        return;
    }
    if (!QDir().mkpath(m_directory)) {
        fail(makeError(ErrorCode::Io, QStringLiteral("cannot create demo folder %1").arg(m_directory),
            tr("Kassa could not create the demo folder %1.").arg(m_directory)));
        return;
    }
    m_chain = {};
    m_chain.token = tokenAddress();
    m_chain.receiveAddresses = receive.value();
    m_chain.payoutAddress = devs->first();
    m_chain.customers = devs->mid(1);
    m_port = freePort();
    m_chain.httpUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    m_chain.wsUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
    m_ready = false;
    m_stopping = false;
    ++m_run;

    // A block every second: confirmations keep coming while nothing is paid.
    const QStringList args = {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(m_port), QStringLiteral("--chain-id"), QString::number(kChainId), QStringLiteral("--mnemonic"),
        QString::fromLatin1(kMnemonic), QStringLiteral("--accounts"), QString::number(kCustomerCount + 1),
        QStringLiteral("--block-time"), QStringLiteral("1"), QStringLiteral("--state"),
        m_directory + QStringLiteral("/anvil-state.json"), QStringLiteral("--state-interval"), QStringLiteral("10"),
        QStringLiteral("--silent")};
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // Kassa owns the node: if Kassa dies without stopping it (a signal, a
    // crash), the kernel stops the node too instead of leaving it running.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_stopping)
            fail(nodeError(QStringLiteral("anvil failed to start: %1").arg(m_process->errorString()),
                tr("The local test network did not start: %1").arg(m_process->errorString())));
    });
    connect(m_process.get(), &QProcess::finished, this, [this](int code) {
        if (m_stopping)
            return;
        const QString output = QString::fromUtf8(m_process->readAll()).trimmed().right(400);
        if (m_ready) {
            qCWarning(lcEngine) << "demo network: anvil exited with" << code << output;
            m_ready = false;
            Q_EMIT stopped();
        } else {
            fail(nodeError(QStringLiteral("anvil exited with %1: %2").arg(code).arg(output),
                tr("The local test network stopped while starting (exit code %1).").arg(code)));
        }
    });
    chain::evm::JsonRpcClient::Options options;
    options.timeoutMs = 5000;
    options.cooldownBaseMs = 20;
    options.cooldownMaxMs = 100;
    m_rpc = std::make_unique<chain::evm::JsonRpcClient>(
        m_network, QList<QUrl> {m_chain.httpUrl}, SystemClock::instance(), options);
    qCInfo(lcEngine) << "demo network: starting" << anvil << "on port" << m_port;
    m_process->start(anvil, args);
    waitForNode(0);
}

void DemoNetwork::waitForNode(int attempt)
{
    if (m_stopping)
        return;
    const quint64 run = m_run;
    m_rpc->call(QStringLiteral("eth_chainId")).then(this, [this, attempt, run](const chain::evm::RpcReply &reply) {
        if (stale(run))
            return;
        if (reply.ok) {
            if (reply.result.toString() != QStringLiteral("0x%1").arg(kChainId, 0, 16)) {
                fail(nodeError(QStringLiteral("demo node reports chain %1").arg(reply.result.toString()),
                    tr("The local test network reports the wrong chain.")));
                return;
            }
            deployAndFund();
            return;
        }
        if (attempt >= 300) { // 30 s
            fail(nodeError(QStringLiteral("anvil did not answer: %1").arg(reply.failure.describe()),
                tr("The local test network did not answer within 30 seconds.")));
            return;
        }
        QTimer::singleShot(100, this, [this, attempt, run] {
            if (!stale(run))
                waitForNode(attempt + 1);
        });
    });
}

void DemoNetwork::deployAndFund()
{
    // A chain loaded from the profile has the token already.
    m_rpc->call(QStringLiteral("eth_getCode"), {m_chain.token, QStringLiteral("latest")})
        .then(this, [this, run = m_run](const chain::evm::RpcReply &code) {
            if (stale(run))
                return;
            if (!code.ok) {
                fail(nodeError(code.failure.describe(), tr("The local test network refused a request.")));
                return;
            }
            if (code.result.toString().size() > 2) {
                Q_EMIT progress(Step::ReusingChain);
                finishReady();
                return;
            }
            // Explicit nonces and gas: the calls may reach the node in any order.
            QList<chain::evm::RpcRequest> calls;
            calls << chain::evm::RpcRequest {QStringLiteral("eth_sendTransaction"),
                {QJsonObject {{QStringLiteral("from"), m_chain.payoutAddress},
                    {QStringLiteral("data"), QString(QStringLiteral("0x") + QString::fromLatin1(tokenBytecode()))},
                    {QStringLiteral("gas"), QString::fromLatin1(kDeployGas)},
                    {QStringLiteral("nonce"), QStringLiteral("0x0")}}}};
            const QStringList funded = QStringList {m_chain.payoutAddress} + m_chain.customers;
            const auto units = money::UInt256::parseDecimal(QString::fromLatin1(kMintUnits)).value();
            for (int i = 0; i < funded.size(); ++i) {
                calls << chain::evm::RpcRequest {QStringLiteral("eth_sendTransaction"),
                    {QJsonObject {{QStringLiteral("from"), m_chain.payoutAddress},
                        {QStringLiteral("to"), m_chain.token},
                        {QStringLiteral("data"),
                            QString(QStringLiteral("0x") + QString::fromLatin1(kMintSelector) + word(funded.at(i))
                                + uintWord(units))},
                        {QStringLiteral("gas"), QString::fromLatin1(kCallGas)},
                        {QStringLiteral("nonce"), QStringLiteral("0x%1").arg(i + 1, 0, 16)}}}};
            }
            Q_EMIT progress(Step::DeployingToken);
            m_rpc->batch(calls).then(this, [this, run](const QList<chain::evm::RpcReply> &replies) {
                if (stale(run))
                    return;
                QStringList hashes;
                for (const auto &r : replies) {
                    if (!r.ok) {
                        fail(nodeError(QStringLiteral("demo deploy/mint failed: %1").arg(r.failure.describe()),
                            tr("The test USDT could not be created on the local test network.")));
                        return;
                    }
                    hashes << r.result.toString();
                }
                qCInfo(lcEngine) << "demo network: deploying the test USDT and funding" << hashes.size() - 1
                                 << "accounts";
                waitForReceipts(hashes, 0, false);
            });
        });
}

void DemoNetwork::waitForReceipts(QStringList hashes, int attempt, bool deployed)
{
    QList<chain::evm::RpcRequest> calls;
    for (const QString &h : hashes)
        calls << chain::evm::RpcRequest {QStringLiteral("eth_getTransactionReceipt"), {h}};
    const quint64 run = m_run;
    m_rpc->batch(calls).then(this, [this, hashes, attempt, deployed, run](const QList<chain::evm::RpcReply> &replies) {
        if (stale(run))
            return;
        // The first transaction creates the token; the mints that fund the
        // accounts follow it (anvil usually mines them in the same block).
        const bool tokenMined =
            deployed || (!replies.isEmpty() && replies.first().ok && replies.first().result.isObject());
        if (tokenMined && !deployed)
            Q_EMIT progress(Step::FundingAccounts);
        bool all = true;
        for (const auto &r : replies) {
            if (!r.ok || !r.result.isObject()) {
                all = false;
                continue;
            }
            if (r.result.toObject().value(QStringLiteral("status")).toString() != QLatin1String("0x1")) {
                fail(nodeError(QStringLiteral("demo deploy/mint reverted"),
                    tr("The test USDT could not be created on the local test network.")));
                return;
            }
        }
        if (all) {
            finishReady();
            return;
        }
        if (attempt >= 120) {
            fail(nodeError(QStringLiteral("demo deploy/mint not mined in 30 s"),
                tr("The local test network did not mine the test USDT within 30 seconds.")));
            return;
        }
        QTimer::singleShot(250, this, [this, hashes, attempt, tokenMined, run] {
            if (!stale(run))
                waitForReceipts(hashes, attempt + 1, tokenMined);
        });
    });
}

void DemoNetwork::finishReady()
{
    m_ready = true;
    qCInfo(lcEngine) << "demo network ready at" << m_chain.httpUrl.toString() << "token" << m_chain.token;
    Q_EMIT ready();
}

Result<DemoChain> DemoNetwork::startBlocking(int timeoutMs)
{
    QEventLoop loop;
    std::optional<Error> error;
    auto c1 = connect(this, &DemoNetwork::ready, &loop, &QEventLoop::quit);
    auto c2 = connect(this, &DemoNetwork::failed, &loop, [&](const Error &e) {
        error = e;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        error = nodeError(QStringLiteral("demo network not ready in %1 ms").arg(timeoutMs),
            tr("The local test network did not start in time."));
        loop.quit();
    });
    start();
    if (!m_ready && !error)
        loop.exec();
    disconnect(c1);
    disconnect(c2);
    if (error) {
        stop();
        return *error;
    }
    return m_chain;
}

void DemoNetwork::stop()
{
    m_stopping = true;
    m_ready = false;
    ++m_run;
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // anvil writes --state on SIGTERM
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
    m_rpc.reset();
}

bool DemoNetwork::isRunning() const
{
    return m_ready && m_process && m_process->state() == QProcess::Running;
}

Result<void> DemoNetwork::configureProfile() const
{
    const QString path = m_directory + QStringLiteral("/kassa.conf");
    auto config = Config::load(path);
    if (!config.ok())
        return config.error();
    chain::ChainSettings local = *chain::ChainSettingsFile::defaults(QStringLiteral("local"));
    local.enabled = true;
    local.chainId = kChainId;
    local.httpEndpoints = {m_chain.httpUrl};
    local.wsEndpoints = {m_chain.wsUrl};
    local.tokens = {chain::TokenContract {QStringLiteral("USDT"), m_chain.token, kDecimals}};
    local.finality = chain::FinalityPolicy::Depth;
    local.confirmations = 3;
    local.pollIntervalMs = 1000;
    if (auto saved = config->setChain(local); !saved.ok())
        return saved;

    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("demo/enabled"), QStringLiteral("true"));
    ini.setValue(QStringLiteral("payments/chain"), QStringLiteral("local"));
    ini.setValue(QStringLiteral("payments/asset"), QStringLiteral("USDT"));
    if (!ini.contains(QStringLiteral("payments/fiat")))
        ini.setValue(QStringLiteral("payments/fiat"), QStringLiteral("CNY"));
    ini.setValue(QStringLiteral("payments/addresses.local"), m_chain.receiveAddresses.join(QStringLiteral(", ")));
    // Short windows, so expiry and late payments show within minutes.
    if (!ini.contains(QStringLiteral("payments/expiry_minutes")))
        ini.setValue(QStringLiteral("payments/expiry_minutes"), QStringLiteral("2"));
    if (!ini.contains(QStringLiteral("payments/late_window_minutes")))
        ini.setValue(QStringLiteral("payments/late_window_minutes"), QStringLiteral("10"));
    // Payout decisions made from a terminal are found within seconds.
    if (!ini.contains(QStringLiteral("payouts/interval_seconds")))
        ini.setValue(QStringLiteral("payouts/interval_seconds"), QStringLiteral("5"));
    ini.setValue(QStringLiteral("api/enabled"), QStringLiteral("true"));
    ini.setValue(QStringLiteral("api/listen"), QStringLiteral("127.0.0.1"));
    const quint16 port = quint16(ini.value(QStringLiteral("api/port")).toUInt());
    if (!portIsFree(port))
        ini.setValue(QStringLiteral("api/port"), QString::number(freePort()));
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path),
            tr("Kassa could not write the demo settings %1.").arg(path));
    return {};
}

Result<QByteArray> DemoNetwork::epusdtToken(const QString &directory)
{
    const QString path = directory + QStringLiteral("/epusdt-token");
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray token = existing.readAll().trimmed();
        if (!token.isEmpty())
            return token;
    }
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QByteArray token = raw.toHex();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(token + '\n') < 0 || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path),
            tr("Kassa could not write the demo settings %1.").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return token;
}

QFuture<Result<QString>> DemoNetwork::pay(const QString &from, const QString &to, const money::UInt256 &units)
{
    auto address = crypto::EthAddress::parse(to);
    if (!m_rpc || !address.ok()) {
        const Error error = address.ok() ? makeError(ErrorCode::Network, QStringLiteral("demo network not running"),
                                tr("The local test network is not running."))
                                         : address.error();
        return QtFuture::makeReadyFuture(Result<QString>(error));
    }
    const QByteArray data = chain::evm::Erc20Abi::transfer(address.value(), units);
    return m_rpc
        ->call(QStringLiteral("eth_sendTransaction"),
            {QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), m_chain.token},
                {QStringLiteral("data"), QString(QStringLiteral("0x") + QString::fromLatin1(data.toHex()))},
                {QStringLiteral("gas"), QString::fromLatin1(kCallGas)}}})
        .then([](const chain::evm::RpcReply &reply) -> Result<QString> {
            if (!reply.ok)
                return makeError(ErrorCode::Network, reply.failure.describe(),
                    tr("The local test network refused the payment: %1").arg(reply.failure.message));
            return reply.result.toString();
        });
}

} // namespace kassa::demo
