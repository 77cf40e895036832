// Backup's plaintext codec: round trip, and every malformed input refused
// with a clear error (it is outside input once a file is decrypted).
#include "TestSupport.h"
#include "WalletTestSupport.h"
#include "keys/KeyRing.h"
#include "wallets/Backup.h"

#include <QJsonDocument>

using namespace kassa;
using namespace kassa::wallets;

namespace {

BackupContents sample()
{
    BackupContents c;
    c.createdAtMs = 77;
    c.settings = QJsonObject {{QStringLiteral("language"), QStringLiteral("ja")}};
    auto m = crypto::Mnemonic::parse(test::kAbandonPhrase).value();
    c.secrets.push_back(keys::KeyRing::encodeEntry(m));
    BackupWallet w;
    w.record.label = QStringLiteral("Shop");
    w.record.kind = WalletKind::Hd;
    w.record.role = WalletRole::Payout;
    w.record.keyRef = QStringLiteral("wallet-seed-x");
    w.record.xpub = keys::KeyRing::accountXpub(m, crypto::bip44::Coin::Ethereum, 0)->toBase58();
    w.record.nextIndex = 1;
    w.secret = 0;
    WalletAddress a;
    a.index = 0;
    a.address = test::kAbandonEth0;
    a.label = QStringLiteral("first");
    w.addresses.append(a);
    c.wallets.append(w);
    return c;
}

crypto::SecureBytes withJson(const QByteArray &json, const QByteArray &tail = QByteArray("\x00\x00", 2))
{
    crypto::SecureBytes out;
    out.append("KASSABAK\x01");
    const quint32 n = quint32(json.size());
    const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    out.append(QByteArrayView(len, 4));
    out.append(json);
    out.append(tail);
    return out;
}

} // namespace

class TestWalletBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const crypto::SecureBytes plain = Backup::encode(sample());
        auto back = Backup::decode(plain);
        KASSA_VERIFY_OK(back);
        QCOMPARE(back->createdAtMs, 77);
        QCOMPARE(back->settings.value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
        QCOMPARE(back->wallets.size(), 1);
        QCOMPARE(back->wallets[0].record.keyRef, QStringLiteral("wallet-seed-x"));
        QCOMPARE(back->wallets[0].addresses[0].address, test::kAbandonEth0);
        QCOMPARE(back->wallets[0].addresses[0].index, std::optional<quint32>(0));
        QVERIFY(back->secrets.at(0).equals(sample().secrets.at(0)));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = QByteArray(reinterpret_cast<const char *>(Backup::encode(sample()).data()),
            Backup::encode(sample()).size());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("magic") << QByteArray("KASSABAX\x01");
        QTest::newRow("version") << (QByteArray("KASSABAK\x02") + good.mid(9));
        QTest::newRow("truncated-1") << good.left(12);
        QTest::newRow("truncated-2") << good.left(good.size() - 1);
        QTest::newRow("trailing") << (good + QByteArray("x"));
        QTest::newRow("huge-json-length") << (QByteArray("KASSABAK\x01\xff\xff\xff\xff") + good.mid(13));
        auto json = [](const QByteArray &j, const QByteArray &tail = QByteArray("\x00\x00", 2)) {
            const auto s = withJson(j, tail);
            return QByteArray(reinterpret_cast<const char *>(s.data()), s.size());
        };
        QTest::newRow("not-json") << json("{nope");
        QTest::newRow("array") << json("[]");
        QTest::newRow("no-wallets") << json("{}");
        QTest::newRow("wallet-not-object") << json(R"({"wallets":[1]})");
        const QByteArray xpub = sample().wallets[0].record.xpub.toLatin1();
        auto wallet = [&](const QByteArray &fields) -> QByteArray {
            return "{\"wallets\":[{\"label\":\"W\",\"family\":\"evm\",\"role\":\"receiving\",\"account\":0,"
                   "\"next_index\":0,\"addresses\":[]," + fields + "}]}";
        };
        QTest::newRow("bad-kind") << json(wallet("\"kind\":\"magic\",\"secret\":-1,\"xpub\":\"" + xpub + "\""));
        QTest::newRow("hd-without-secret") << json(wallet("\"kind\":\"hd\",\"secret\":0,\"key_ref\":\"k\",\"xpub\":\"" + xpub + "\""));
        QTest::newRow("watch-with-secret") << json(wallet("\"kind\":\"xpub\",\"secret\":0,\"key_ref\":\"k\",\"xpub\":\"" + xpub + "\""),
            QByteArray("\x00\x01\x00\x11\x01", 5) + QByteArray(16, '\0'));
        QTest::newRow("bad-xpub") << json(wallet("\"kind\":\"xpub\",\"secret\":-1,\"xpub\":\"xpub123\""));
        QTest::newRow("list-with-xpub") << json(wallet("\"kind\":\"addresses\",\"secret\":-1,\"xpub\":\"" + xpub + "\""));
        QTest::newRow("negative-index")
            << json(R"({"wallets":[{"label":"W","family":"evm","role":"receiving","account":0,"next_index":-1,"kind":"addresses","secret":-1,"addresses":[]}]})");
        QTest::newRow("fraction-account")
            << json(R"({"wallets":[{"label":"W","family":"evm","role":"receiving","account":0.5,"next_index":0,"kind":"addresses","secret":-1,"addresses":[]}]})");
        QTest::newRow("bad-address")
            << json(R"({"wallets":[{"label":"W","family":"evm","role":"receiving","account":0,"next_index":0,"kind":"addresses","secret":-1,"addresses":[{"address":"0x12"}]}]})");
        QTest::newRow("tron-address-on-evm")
            << json(R"({"wallets":[{"label":"W","family":"evm","role":"receiving","account":0,"next_index":0,"kind":"addresses","secret":-1,"addresses":[{"address":"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"}]}]})");
        QTest::newRow("empty-label")
            << json(R"({"wallets":[{"label":"","family":"evm","role":"receiving","account":0,"next_index":0,"kind":"addresses","secret":-1,"addresses":[]}]})");
        QTest::newRow("watch-payout")
            << json(R"({"wallets":[{"label":"W","family":"evm","role":"payout","account":0,"next_index":0,"kind":"addresses","secret":-1,"addresses":[]}]})");
        QTest::newRow("secret-too-short") << json(R"({"wallets":[]})", QByteArray("\x00\x01\x00\x01\x01", 5));
        QTest::newRow("secret-truncated") << json(R"({"wallets":[]})", QByteArray("\x00\x01\x00\x20\x01", 5));
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        auto decoded = Backup::decode(crypto::SecureBytes::copyOf(bytes));
        QVERIFY(!decoded.ok());
        QVERIFY(!decoded.error().userMessage.isEmpty());
        QVERIFY(!decoded.error().hint.isEmpty());
    }
};

KASSA_TEST_MAIN(TestWalletBackup)
#include "tst_walletbackup.moc"
