// Tron transactions: chains.md §6.5 (a)–(c) byte for byte (raw_data, txID,
// signature, the broadcasthex form), the builder's checks, and the strict
// reader of stored signed transactions.
#include "TestSupport.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/tron/TronTransaction.h"
#include "chain/tron/proto/tron.pb.h"
#include "crypto/Hex.h"

#include <QJsonObject>

using namespace kassa;
using namespace kassa::chain::tron;
using kassa::crypto::Hex;
using kassa::crypto::TronAddress;
using money::UInt256;

namespace {

crypto::SecretKey key(const char *hex)
{
    Result<crypto::SecretKey> k = crypto::SecretKey::fromHex(QString::fromLatin1(hex));
    if (!k)
        qFatal("bad test key");
    return std::move(k).value();
}

TronAddress tron(const char *text)
{
    const Result<TronAddress> a = TronAddress::parse(QString::fromLatin1(text));
    if (!a)
        qFatal("bad test address %s", text);
    return *a;
}

QByteArray bytes(const char *hex)
{
    return QByteArray::fromHex(hex);
}

QString toHex(QByteArrayView b)
{
    return Hex::encode(b);
}

const char kWalletCoreKey[] = "2d8f68944bdbfbc0769542fba8fc2d2a3de67393334471624364c7006da2aa54";
const char kVectorCKey[] = "b5a4cea271ff424d7c31dc12a3e43e401df7a40d7412a15750f3f0b6b5449a28";

// wallet-core's synthetic block: ref 7b3b / b21ace8d6ac20e7e (its block ID is
// a bare SHA-256 without the number prefix, so fromBlock() would refuse it).
TronTxTiming walletCoreTiming()
{
    TronTxTiming timing;
    timing.refBlock = *TronRefBlock::fromFields(bytes("7b3b"), bytes("b21ace8d6ac20e7e"));
    timing.timestampMs = 1539295479000;
    timing.expirationMs = 1539295479000 + 10LL * 60 * 60 * 1000;
    return timing;
}

// chains.md §6.5 (c): block 70000000 with a synthetic ID.
TronTxTiming vectorCTiming()
{
    TronTxTiming timing;
    timing.refBlock =
        *TronRefBlock::fromBlock(70000000, bytes("00000000042c1d800123456789abcdef0123456789abcdef0123456789abcdef"));
    timing.timestampMs = 1750000000000;
    timing.expirationMs = 1750000060000;
    return timing;
}

Trc20TransferParams vectorCParams()
{
    Trc20TransferParams p;
    p.owner = tron("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH");
    p.contract = tron("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    p.to = tron("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");
    p.amount = UInt256(1000000);
    p.feeLimitSun = 30000000;
    return p;
}

const char kVectorCRaw[] =
    "0a021d8022080123456789abcdef40e08c87a1f7325aae01081f12a9010a31747970652e676f6f676c65617069732e636f6d2f70726f74"
    "6f636f6c2e54726967676572536d617274436f6e747261637412740a1541c8599111f29c1e1e061265b4af93ea1f274ad78a121541a614"
    "f803b6fd780986a42c78ec9c7f77e6ded13c2244a9059cbb000000000000000000000000b6e708a39781c96bd399c7657780ff9fe9f052"
    "a800000000000000000000000000000000000000000000000000000000000f42407080b883a1f73290018087a70e";
const char kVectorCSignature[] =
    "fc8e8e1f8086b120497ee491283997341d8e335a482364e908d1671ed528c3500ff39ba5d09fb77019c2b9981d7df16cd3316bb19575"
    "7a438341ccf5f5af4b801b";

// A signed Transaction assembled with the generated protobuf classes, from
// raw_data bytes and one signature (any v): how another wallet would store it.
QByteArray assemble(const QByteArray &raw, const QByteArray &signature)
{
    protocol::Transaction tx;
    if (!tx.mutable_raw_data()->ParseFromArray(raw.constData(), int(raw.size())))
        qFatal("bad raw");
    tx.add_signature(signature.toStdString());
    const std::string out = tx.SerializeAsString();
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace

class TestTronTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refBlocks()
    {
        const TronRefBlock ref = vectorCTiming().refBlock;
        QCOMPARE(toHex(QByteArrayView(ref.bytes.data(), 2)), QStringLiteral("1d80"));
        QCOMPARE(toHex(QByteArrayView(ref.hash.data(), 8)), QStringLiteral("0123456789abcdef"));
        // A block ID that does not start with the block's number.
        QVERIFY(!TronRefBlock::fromBlock(
            70000001, bytes("00000000042c1d800123456789abcdef0123456789abcdef0123456789abcdef"))
                     .ok());
        QVERIFY(
            !TronRefBlock::fromBlock(3111739, bytes("4330ecccd256c080b21ace8d6ac20e7e943ce983aef3f62fe87788cfbcbc93d6"))
                 .ok());
        QVERIFY(!TronRefBlock::fromBlock(-1, QByteArray(32, '\xff')).ok());
        QVERIFY(!TronRefBlock::fromBlock(70000000, bytes("00000000042c1d80")).ok());
        QVERIFY(!TronRefBlock::fromFields(bytes("1d"), bytes("0123456789abcdef")).ok());
        QVERIFY(!TronRefBlock::fromFields(bytes("1d80"), bytes("0123456789ab")).ok());
        // The number's low two bytes, however large the number.
        const Result<TronRefBlock> high =
            TronRefBlock::fromBlock(0x7fffffffffff1234, QByteArray(bytes("7fffffffffff1234") + QByteArray(24, 'x')));
        KASSA_VERIFY_OK(high);
        QCOMPARE(toHex(QByteArrayView(high->bytes.data(), 2)), QStringLiteral("1234"));
    }

    void walletCoreTrc20Vector()
    {
        // chains.md §6.5 (a): wallet-core puts the 21-byte 41… address in the
        // ABI word, so the call data is given as is.
        const TronAddress owner = tron("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC");
        QCOMPARE(owner.toHex41(), QStringLiteral("415cd0fb0ab3ce40f3051414c604b27756e69e43db"));
        const TronAddress contract = tron("THTR75o8xXAgCTQqpiot2AFRAjvW1tSbVV");
        const TronAddress to = tron("TW1dU4L3eNm7Lw8WvieLKEHpXWAussRG9Z");
        const QByteArray callData = bytes("a9059cbb0000000000000000000000") + bytes("41")
            + QByteArray(reinterpret_cast<const char *>(to.toEvm().bytes().data()), 20)
            + UInt256(1000).toMinimalBigEndian().rightJustified(32, '\0');
        const Result<TronTransaction> tx =
            TronTransaction::triggerSmartContract(owner, contract, callData, 0, walletCoreTiming());
        KASSA_VERIFY_OK(tx);
        QCOMPARE(toHex(tx->rawData()),
            QStringLiteral("0a027b3b2208b21ace8d6ac20e7e40d8abb9bae62c5aae01081f12a9010a31747970652e676f6f676c65617069"
                           "732e636f6d2f70726f746f636f6c2e54726967676572536d617274436f6e747261637412740a15415cd0fb0ab3"
                           "ce40f3051414c604b27756e69e43db121541521ea197907927725ef36d70f25f850d1659c7c72244a9059cbb00"
                           "0000000000000000000041dbd7c53729b3310e1843083000fa84abad9969610000000000000000000000000000"
                           "0000000000000000000000000000000003e870d889a4a9e62c"));
        QCOMPARE(toHex(tx->txId()), QStringLiteral("0d644290e3cf554f6219c7747f5287589b6e7e30e1b02793b48ba362da6a5058"));
        // Not clean ABI: not read as a TRC-20 transfer.
        QVERIFY(!tx->transferCall().has_value());

        const Result<SignedTronTransaction> signed_ = tx->sign(key(kWalletCoreKey));
        KASSA_VERIFY_OK(signed_);
        // wallet-core writes v = 1; Kassa writes TronWeb's 1 + 27.
        const QString walletCoreSig = QStringLiteral("bec790877b3a008640781e3948b070740b1f6023c29ecb3f7b5835433c13fc583"
                                                     "5e5cad3bd44360ff2ddad5ed7dc9d7dee6878f90e86"
                                                     "a40355b7697f5954b88c01");
        QCOMPARE(toHex(signed_->signature.compact()), walletCoreSig.left(128));
        QCOMPARE(signed_->signature.recoveryId, 1);
        QCOMPARE(toHex(signed_->signature65()), walletCoreSig.left(128) + QStringLiteral("1c"));

        // Both forms of v read back.
        for (const QByteArray &stored :
            {signed_->transactionBytes(), assemble(tx->rawData(), QByteArray::fromHex(walletCoreSig.toLatin1()))}) {
            const Result<SignedTronTransaction> decoded = TronTransaction::decodeSigned(stored);
            KASSA_VERIFY_OK(decoded);
            QCOMPARE(decoded->tx.rawData(), tx->rawData());
            QCOMPARE(decoded->txId, tx->txId());
            QCOMPARE(decoded->signature, signed_->signature);
            QCOMPARE(decoded->tx.owner(), owner);
        }
    }

    void walletCoreTransferVector()
    {
        // chains.md §6.5 (b): a TRX TransferContract.
        TrxTransferParams params;
        params.owner = *TronAddress::fromBytes(bytes("415cd0fb0ab3ce40f3051414c604b27756e69e43db"));
        params.to = *TronAddress::fromBytes(bytes("41521ea197907927725ef36d70f25f850d1659c7c7"));
        params.amountSun = 2000000;
        TronTxTiming timing = walletCoreTiming();
        timing.expirationMs = 1539331479000;
        const Result<TronTransaction> tx = TronTransaction::trxTransfer(params, timing);
        KASSA_VERIFY_OK(tx);
        QCOMPARE(toHex(tx->rawData()),
            QStringLiteral("0a027b3b2208b21ace8d6ac20e7e40d8abb9bae62c5a67080112630a2d747970652e676f6f676c65617069732e"
                           "636f6d2f70726f746f636f6c2e5472616e73666572436f6e747261637412320a15415cd0fb0ab3ce40f3051414"
                           "c604b27756e69e43db121541521ea197907927725ef36d70f25f850d1659c7c71880897a70d889a4a9e62c"));
        QCOMPARE(toHex(tx->txId()), QStringLiteral("dc6f6d9325ee44ab3c00528472be16e1572ab076aa161ccd12515029869d0451"));
        QCOMPARE(tx->kind(), TronTransaction::Kind::TrxTransfer);
        QCOMPARE(tx->amountSun(), std::int64_t(2000000));
        QCOMPARE(tx->feeLimitSun(), std::int64_t(0));
        const Result<SignedTronTransaction> signed_ = tx->sign(key(kWalletCoreKey));
        KASSA_VERIFY_OK(signed_);
        QCOMPARE(toHex(signed_->signature.toRsv(0)),
            QStringLiteral(
                "ede769f6df28aefe6a846be169958c155e23e7e5c9621d2e8dce1719b4d952b63e8a8bf9f00e41204ac1bf69b1a6"
                "63dacdf764367e48e4a5afcd6b055a747fb200"));
        QCOMPARE(signed_->signature65()[64], std::uint8_t(27));
        const Result<SignedTronTransaction> decoded = TronTransaction::decodeSigned(signed_->transactionBytes());
        KASSA_VERIFY_OK(decoded);
        QCOMPARE(decoded->tx.target(), params.to);
        QCOMPARE(decoded->tx.amountSun(), params.amountSun);
    }

    void usdtTrc20Vector()
    {
        // chains.md §6.5 (c): clean ABI, TronWeb's v = 27/28.
        const Result<TronTransaction> tx = TronTransaction::trc20Transfer(vectorCParams(), vectorCTiming());
        KASSA_VERIFY_OK(tx);
        QCOMPARE(toHex(tx->rawData()), QLatin1String(kVectorCRaw));
        QCOMPARE(toHex(tx->txId()), QStringLiteral("1eaa318a1ac3e52c454ec24c5a259eb75b3c5e9326cf72a645dfa89fae59f6a3"));
        QCOMPARE(toHex(tx->callData()),
            QStringLiteral("a9059cbb000000000000000000000000b6e708a39781c96bd399c7657780ff9fe9f052a80000000000000000000"
                           "0000000000000000000000000000000000000000f4240"));
        const std::optional<chain::evm::Erc20TransferCall> call = tx->transferCall();
        QVERIFY(call.has_value());
        QCOMPARE(TronAddress::fromEvm(call->to), vectorCParams().to);
        QCOMPARE(call->amount, UInt256(1000000));

        const Result<SignedTronTransaction> signed_ = tx->sign(key(kVectorCKey));
        KASSA_VERIFY_OK(signed_);
        QCOMPARE(toHex(signed_->signature65()), QLatin1String(kVectorCSignature));
        QCOMPARE(signed_->txId, tx->txId());

        // broadcasthex: Transaction {raw_data = 1, signature = 2}.
        const QString expected = QStringLiteral("0ad301") + QLatin1String(kVectorCRaw) + QStringLiteral("1241")
            + QLatin1String(kVectorCSignature);
        QCOMPARE(tx->rawData().size(), 0xd3);
        QCOMPARE(toHex(signed_->transactionBytes()), expected);
        QCOMPARE(signed_->broadcastHexBody(), QJsonObject({{QStringLiteral("transaction"), expected}}));

        const Result<SignedTronTransaction> decoded = TronTransaction::decodeSigned(signed_->transactionBytes());
        KASSA_VERIFY_OK(decoded);
        QCOMPARE(decoded->tx.rawData(), tx->rawData());
        QCOMPARE(decoded->tx.feeLimitSun(), std::int64_t(30000000));
        QCOMPARE(decoded->tx.timing().expirationMs, std::int64_t(1750000060000));
        QCOMPARE(decoded->signature65(), signed_->signature65());
    }

    void signRefusesAnotherKey()
    {
        const TronTransaction tx = *TronTransaction::trc20Transfer(vectorCParams(), vectorCTiming());
        const Result<SignedTronTransaction> signed_ = tx.sign(key(kWalletCoreKey));
        QVERIFY(!signed_.ok());
        QVERIFY(
            signed_.error().message.contains(QLatin1String("the key belongs to TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC")));
    }

    void builderChecks_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("TRX amount 0") << 0 << QStringLiteral("parameter.value.amount");
        QTest::newRow("TRX amount negative") << 1 << QStringLiteral("parameter.value.amount");
        QTest::newRow("TRX to self") << 2 << QStringLiteral("parameter.value.to_address");
        QTest::newRow("fee limit negative") << 3 << QStringLiteral("raw_data.fee_limit");
        QTest::newRow("fee limit above 15000 TRX") << 4 << QStringLiteral("raw_data.fee_limit");
        QTest::newRow("no call data") << 5 << QStringLiteral("parameter.value.data");
        QTest::newRow("call data too big") << 6 << QStringLiteral("parameter.value.data");
        QTest::newRow("timestamp 0") << 7 << QStringLiteral("raw_data.timestamp");
        QTest::newRow("expiration before timestamp") << 8 << QStringLiteral("raw_data.expiration");
        QTest::newRow("expiration equal to timestamp") << 9 << QStringLiteral("raw_data.expiration");
        QTest::newRow("expiration after 24 h") << 10 << QStringLiteral("raw_data.expiration");
    }

    void builderChecks()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        Trc20TransferParams trc20 = vectorCParams();
        TrxTransferParams trx {trc20.owner, trc20.to, 1000000};
        TronTxTiming timing = vectorCTiming();
        QByteArray callData = chain::evm::Erc20Abi::transfer(trc20.to.toEvm(), trc20.amount);
        bool isTrx = false;
        switch (which) {
        case 0:
            trx.amountSun = 0;
            isTrx = true;
            break;
        case 1:
            trx.amountSun = -5;
            isTrx = true;
            break;
        case 2:
            trx.to = trx.owner;
            isTrx = true;
            break;
        case 3: trc20.feeLimitSun = -1; break;
        case 4: trc20.feeLimitSun = TronTransaction::MaxFeeLimitSun + 1; break;
        case 5: callData.clear(); break;
        case 6: callData = QByteArray(TronTransaction::MaxCallDataSize + 1, 'x'); break;
        case 7: timing.timestampMs = 0; break;
        case 8: timing.expirationMs = timing.timestampMs - 1; break;
        case 9: timing.expirationMs = timing.timestampMs; break;
        case 10: timing.expirationMs = timing.timestampMs + TronTransaction::MaxLifetimeMs + 1; break;
        }
        const Result<TronTransaction> tx = isTrx
            ? TronTransaction::trxTransfer(trx, timing)
            : TronTransaction::triggerSmartContract(trc20.owner, trc20.contract, callData, trc20.feeLimitSun, timing);
        QVERIFY(!tx.ok());
        QVERIFY2(tx.error().message.contains(field), qPrintable(tx.error().message));
        QVERIFY(!tx.error().userMessage.isEmpty());
    }

