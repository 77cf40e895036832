#include "engine/PayoutRunner.h"

#include "api/StorefrontApi.h"
#include "base/Log.h"
#include "chain/evm/JsonRpcClient.h"
#include "chain/tron/TronClient.h"
#include "keys/KeyRing.h"
#include "payouts/EvmPayoutSender.h"
#include "payouts/PayoutSigner.h"
#include "payouts/TronPayoutSender.h"
#include "store/Database.h"
#include "wallets/WalletStore.h"

#include <QPointer>
#include <QSettings>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace kassa::engine {

namespace {

// A call that never reports back (a reader that could not open) must not
// stop the chain's sender for good.
constexpr int kCallTimeoutMs = 5 * 60 * 1000;

Error badKey(const QString &path, const QString &key, const QString &value, const QString &expected)
{
    // The storefront's wording (and its translations) for every bad setting.
    return makeError(ErrorCode::Config, QStringLiteral("%1: bad value \"%2\" for %3").arg(path, value, key),
        QCoreApplication::translate("kassa::engine::Storefront", "The setting %1 in %2 is not valid: “%3”.")
            .arg(key, path, value),
        QCoreApplication::translate("kassa::engine::Storefront", "Expected: %1. See doc/config.md.").arg(expected));
}

} // namespace

Result<PayoutRunnerSettings> PayoutRunnerSettings::load(const QString &configPath)
{
    PayoutRunnerSettings out;
    QSettings ini(configPath, QSettings::IniFormat);
    const auto text = [&](const QString &key) { return ini.value(key).toString().trimmed(); };
    const QString enabled = text(QStringLiteral("payouts/enabled")).toLower();
    if (!enabled.isEmpty() && enabled != QLatin1String("true") && enabled != QLatin1String("false"))
        return badKey(configPath, QStringLiteral("payouts/enabled"), enabled, QStringLiteral("true, false"));
    out.enabled = enabled != QLatin1String("false");
    const QString interval = text(QStringLiteral("payouts/interval_seconds"));
    if (!interval.isEmpty()) {
        bool ok = false;
        const int n = interval.toInt(&ok);
        if (!ok || n < 5 || n > 3600)
            return badKey(configPath, QStringLiteral("payouts/interval_seconds"), interval, QStringLiteral("5 … 3600"));
        out.intervalSeconds = n;
    }
    for (const QString &key : {QStringLiteral("payouts/webhook_url"), QStringLiteral("payments/webhook_url")}) {
        const QString url = text(key);
        if (url.isEmpty())
            continue;
        if (!api::StorefrontApi::isCallbackUrl(url, 1024))
            return badKey(configPath, key, url, QStringLiteral("https://shop.example.com/kassa/webhook"));
        out.webhookUrl = url;
        break;
    }
    return out;
}

// ------------------------------------------------------------ Lane

//! One chain's sender, its node client and its timers; lives on its own
//! thread from start() to finish().
class PayoutRunner::Lane : public QObject
{
public:
    Lane(chain::ChainSettings settings, std::shared_ptr<store::Database> database, payouts::PayoutSigner *signer,
        const net::NetworkFactory &network, const Clock &clock, PayoutRunner::Options options, PayoutRunner *runner)
        : m_settings(std::move(settings)), m_database(std::move(database)), m_signer(signer), m_network(network),
          m_clock(clock), m_options(std::move(options)), m_runner(runner)
    {
    }

    //! On the lane's thread.
    void start()
    {
        const QString chainId = m_settings.id;
        const auto report = [this, chainId](const QString &id, payouts::PayoutState state, const QString &reason) {
            QPointer<PayoutRunner> runner = m_runner;
            QMetaObject::invokeMethod(
                runner.data(),
                [runner, chainId, id, state, reason] {
                    if (runner)
                        runner->onPayoutChanged(chainId, id, state, reason);
                },
                Qt::QueuedConnection);
        };
        const auto halted = [this, chainId] {
            m_halted = true;
            QPointer<PayoutRunner> runner = m_runner;
            QMetaObject::invokeMethod(
                runner.data(),
                [runner, chainId] {
                    if (runner)
                        Q_EMIT runner->halted(chainId);
                },
                Qt::QueuedConnection);
        };
        payouts::PayoutSenderBase *sender = nullptr;
        if (m_settings.isEvm()) {
            payouts::EvmPayoutSender::Options o;
            o.chain = m_settings.id;
            o.chainId = m_settings.chainId;
            o.confirmations = qMax(1, m_settings.confirmations);
            o.webhookUrl = m_options.settings.webhookUrl;
            o.afterPersist = m_options.afterPersist;
            auto *rpc = new chain::evm::JsonRpcClient(m_network, m_settings.httpEndpoints, m_clock, this);
            sender = new payouts::EvmPayoutSender(m_database, rpc, m_signer, m_clock, o, this);
        } else {
            payouts::TronPayoutSender::Options o;
            o.chain = m_settings.id;
            o.webhookUrl = m_options.settings.webhookUrl;
            o.afterPersist = m_options.afterPersist;
            auto *client = new chain::tron::TronClient(m_network, m_settings.httpEndpoints, m_settings.apiKey,
                m_settings.tronGridUrl.host(), m_clock, {}, this);
            sender = new payouts::TronPayoutSender(m_database, client, m_signer, m_clock, o, this);
        }
        connect(sender, &payouts::PayoutSenderBase::idle, this, [this] { done(); });
        connect(sender, &payouts::PayoutSenderBase::halted, this, [this, halted] {
            halted();
            done();
        });
        connect(sender, &payouts::PayoutSenderBase::payoutChanged, this, report);
        m_resume = [sender] { sender->resume(); };
        m_send = [sender] { sender->sendApproved(); };
        m_poll = [sender] { sender->poll(); };
        m_watchdog.setSingleShot(true);
        m_watchdog.setInterval(kCallTimeoutMs);
        connect(&m_watchdog, &QTimer::timeout, this, [this] {
            qCWarning(lcEngine).noquote() << "payout sender of" << m_settings.id << "did not report back; going on";
            done();
        });
        m_sendTimer.setInterval(m_options.settings.intervalSeconds * 1000);
        connect(&m_sendTimer, &QTimer::timeout, this, [this] { kick(); });
        m_sendTimer.start();
        m_pollTimer.setInterval(qMax(100, m_settings.pollIntervalMs));
        connect(&m_pollTimer, &QTimer::timeout, this, [this] {
            if (inFlight()) {
                m_wantPoll = true;
                pump();
            }
        });
        m_pollTimer.start();
        m_wantResume = true;
        pump();
    }

