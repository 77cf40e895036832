// kill -9 of `kassa-cli serve` right after a payout's signed bytes are
// stored and before they are broadcast (the test-only fault injection,
// KASSA_FAULT_STOP_BEFORE_BROADCAST), then a restart: the same bytes are
// broadcast and the chain has exactly one transfer. A real anvil, a payout
// wallet imported with `kassa-cli wallet import --role payout` into an
// encrypted key file, and the engine is the kassa-cli binary.
#include "AnvilNode.h"
#include "TestSupport.h"
#include "crypto/Hex.h"
#include "operators/OperatorStore.h"
#include "payouts/EvmPayoutSender.h"
#include "payouts/Payouts.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace kassa;
using test::AnvilNode;

namespace {

const char *kWords = "test test test test test test test test test test test junk"; // anvil's account 0
const QString kTo = QStringLiteral("0x0000000000000000000000000000000000009A01");

QString cli()
{
    return test::binaryDir() + QStringLiteral("/app/kassa-cli");
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(cli(), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

bool writeOwnerOnly(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return false;
    f.close();
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

class TestServePayoutCrash : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_token;

    //! Starts serve and reads its stdout until `marker` appears.
    bool startUntil(QProcess &serve, const QStringList &args, const QByteArray &marker, QByteArray &output)
    {
        serve.setProcessChannelMode(QProcess::SeparateChannels);
        serve.start(cli(), args);
        if (!serve.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            output += serve.readAllStandardOutput();
            if (output.contains(marker))
                return true;
            if (serve.state() == QProcess::NotRunning)
                break;
            QTest::qWait(20);
        }
        qWarning() << "serve never said" << marker << ":" << output << serve.readAllStandardError();
        return false;
    }

    QString tokenBalance(const QString &who)
    {
        const QByteArray data = QByteArray::fromHex("70a08231") + AnvilNode::abiAddress(who);
        auto r = m_anvil.rpc(QStringLiteral("eth_call"),
            {QJsonObject {{QStringLiteral("to"), m_token}, {QStringLiteral("data"), crypto::Hex::encode0x(data)}},
                QStringLiteral("latest")});
        if (!r.ok())
            return {};
        return money::UInt256::fromBigEndian(crypto::Hex::decode(r->toString()).value()).value().toDecimal();
    }

    int transfersTo(const QString &who)
    {
        // Transfer(address,address,uint256) logs of the token to `who`.
        const QString topic0 = QStringLiteral("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
        const QString topic2 = QStringLiteral("0x") + QString::fromLatin1(AnvilNode::abiAddress(who).toHex());
        auto r = m_anvil.rpc(QStringLiteral("eth_getLogs"),
            {QJsonObject {{QStringLiteral("address"), m_token}, {QStringLiteral("fromBlock"), QStringLiteral("0x0")},
                {QStringLiteral("toBlock"), QStringLiteral("latest")},
                {QStringLiteral("topics"), QJsonArray {topic0, QJsonValue(), topic2}}}});
        return r.ok() ? int(r->toArray().size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifndef KASSA_FAULT_INJECTION
        QSKIP("built without KASSA_FAULT_INJECTION");
#endif
        KASSA_VERIFY_OK(m_anvil.start());
        auto token = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        m_token = token.value();
        KASSA_VERIFY_OK(m_anvil.mint(m_token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));
    }

    void killedBetweenStoreAndBroadcast()
    {
        test::TempProfile profile;
        const QStringList base {QStringLiteral("--profile"), profile.path()};
        QFile conf(profile.path() + QStringLiteral("/kassa.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("[keys]\nstore=file\n"
                                  "[chain.local]\nenabled=true\nchain_id=31337\nhttp=%1\ntokens=USDT:%2:6\n"
                                  "finality=depth\nconfirmations=1\npoll_ms=100\n"
                                  "[api]\nenabled=false\n")
                       .arg(m_anvil.httpUrl().toString(), m_token)
                       .toUtf8());
        conf.close();
        const QString passFile = profile.file(QStringLiteral("keypass"));
        const QString wordsFile = profile.file(QStringLiteral("words"));
        QVERIFY(writeOwnerOnly(passFile, "key-file-passphrase-1\n"));
        QVERIFY(writeOwnerOnly(wordsFile, QByteArray(kWords) + '\n'));

        // The payout wallet, as a merchant adds it.
        Run r = run(base
            + QStringList {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--mnemonic-file"), wordsFile,
                QStringLiteral("--chain"), QStringLiteral("eth"), QStringLiteral("--role"), QStringLiteral("payout"),
                QStringLiteral("--label"), QStringLiteral("Hot"), QStringLiteral("--key-passphrase-file"), passFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String(AnvilNode::kAccount0)), qPrintable(r.out));

        // Operators, the policy, the booked destination and one approved payout.
        QString payoutId;
        {
            auto p = Profile::open(profile.path()).value();
            auto db = store::Database::open(store::DatabaseUrl::sqliteFile(p.databasePath()), SystemClock::instance());
            KASSA_VERIFY_OK(db);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            operators::OperatorInfo ann, carl;
            for (auto [id, role, into] : {std::tuple {"ann", operators::Role::Approver, &ann},
                     std::tuple {"carl", operators::Role::Clerk, &carl}}) {
                operators::StoredOperator op;
                op.info.id = QLatin1String(id);
                op.info.login = QLatin1String(id);
                op.info.displayName = QLatin1String(id);
                op.info.roles = int(role);
                op.passwordHash = QStringLiteral("$argon2id$unused");
                KASSA_VERIFY_OK(db.value()->writeAndWait([&](QSqlDatabase &c) { return operators::OperatorStore::insert(c, op); }));
                *into = op.info;
            }
            KASSA_VERIFY_OK(db.value()->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
                auto saved = payouts::Payouts::saveAddress(
                    c, ann, QStringLiteral("local"), kTo, QStringLiteral("Supplier"), now - 25LL * 3600 * 1000);
                if (!saved.ok())
                    return saved.error();
                payouts::PayoutDraft d {QStringLiteral("local"), m_token,
                    money::Amount::parse(QStringLiteral("42.5"), money::Asset::usdt6()).value(), kTo,
                    QStringLiteral("supplier refund"), {}};
                payouts::FiatValuation f {money::Amount::parse(QStringLiteral("42.5"), {QStringLiteral("USD"), 2}).value(),
                    QStringLiteral("1"), QStringLiteral("manual"), now - 1000};
                auto req = payouts::Payouts::request(c, carl, d, f, now);
                if (!req.ok())
                    return req.error();
                payoutId = req->id;
                auto decided = payouts::Payouts::decide(c, ann, req->id, req->revision, true, {}, now);
                if (!decided.ok())
                    return decided.error();
                return {};
            }));
        }
        const QString before = tokenBalance(kTo);
        const QString nonceBefore = m_anvil.rpc(QStringLiteral("eth_getTransactionCount"),
                                               {QLatin1String(AnvilNode::kAccount0), QStringLiteral("latest")})
                                        ->toString();

        // First run: stops after storing the signed bytes; killed there.
        const QStringList serveArgs = base
            + QStringList {QStringLiteral("serve"), QStringLiteral("--key-passphrase-file"), passFile};
        {
            QProcess serve;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KASSA_FAULT_STOP_BEFORE_BROADCAST"), QStringLiteral("1"));
            serve.setProcessEnvironment(env);
            QByteArray output;
            QVERIFY(startUntil(serve, serveArgs, "signed and stored, not broadcast", output));
            QVERIFY2(output.contains(payoutId.toUtf8()), output.constData());
            serve.kill(); // SIGKILL: no clean shutdown
            QVERIFY(serve.waitForFinished(10000));
        }
        QByteArray storedRaw;
        QString storedHash;
        {
            auto p = Profile::open(profile.path()).value();
            auto db = store::Database::open(store::DatabaseUrl::sqliteFile(p.databasePath()), SystemClock::instance());
            KASSA_VERIFY_OK(db);
            auto reader = db.value()->reader();
            QCOMPARE(payouts::Payouts::find(reader.value(), payoutId).value()->state, payouts::PayoutState::Signed);
            auto txs = payouts::EvmPayoutSender::transactions(reader.value(), QStringLiteral("local")).value();
            QCOMPARE(txs.size(), 1);
            QCOMPARE(txs[0].state, QStringLiteral("signed"));
            storedRaw = txs[0].raw;
            storedHash = txs[0].txHash;
        }
        QVERIFY(!storedRaw.isEmpty());
        // Nothing reached the node.
        QVERIFY(m_anvil.rpc(QStringLiteral("eth_getTransactionByHash"), {storedHash})->isNull());
        QCOMPARE(tokenBalance(kTo), before);

        // The restart sends the stored bytes: the node has the stored hash.
        {
            QProcess serve;
            QByteArray output;
            QVERIFY(startUntil(serve, serveArgs, "Serving.", output));
            QTRY_VERIFY_WITH_TIMEOUT(!m_anvil.rpc(QStringLiteral("eth_getTransactionReceipt"), {storedHash})->isNull(), 30000);
            const QStringList show = base
                + QStringList {QStringLiteral("payout"), QStringLiteral("show"), payoutId, QStringLiteral("--json")};
            const auto completed = [&] {
                const Run shown = run(show);
                return QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("status")).toString()
                    == QLatin1String("completed");
            };
            QTRY_VERIFY_WITH_TIMEOUT(completed(), 30000);
            serve.terminate();
            QVERIFY(serve.waitForFinished(20000));
            QCOMPARE(serve.exitCode(), 0);
        }
        const QJsonObject onChain = m_anvil.rpc(QStringLiteral("eth_getTransactionByHash"), {storedHash})->toObject();
        QCOMPARE(onChain.value(QStringLiteral("hash")).toString().toLower(), storedHash.toLower());
        // One transfer, one nonce, the amount once.
        QCOMPARE(transfersTo(kTo), 1);
        const quint64 nonceAfter = money::UInt256::parseQuantity(m_anvil.rpc(QStringLiteral("eth_getTransactionCount"),
            {QLatin1String(AnvilNode::kAccount0), QStringLiteral("latest")})->toString()).value().lowUInt64();
        QCOMPARE(nonceAfter, money::UInt256::parseQuantity(nonceBefore).value().lowUInt64() + 1);
        QCOMPARE(tokenBalance(kTo),
            money::UInt256::parseDecimal(before).value().checkedAdd(money::UInt256(42'500'000)).value().toDecimal());
        {
            auto p = Profile::open(profile.path()).value();
            auto db = store::Database::open(store::DatabaseUrl::sqliteFile(p.databasePath()), SystemClock::instance());
            KASSA_VERIFY_OK(db);
            auto txs = payouts::EvmPayoutSender::transactions(db.value()->reader().value(), QStringLiteral("local")).value();
            QCOMPARE(txs.size(), 1);
            QCOMPARE(txs[0].raw, storedRaw); // the same bytes, never re-signed
            QCOMPARE(txs[0].state, QStringLiteral("mined"));
        }
    }
};

KASSA_TEST_MAIN(TestServePayoutCrash)
#include "tst_serve_payout_crash.moc"