    void builderLimitsThatAreValid()
    {
        TronTxTiming timing = vectorCTiming();
        timing.expirationMs = timing.timestampMs + TronTransaction::MaxLifetimeMs;
        Trc20TransferParams params = vectorCParams();
        params.feeLimitSun = TronTransaction::MaxFeeLimitSun;
        params.amount = UInt256::max();
        const Result<TronTransaction> tx = TronTransaction::trc20Transfer(params, timing);
        KASSA_VERIFY_OK(tx);
        const Result<SignedTronTransaction> signed_ = tx->sign(key(kVectorCKey));
        KASSA_VERIFY_OK(signed_);
        const Result<SignedTronTransaction> decoded = TronTransaction::decodeSigned(signed_->transactionBytes());
        KASSA_VERIFY_OK(decoded);
        QCOMPARE(decoded->tx.transferCall()->amount, UInt256::max());
    }

    void decodeSignedRefuses_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QString>("field");
        const TronTransaction tx = *TronTransaction::trc20Transfer(vectorCParams(), vectorCTiming());
        const SignedTronTransaction signed_ = *tx.sign(key(kVectorCKey));
        const QByteArray good = signed_.transactionBytes();
        const auto sig = signed_.signature65();
        const QByteArray sig65(reinterpret_cast<const char *>(sig.data()), 65);