    //! On the lane's thread.
    void kick()
    {
        m_wantSend = true;
        pump();
    }

    //! On the lane's thread, before it is deleted there.
    void finish()
    {
        m_halted = true;
        m_sendTimer.stop();
        m_pollTimer.stop();
        m_watchdog.stop();
    }

private:
    void pump()
    {
        if (m_calling || m_halted)
            return;
        std::function<void()> call;
        if (m_wantResume) {
            m_wantResume = false;
            m_wantSend = false; // resume() sends the approved ones as well
            call = m_resume;
        } else if (m_wantSend) {
            m_wantSend = false;
            call = m_send;
        } else if (m_wantPoll) {
            m_wantPoll = false;
            call = m_poll;
        } else {
            return;
        }
        m_calling = true;
        m_watchdog.start();
        call();
    }

    void done()
    {
        m_watchdog.stop();
        m_calling = false;
        // Freshly signed or broadcast payouts are followed without waiting a whole interval.
        QTimer::singleShot(0, this, [this] { pump(); });
    }

    bool inFlight() const
    {
        auto reader = m_database->reader();
        if (!reader.ok())
            return false;
        QSqlQuery q(reader.value());
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM payout_transactions WHERE chain = ? AND state IN ('signed', 'broadcast')"));
        q.addBindValue(m_settings.id);
        return q.exec() && q.next() && q.value(0).toLongLong() > 0;
    }

    chain::ChainSettings m_settings;
    std::shared_ptr<store::Database> m_database;
    payouts::PayoutSigner *m_signer;
    const net::NetworkFactory &m_network;
    const Clock &m_clock;
    PayoutRunner::Options m_options;
    PayoutRunner *m_runner; // on another thread: only through queued calls
    std::function<void()> m_resume, m_send, m_poll;
    QTimer m_sendTimer {this};
    QTimer m_pollTimer {this};
    QTimer m_watchdog {this};
    bool m_calling = false;
    bool m_halted = false;
    bool m_wantResume = false;
    bool m_wantSend = false;
    bool m_wantPoll = false;
};

// ------------------------------------------------------------ PayoutRunner

