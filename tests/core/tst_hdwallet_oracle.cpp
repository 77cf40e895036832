// HD wallets against independent implementations: for 200 random wallets
// per run (random entropy of every allowed length, random passphrases with
// non-ASCII and NFKD-sensitive text, random account and index), Kassa's
// phrase, seed, account xpubs, private keys, Ethereum and Tron addresses and
// watch-only addresses must equal, byte for byte, what ethers (BIP-39/32)
// and tronweb (Tron addresses, its own fromMnemonic) compute.
#include "NodeOracle.h"
#include "TestSupport.h"
#include "crypto/Bip44.h"
#include "crypto/Hex.h"
#include "crypto/Mnemonic.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtConcurrent>

using namespace kassa;
using crypto::ExtendedPrivateKey;
using crypto::ExtendedPublicKey;
using crypto::Hex;
using crypto::Mnemonic;
using crypto::ReceiveAddresses;
using crypto::bip44::Coin;

namespace {

constexpr int kCases = 200;

struct Case {
    QByteArray entropy;
    QString passphrase;
    std::uint32_t account = 0;
    std::uint32_t index = 0;
};

QString randomPassphrase(QRandomGenerator &rng)
{
    // Pieces whose NFKD form differs from what was typed, plus plain text.
    static const QStringList pieces = {
        QStringLiteral("TREZOR"),
        QStringLiteral("caf\u00e9"), // é precomposed
        QStringLiteral("cafe\u0301"), // e + combining acute
        QStringLiteral("\ufb01"), // ﬁ ligature → fi
        QStringLiteral("\uff30\uff41\uff53\uff53"), // full-width letters
        QStringLiteral("\u2126"), // Ohm sign → Ω
        QStringLiteral("\u212b"), // Angstrom sign → A + ring
        QStringLiteral("\u00bd"), // ½ → 1⁄2
        QStringLiteral("密码"), QStringLiteral("パスワード"),
        QStringLiteral("\u337a"), // ㍺ square IU
        QStringLiteral("\u00df"), // ß
        QStringLiteral("\u00a0"), // no-break space → space
        QStringLiteral(" "),
        QString::fromUcs4(U"\U0001F600"), // emoji (a surrogate pair)
        QStringLiteral("\u0130"), // İ
    };
    if (rng.bounded(4) == 0)
        return QString();
    QString out;
    const int parts = 1 + int(rng.bounded(4));
    for (int i = 0; i < parts; ++i) {
        if (rng.bounded(3) == 0) {
            const int n = 1 + int(rng.bounded(8));
            for (int k = 0; k < n; ++k)
                out += QChar(char16_t(0x21 + rng.bounded(0x7e - 0x21)));
        } else {
            out += pieces[rng.bounded(pieces.size())];
        }
    }
    return out;
}

QString strip0x(const QString &hex)
{
    return hex.startsWith(QLatin1String("0x")) ? hex.mid(2) : hex;
}

} // namespace

class TestHdWalletOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithEthersAndTronweb()
    {
        QElapsedTimer timer;
        timer.start();

        const quint32 runSeed = QRandomGenerator::global()->generate();
        qInfo("random seed %u (rerun a failure with KASSA_HD_SEED=%u)", runSeed, runSeed);
        QRandomGenerator rng(qEnvironmentVariableIsSet("KASSA_HD_SEED")
                ? quint32(qEnvironmentVariableIntValue("KASSA_HD_SEED"))
                : runSeed);
        QList<Case> cases;
        QList<QJsonObject> requests;
        for (int i = 0; i < kCases; ++i) {
            Case c;
            c.entropy.resize(16 + 4 * (i % 5)); // every allowed length, equally often
            for (char &b : c.entropy)
                b = char(rng.bounded(256));
            c.passphrase = randomPassphrase(rng);
            c.account = rng.bounded(5) == 0 ? std::uint32_t(rng.bounded(0x80000000u)) : std::uint32_t(rng.bounded(10));
            c.index = rng.bounded(3) == 0 ? std::uint32_t(rng.bounded(0x80000000u)) : std::uint32_t(rng.bounded(1000));
            cases.append(c);
            requests.append({{QStringLiteral("op"), QStringLiteral("hdWallet")},
                {QStringLiteral("entropy"), Hex::encode(c.entropy)}, {QStringLiteral("passphrase"), c.passphrase},
                {QStringLiteral("account"), qint64(c.account)}, {QStringLiteral("index"), qint64(c.index)},
                {QStringLiteral("withTronWeb"), i % 4 == 0}});
        }
        // ethers derives in JavaScript (a few ms per level): two node
        // processes share the batch, each created and driven by its own thread.
        auto ask = [](QList<QJsonObject> part) {
            test::NodeOracle oracle;
            const Result<void> started = oracle.start();
            if (!started) {
                QList<Result<QJsonValue>> failed;
                for (qsizetype i = 0; i < part.size(); ++i)
                    failed.append(started.error());
                return failed;
            }
            return oracle.callMany(part);
        };
        const qsizetype half = requests.size() / 2;
        QFuture<QList<Result<QJsonValue>>> second = QtConcurrent::run(ask, requests.mid(half));
        QList<Result<QJsonValue>> answers = ask(requests.mid(0, half));
        answers.append(second.result());
        const qint64 oracleMs = timer.elapsed();
        QCOMPARE(answers.size(), cases.size());

        for (int i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            KASSA_VERIFY_OK(answers[i]);
            const QJsonObject o = answers[i]->toObject();
            const QByteArray what = QStringLiteral("case %1: %2 words, account %3, index %4")
                                        .arg(i)
                                        .arg(c.entropy.size() * 3 / 4)
                                        .arg(c.account)
                                        .arg(c.index)
                                        .toUtf8();

            const auto mnemonic = Mnemonic::fromEntropy(c.entropy);
            KASSA_VERIFY_OK(mnemonic);
            QVERIFY2(QString::fromLatin1(mnemonic->phrase().view()) == o.value(QStringLiteral("phrase")).toString(),
                what.constData());
            // Reading the phrase back gives the same entropy.
            QVERIFY(Mnemonic::parse(o.value(QStringLiteral("phrase")).toString())->entropy().view()
                == QByteArrayView(c.entropy));
            const auto seed = mnemonic->seed(c.passphrase);
            KASSA_VERIFY_OK(seed);
            QVERIFY2(
                Hex::encode(seed->view()) == strip0x(o.value(QStringLiteral("seed")).toString()), what.constData());
            const auto master = ExtendedPrivateKey::fromSeed(seed.value());
            KASSA_VERIFY_OK(master);

            for (Coin coin : {Coin::Ethereum, Coin::Tron}) {
                const QJsonObject side =
                    o.value(coin == Coin::Tron ? QStringLiteral("tron") : QStringLiteral("eth")).toObject();
                const auto account = master->derivePath(crypto::bip44::accountPath(coin, c.account));
                KASSA_VERIFY_OK(account);
                QVERIFY2(account->toPublic().toBase58() == side.value(QStringLiteral("accountXpub")).toString(),
                    what.constData());
                const auto node = account->derive(0)->derive(c.index);
                KASSA_VERIFY_OK(node);
                QVERIFY2(Hex::encode(node->secretKey().bytes().view())
                        == strip0x(side.value(QStringLiteral("privateKey")).toString()),
                    what.constData());
                const crypto::EthAddress evm = crypto::EthAddress::fromPublicKey(node->publicKey());
                QVERIFY2(evm.toChecksumString() == side.value(QStringLiteral("address")).toString(), what.constData());
                // Watch-only, from ethers' account xpub string alone.
                const auto watch = ReceiveAddresses::fromXpub(
                    ExtendedPublicKey::parse(side.value(QStringLiteral("accountXpub")).toString()).value());
                KASSA_VERIFY_OK(watch);
                QVERIFY2(watch->ethAddress(c.index).value() == evm, what.constData());
                if (coin == Coin::Tron) {
                    const QString tron = crypto::TronAddress::fromPublicKey(node->publicKey()).toBase58();
                    QVERIFY2(tron == o.value(QStringLiteral("tronAddress")).toString(), what.constData());
                    QVERIFY2(watch->tronAddress(c.index)->toBase58() == tron, what.constData());
                    if (i % 4 == 0) { // tronweb's own fromMnemonic, for every fourth wallet
                        QVERIFY2(tron == o.value(QStringLiteral("tronWebAddress")).toString(), what.constData());
                        QVERIFY2(Hex::encode(node->secretKey().bytes().view())
                                == strip0x(o.value(QStringLiteral("tronWebKey")).toString()),
                            what.constData());
                    }
                }
            }
        }
        qInfo("%d random wallets compared with ethers and tronweb in %lld ms (oracle %lld ms)", kCases, timer.elapsed(),
            oracleMs);
    }
};

KASSA_TEST_MAIN(TestHdWalletOracle)
#include "tst_hdwallet_oracle.moc"