        QTest::newRow("empty") << QByteArray() << QStringLiteral("raw_data");
        QTest::newRow("truncated") << good.chopped(3) << QStringLiteral("transaction");
        QTest::newRow("raw only, no signature") << assemble(tx.rawData(), {}).chopped(2) << QStringLiteral("signature");
        QTest::newRow("two signatures") << good + bytes("1241") + sig65 << QStringLiteral("signature");
        QTest::newRow("64-byte signature") << assemble(tx.rawData(), sig65.left(64)) << QStringLiteral("signature[0]");
        QByteArray badV = sig65;
        badV[64] = char(29);
        QTest::newRow("v 29") << assemble(tx.rawData(), badV) << QStringLiteral("signature[0]");
        QByteArray otherSigner = sig65;
        otherSigner[64] = char(sig65[64] == char(27) ? 28 : 27);
        QTest::newRow("recovers another signer")
            << assemble(tx.rawData(), otherSigner) << QStringLiteral("signature[0]");
        QByteArray zeroR = sig65;
        zeroR.replace(0, 32, QByteArray(32, '\0'));
        QTest::newRow("r zero") << assemble(tx.rawData(), zeroR) << QStringLiteral("signature[0]");
        // A signature over a different transaction (another key's).
        const Result<TronTransaction> other = TronTransaction::trc20Transfer(
            {tron("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC"), vectorCParams().contract, vectorCParams().to, UInt256(1), 1},
            vectorCTiming());
        const auto otherSig = other->sign(key(kWalletCoreKey))->signature65();
        QTest::newRow("signature of another transaction")
            << assemble(tx.rawData(), QByteArray(reinterpret_cast<const char *>(otherSig.data()), 65))
            << QStringLiteral("signature[0]");
        QTest::newRow("a result field (ret = 5) appended") << good + bytes("2a00") << QStringLiteral("transaction");
        QTest::newRow("the signature repeated as raw_data") << good + bytes("0a00") << QStringLiteral("transaction");
        QTest::newRow("raw_data with a memo")
            << assemble(tx.rawData() + bytes("5203") + QByteArray("hi!"), sig65) << QStringLiteral("raw_data.data");
    }

    void decodeSignedRefuses()
    {
        QFETCH(QByteArray, stored);
        QFETCH(QString, field);
        const Result<SignedTronTransaction> decoded = TronTransaction::decodeSigned(stored);
        QVERIFY2(!decoded.ok(), qPrintable(toHex(stored)));
        QVERIFY2(decoded.error().message.startsWith(QStringLiteral("tron signed tx: ") + field + QLatin1Char(':')),
            qPrintable(decoded.error().message));
        QVERIFY(decoded.error().userMessage.contains(field));
    }
};

KASSA_TEST_MAIN(TestTronTransaction)
#include "tst_trontransaction.moc"