PayoutRunner::PayoutRunner(QList<chain::ChainSettings> chains, std::shared_ptr<store::Database> database,
    keys::KeyStore *keys, const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_chains(std::move(chains)), m_database(std::move(database)), m_clock(clock),
      m_options(std::move(options)), m_ring(new keys::KeyRing(keys, this))
{
}

PayoutRunner::~PayoutRunner()
{
    stop();
}

void PayoutRunner::start()
{
    const quint64 generation = ++m_generation;
    if (!m_options.settings.enabled) {
        qCInfo(lcEngine) << "payouts: sending is off ([payouts] enabled=false)";
        Q_EMIT started();
        return;
    }
    QtConcurrent::run([database = m_database]() -> Result<QList<wallets::WalletRecord>> {
        auto reader = database->reader();
        if (!reader.ok())
            return reader.error();
        return wallets::WalletStore::wallets(reader.value());
    }).then(this, [this, generation](const Result<QList<wallets::WalletRecord>> &wallets) {
        if (generation != m_generation)
            return;
        if (!wallets.ok()) {
            qCWarning(lcEngine).noquote() << "payouts: cannot read the wallets:" << wallets.error().message;
            startLanes({});
        } else {
            startLanes(wallets.value());
        }
        Q_EMIT started();
    });
}

void PayoutRunner::startLanes(const QList<wallets::WalletRecord> &wallets)
{
    m_statuses.clear();
    m_signer = std::make_unique<payouts::KeyRingPayoutSigner>(m_ring, wallets);
    // A key that cannot be had (locked, missing) is the problem of every
    // chain of the family until one can.
    QPointer<PayoutRunner> self(this);
    m_signer->setObserver([self](chain::ChainFamily family, const Error *error) {
        const QString problem = error ? error->displayText() : QString();
        QMetaObject::invokeMethod(
            self.data(),
            [self, family, problem] {
                if (!self)
                    return;
                for (const chain::ChainSettings &c : std::as_const(self->m_chains)) {
                    if (c.family == family && self->m_running.contains(c.id))
                        self->setProblem(c.id, problem);
                }
            },
            Qt::QueuedConnection);
    });
    for (const chain::ChainSettings &settings : std::as_const(m_chains)) {
        if (!settings.enabled)
            continue;
        PayoutSenderStatus status;
        status.chain = settings.id;
        status.chainName = settings.displayName();
        auto wallet = payouts::KeyRingPayoutSigner::payoutWallet(wallets, settings.family);
        if (!wallet.ok()) {
            status.problem = wallet.error().displayText();
            m_statuses.insert(settings.id, status);
            qCInfo(lcEngine).noquote() << "payouts on" << settings.id << "not sent:" << wallet.error().message;
            continue;
        }
        if (settings.httpEndpoints.isEmpty())
            continue;
        // The address is public (from the wallet's account key): no key store yet.
        QString from;
        if (settings.isEvm()) {
            m_signer->evmAddress(settings.id, this, [&from](Result<crypto::EthAddress> a) {
                if (a.ok())
                    from = a->toChecksumString();
            });
        } else {
            m_signer->tronAddress(settings.id, this, [&from](Result<crypto::TronAddress> a) {
                if (a.ok())
                    from = a->toBase58();
            });
        }
        status.fromAddress = from;
        status.running = true;
        m_statuses.insert(settings.id, status);

        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("kassa-payouts-%1").arg(settings.id));
        auto *lane = new Lane(settings, m_database, m_signer.get(), m_network, m_clock, m_options, this);
        lane->moveToThread(thread);
        thread->start();
        QMetaObject::invokeMethod(lane, [lane] { lane->start(); }, Qt::QueuedConnection);
        m_running.insert(settings.id, Running {thread, lane});
        qCInfo(lcEngine).noquote() << "payouts on" << settings.id << "sent from" << from;
    }
    Q_EMIT statusesChanged();
}

void PayoutRunner::stop()
{
    ++m_generation;
    const QStringList ids = m_running.keys();
    for (const QString &id : ids) {
        const Running running = m_running.take(id);
        Lane *lane = running.lane;
        // Stop and delete it on its own thread (a call in progress is
        // dropped: what was stored is resumed at the next start), then join.
        QMetaObject::invokeMethod(
            lane,
            [lane] {
                lane->finish();
                delete lane;
            },
            Qt::BlockingQueuedConnection);
        running.thread->quit();
        running.thread->wait();
        delete running.thread;
    }
    // Key reads still on their way answer to the lanes, which are gone.
    m_signer.reset();
    if (!ids.isEmpty()) {
        for (auto &s : m_statuses)
            s.running = false;
        Q_EMIT statusesChanged();
    }
}

void PayoutRunner::restart(QList<chain::ChainSettings> chains)
{
    stop();
    m_chains = std::move(chains);
    start();
}

void PayoutRunner::sendApproved()
{
    for (const Running &running : std::as_const(m_running)) {
        Lane *lane = running.lane;
        QMetaObject::invokeMethod(lane, [lane] { lane->kick(); }, Qt::QueuedConnection);
    }
}

QList<PayoutSenderStatus> PayoutRunner::statuses() const
{
    QList<PayoutSenderStatus> out;
    for (const chain::ChainSettings &c : m_chains) {
        if (m_statuses.contains(c.id))
            out << m_statuses.value(c.id);
    }
    return out;
}

QStringList PayoutRunner::problems() const
{
    QStringList out;
    for (const PayoutSenderStatus &s : statuses()) {
        if (!s.problem.isEmpty())
            //: %1 is a chain name ("Ethereum", "Tron"), %2 the reason
            out << tr("Approved payouts on %1 are not sent: %2").arg(s.chainName, s.problem);
    }
    return out;
}

bool PayoutRunner::isRunning(const QString &chain) const
{
    return m_running.contains(chain);
}

void PayoutRunner::setProblem(const QString &chain, const QString &problem)
{
    auto it = m_statuses.find(chain);
    if (it == m_statuses.end() || it->problem == problem)
        return;
    it->problem = problem;
    if (!problem.isEmpty())
        qCWarning(lcEngine).noquote() << "payouts on" << chain << "wait:" << problem;
    Q_EMIT statusesChanged();
}

void PayoutRunner::onPayoutChanged(
    const QString &chain, const QString &payoutId, payouts::PayoutState state, const QString &reason)
{
    Q_UNUSED(chain);
    if (state == payouts::PayoutState::Approved && !reason.isEmpty())
        qCInfo(lcEngine).noquote() << "payout" << payoutId << "waits:" << reason;
    Q_EMIT payoutChanged(payoutId, state, reason);
}

} // namespace kassa::engine
