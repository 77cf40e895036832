// EVM transactions: the published vectors of chains.md §2.6 (a)–(d) byte for
// byte, validation before signing, and the strict decoder of signed raw
// transactions against every kind of damaged or hostile input.
#include "TestSupport.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/evm/EvmTransaction.h"
#include "chain/evm/Rlp.h"
#include "crypto/Hex.h"
#include "crypto/Keccak256.h"

#include <functional>

using namespace kassa;
using namespace kassa::chain::evm;
using kassa::crypto::EthAddress;
using kassa::crypto::Hex;
using money::UInt256;

namespace {

crypto::SecretKey key(const char *hex)
{
    Result<crypto::SecretKey> k = crypto::SecretKey::fromHex(QString::fromLatin1(hex));
    if (!k)
        qFatal("bad test key");
    return std::move(k).value();
}

EthAddress address(const char *text)
{
    const Result<EthAddress> a = EthAddress::parse(QString::fromLatin1(text));
    if (!a)
        qFatal("bad test address %s", text);
    return *a;
}

UInt256 dec(const char *text)
{
    return *UInt256::parseDecimal(QString::fromLatin1(text));
}

QByteArray bytes(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

QString toHex(QByteArrayView b)
{
    return Hex::encode(b);
}

const char kVectorCKey[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

// chains.md §2.6 (a): the example of EIP-155 itself.
EvmTransaction eip155Example()
{
    EvmTransaction tx;
    tx.type = EvmTxType::Legacy;
    tx.chainId = 1;
    tx.nonce = 9;
    tx.gasPrice = dec("20000000000");
    tx.gasLimit = 21000;
    tx.to = address("0x3535353535353535353535353535353535353535");
    tx.value = dec("1000000000000000000");
    return tx;
}

// chains.md §2.6 (b): ethereumjs eip1559.json, both vectors share these.
EvmTransaction ethereumjs1559(
    std::uint64_t nonce, const char *tip, const char *maxFee, std::uint64_t gas, const char *value)
{
    EvmTransaction tx;
    tx.type = EvmTxType::DynamicFee;
    tx.chainId = 7822;
    tx.nonce = nonce;
    tx.maxPriorityFeePerGas = dec(tip);
    tx.maxFeePerGas = dec(maxFee);
    tx.gasLimit = gas;
    tx.to = address("0x000000000000000000000000000000000000aaaa");
    tx.value = dec(value);
    return tx;
}

// chains.md §2.6 (c): 1 USDT on Ethereum, EIP-1559.
EvmTransaction usdtTransfer()
{
    EvmTransaction tx;
    tx.type = EvmTxType::DynamicFee;
    tx.chainId = 1;
    tx.nonce = 0;
    tx.maxPriorityFeePerGas = dec("1500000000");
    tx.maxFeePerGas = dec("30000000000");
    tx.gasLimit = 65000;
    tx.to = address("0xdAC17F958D2ee523a2206206994597C13D831ec7");
    tx.data = Erc20Abi::transfer(address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), UInt256(1000000));
    return tx;
}

// chains.md §2.6 (d): 1 USDT on BSC (18 decimals), legacy EIP-155.
EvmTransaction bscTransfer()
{
    EvmTransaction tx;
    tx.type = EvmTxType::Legacy;
    tx.chainId = 56;
    tx.nonce = 0;
    tx.gasPrice = dec("1000000000");
    tx.gasLimit = 60000;
    tx.to = address("0x55d398326f99059ff775485246999027b3197955");
    tx.data = Erc20Abi::transfer(address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), dec("1000000000000000000"));
    return tx;
}

// A valid signed legacy transaction rebuilt with replaced fields, for the
// hostile-input table: fields is the 9-item list, as RLP items.
QByteArray legacyWith(const std::function<void(QList<QByteArray> &)> &edit)
{
    const SignedEvmTransaction signed_ =
        *eip155Example().sign(key("4646464646464646464646464646464646464646464646464646464646464646"));
    const RlpItem top = *Rlp::decode(signed_.raw);
    QList<QByteArray> fields;
    for (const RlpItem &item : top.items)
        fields.append(Rlp::encodeBytes(item.bytes));
    edit(fields);
    return Rlp::encodeList(fields.join());
}

QByteArray type2With(const std::function<void(QList<QByteArray> &)> &edit)
{
    const SignedEvmTransaction signed_ = *usdtTransfer().sign(key(kVectorCKey));
    const RlpItem top = *Rlp::decode(QByteArrayView(signed_.raw).sliced(1));
    QList<QByteArray> fields;
    for (const RlpItem &item : top.items)
        fields.append(item.isList ? Rlp::encodeList({}) : Rlp::encodeBytes(item.bytes));
    edit(fields);
    return QByteArray(1, char(0x02)) + Rlp::encodeList(fields.join());
}

// n − s, to turn a low s into the equivalent high s.
QByteArray negateS(const QByteArray &s)
{
    const UInt256 n = *UInt256::parseQuantity(u"0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    return n.checkedSub(*UInt256::fromBigEndian(s))->toMinimalBigEndian();
}

} // namespace

class TestEvmTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eip155PublishedExample()
    {
        const EvmTransaction tx = eip155Example();
        QCOMPARE(toHex(tx.signingPayload()),
            QStringLiteral(
                "ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080"));
        QCOMPARE(toHex(tx.signingHash()),
            QStringLiteral("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        const Result<SignedEvmTransaction> signed_ =
            tx.sign(key("4646464646464646464646464646464646464646464646464646464646464646"));
        KASSA_VERIFY_OK(signed_);
        QCOMPARE(signed_->v(), UInt256(37));
        QCOMPARE(UInt256::fromWord(signed_->signature.r).toDecimal(),
            QStringLiteral("18515461264373351373200002665853028612451056578545711640558177340181847433846"));
        QCOMPARE(UInt256::fromWord(signed_->signature.s).toDecimal(),
            QStringLiteral("46948507304638947509940763649030358759909902576025900602547168820602576006531"));
        QCOMPARE(toHex(signed_->raw),
            QStringLiteral(
                "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a0"
                "28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b"
                "3800ccf555c9f3dc64214b297fb1966a3b6d83"));
        QCOMPARE(
            toHex(signed_->hash), QStringLiteral("33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788"));
        QCOMPARE(signed_->from, address("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));

        const Result<SignedEvmTransaction> decoded = EvmTransaction::decodeSigned(signed_->raw);
        KASSA_VERIFY_OK(decoded);
        QVERIFY(decoded->tx == tx);
        QCOMPARE(decoded->from, signed_->from);
        QCOMPARE(decoded->hash, signed_->hash);
        QCOMPARE(decoded->signature, signed_->signature);
    }

    void ethereumjs1559Vectors_data()
    {
        QTest::addColumn<std::uint64_t>("nonce");
        QTest::addColumn<QString>("tip");
        QTest::addColumn<QString>("maxFee");
        QTest::addColumn<std::uint64_t>("gas");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unsignedPayload");
        QTest::addColumn<QString>("sighash");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("yParity");
        QTest::newRow("#1")
            << std::uint64_t(819) << QStringLiteral("75853") << QStringLiteral("121212") << std::uint64_t(35552)
            << QStringLiteral("43203529")
            << QStringLiteral(
                   "02ed821e8e8203338301284d8301d97c828ae094000000000000000000000000000000000000aaaa8402933bc980c0")
            << QStringLiteral("5dac58bc5ee23609037e7d8523aa255f9797ce47113f67f6753284c3b02907dd")
            << QStringLiteral("02f870821e8e8203338301284d8301d97c828ae094000000000000000000000000000000000000aaaa840293"
                              "3bc980c080a0d067f2167008c59219652f91cbf8788dbca5f771f6e91e2b7657e85b78b472e0a01d305af9fe"
                              "81fdba43f0dfcd400ed24dcace0a7e30d4e85701dcaaf484cd079e")
            << 0;
        QTest::newRow("#2 (yParity 1)")
            << std::uint64_t(353) << QStringLiteral("38850") << QStringLiteral("136295") << std::uint64_t(32593)
            << QStringLiteral("61901619") << QString() << QString()
            << QStringLiteral("02f86f821e8e8201618297c283021467827f5194000000000000000000000000000000000000aaaa8403b08b"
                              "3380c001a004205678f13fc1d7b10feea6513dfa76e24418b6e08097d95c6f93a3b64e536da01d45ad61bfec"
                              "e43862de2cce7d2575a8c1d08c26c87f3cb5f26d7b0be54a91b2")
            << 1;
    }

    void ethereumjs1559Vectors()
    {
        QFETCH(std::uint64_t, nonce);
        QFETCH(QString, tip);
        QFETCH(QString, maxFee);
        QFETCH(std::uint64_t, gas);
        QFETCH(QString, value);
        QFETCH(QString, unsignedPayload);
        QFETCH(QString, sighash);
        QFETCH(QString, raw);
        QFETCH(int, yParity);
        const EvmTransaction tx = ethereumjs1559(nonce, qPrintable(tip), qPrintable(maxFee), gas, qPrintable(value));
        if (!unsignedPayload.isEmpty())
            QCOMPARE(toHex(tx.signingPayload()), unsignedPayload);
        if (!sighash.isEmpty())
            QCOMPARE(toHex(tx.signingHash()), sighash);
        const Result<SignedEvmTransaction> signed_ =
            tx.sign(key("8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63"));
        KASSA_VERIFY_OK(signed_);
        QCOMPARE(toHex(signed_->raw), raw);
        QCOMPARE(signed_->signature.recoveryId, yParity);
        QCOMPARE(signed_->v(), UInt256(std::uint64_t(yParity)));
        QCOMPARE(signed_->hash, crypto::keccak256(signed_->raw));
        QCOMPARE(signed_->from, address("0xFE3B557E8Fb62b89F4916B721be55cEb828dBd73"));
        if (nonce == 819)
            QCOMPARE(toHex(signed_->hash),
                QStringLiteral("a3bf78ff247cad934aa5fb13e05f11e59c93511523ff8a622e59c3a34700e5c8"));

        const Result<SignedEvmTransaction> decoded = EvmTransaction::decodeSigned(bytes(raw));
        KASSA_VERIFY_OK(decoded);
        QVERIFY(decoded->tx == tx);
        QCOMPARE(decoded->from, signed_->from);
        QCOMPARE(decoded->signature.recoveryId, yParity);
    }

    void usdtOnEthereum()
    {
        const EvmTransaction tx = usdtTransfer();
        QCOMPARE(toHex(tx.data),
            QStringLiteral("a9059cbb00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8000000000000000000"
                           "00000000000000000000000000000000000000000f4240"));
        QCOMPARE(toHex(tx.signingPayload()),
            QStringLiteral("02f86d01808459682f008506fc23ac0082fde894dac17f958d2ee523a2206206994597c13d831ec780b844a905"
                           "9cbb00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000"
                           "0000000000000000000000000000000000000f4240c0"));
        QCOMPARE(toHex(tx.signingHash()),
            QStringLiteral("d50d42446791c0b3baff30a8de967c0df3e420296c7a3b8cf1c93e01f990db71"));
        const Result<SignedEvmTransaction> signed_ = tx.sign(key(kVectorCKey));
        KASSA_VERIFY_OK(signed_);
        QCOMPARE(signed_->signature.recoveryId, 0);
        QCOMPARE(toHex(signed_->signature.r),
            QStringLiteral("c1925e9812025405dcd5d4bdbcb0e913506eee5f82e9c83fb29304bc11651c2c"));
        QCOMPARE(toHex(signed_->signature.s),
            QStringLiteral("4ab9ebcb66c8ad8938c2b07b9b6fee68ea97936d55b271463a150b2674994e7f"));
        QCOMPARE(toHex(signed_->raw),
            QStringLiteral("02f8b001808459682f008506fc23ac0082fde894dac17f958d2ee523a2206206994597c13d831ec780b844a905"
                           "9cbb00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000"
                           "0000000000000000000000000000000000000f4240c080a0c1925e9812025405dcd5d4bdbcb0e913506eee5f82"
                           "e9c83fb29304bc11651c2ca04ab9ebcb66c8ad8938c2b07b9b6fee68ea97936d55b271463a150b2674994e7f"));
        QCOMPARE(
            toHex(signed_->hash), QStringLiteral("6b77996cfd344ece417ca0ba94a1cb1b623ada7b5db5ed8f0348207ec1e864a5"));
        QCOMPARE(signed_->from, address("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));

        const Result<SignedEvmTransaction> decoded = EvmTransaction::decodeSigned(signed_->raw);
        KASSA_VERIFY_OK(decoded);
        QVERIFY(decoded->tx == tx);
        const Result<Erc20TransferCall> call = Erc20Abi::decodeTransfer(decoded->tx.data);
        KASSA_VERIFY_OK(call);
        QCOMPARE(call->to, address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        QCOMPARE(call->amount, UInt256(1000000));
    }

    void usdtOnBscLegacy()
    {
        const EvmTransaction tx = bscTransfer();
        QCOMPARE(toHex(tx.signingPayload()),
            QStringLiteral(
                "f86880843b9aca0082ea609455d398326f99059ff775485246999027b319795580b844a9059cbb000000000000"
                "00000000000070997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000000000000000000000"
                "000000000de0b6b3a7640000388080"));
        QCOMPARE(toHex(tx.signingHash()),
            QStringLiteral("fce2566ff3ff4d3f193c47ea2e17fbf5e12c318d6eeafc1d6c213a9f80d6bdc5"));
        const Result<SignedEvmTransaction> signed_ = tx.sign(key(kVectorCKey));
        KASSA_VERIFY_OK(signed_);
        QCOMPARE(signed_->v(), UInt256(147));
        QCOMPARE(toHex(signed_->raw),
            QStringLiteral(
                "f8a980843b9aca0082ea609455d398326f99059ff775485246999027b319795580b844a9059cbb000000000000"
                "00000000000070997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000000000000000000000"
                "000000000de0b6b3a76400008193a02ce4e40d7f11caa5c64da596244f823503a10ecde2782567f3af0954449215"
                "80a022bc73938092ffbfd016bccb400e89d8f4bfd28c27eb729823c1a5a60e5adb53"));
        QCOMPARE(
            toHex(signed_->hash), QStringLiteral("24e046e21244f808eb8d97dd4e0e704ea5c1c7fc66540a214936bbee1533d145"));
        const Result<SignedEvmTransaction> decoded = EvmTransaction::decodeSigned(signed_->raw);
        KASSA_VERIFY_OK(decoded);
        QVERIFY(decoded->tx == tx);
        QCOMPARE(decoded->tx.chainId, std::uint64_t(56));
        QCOMPARE(decoded->from, address("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }

    void largeChainIdsEncodeV()
    {
        // Polygon (137): v = 309 or 310, two bytes; a chain id near the
        // EIP-2294 bound still round-trips.
        for (const std::uint64_t chainId : {std::uint64_t(137), std::uint64_t(11155111), EvmTransaction::MaxChainId}) {
            EvmTransaction tx = bscTransfer();
            tx.chainId = chainId;
            const Result<SignedEvmTransaction> signed_ = tx.sign(key(kVectorCKey));
            KASSA_VERIFY_OK(signed_);
            QCOMPARE(signed_->v(), UInt256(std::uint64_t(signed_->signature.recoveryId) + 35 + 2 * chainId));
            const Result<SignedEvmTransaction> decoded = EvmTransaction::decodeSigned(signed_->raw);
            KASSA_VERIFY_OK(decoded);
            QCOMPARE(decoded->tx.chainId, chainId);
            QCOMPARE(decoded->from, signed_->from);
        }
    }

    void validation_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("problem");
        QTest::newRow("chain id 0") << 0 << QStringLiteral("chain id 0");
        QTest::newRow("chain id above EIP-2294") << 1 << QStringLiteral("chain id");
        QTest::newRow("nonce 2^64-1") << 2 << QStringLiteral("EIP-2681");
        QTest::newRow("gas below 21000") << 3 << QStringLiteral("below 21000");
        QTest::newRow("legacy with 1559 fees") << 4 << QStringLiteral("legacy transaction with EIP-1559");
        QTest::newRow("1559 with gas price") << 5 << QStringLiteral("with a gas price");
        QTest::newRow("tip above max fee") << 6 << QStringLiteral("above max fee");
        QTest::newRow("fee overflow") << 7 << QStringLiteral("overflows");
        QTest::newRow("calldata too big") << 8 << QStringLiteral("bytes of calldata");
        QTest::newRow("unknown type") << 9 << QStringLiteral("unsupported type");
    }

    void validation()
    {
        QFETCH(int, which);
        QFETCH(QString, problem);
        EvmTransaction tx = which == 4 ? bscTransfer() : usdtTransfer();
        switch (which) {
        case 0: tx.chainId = 0; break;
        case 1: tx.chainId = EvmTransaction::MaxChainId + 1; break;
        case 2: tx.nonce = ~std::uint64_t(0); break;
        case 3: tx.gasLimit = 20999; break;
        case 4: tx.maxFeePerGas = UInt256(1); break;
        case 5: tx.gasPrice = UInt256(1); break;
        case 6: tx.maxPriorityFeePerGas = tx.maxFeePerGas.checkedAdd(UInt256(1)).value(); break;
        case 7:
            tx.maxFeePerGas = UInt256::max();
            tx.maxPriorityFeePerGas = UInt256(1);
            break;
        case 8: tx.data = QByteArray(EvmTransaction::MaxDataSize + 1, 'x'); break;
        case 9: tx.type = EvmTxType(1); break;
        }
        const Result<void> valid = tx.validate();
        QVERIFY(!valid.ok());
        QVERIFY2(valid.error().message.contains(problem), qPrintable(valid.error().message));
        QVERIFY(!valid.error().userMessage.isEmpty());
        // sign() refuses the same, before any key is used.
        const Result<SignedEvmTransaction> signed_ = tx.sign(key(kVectorCKey));
        QVERIFY(!signed_.ok());
        QCOMPARE(signed_.error().message, valid.error().message);
    }

    void boundariesThatAreValid()
    {
        EvmTransaction tx = usdtTransfer();
        tx.gasLimit = 21000;
        tx.nonce = ~std::uint64_t(0) - 1;
        tx.maxPriorityFeePerGas = tx.maxFeePerGas; // equal is fine
        tx.data = QByteArray(EvmTransaction::MaxDataSize, 'x');
        KASSA_VERIFY_OK(tx.validate());
        const Result<SignedEvmTransaction> signed_ = tx.sign(key(kVectorCKey));
        KASSA_VERIFY_OK(signed_);
        const Result<SignedEvmTransaction> decoded = EvmTransaction::decodeSigned(signed_->raw);
        KASSA_VERIFY_OK(decoded);
        QVERIFY(decoded->tx == tx);
    }

    void malformedRaw_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("field");
        const SignedEvmTransaction legacy =
            *eip155Example().sign(key("4646464646464646464646464646464646464646464646464646464646464646"));
        const SignedEvmTransaction type2 = *usdtTransfer().sign(key(kVectorCKey));

        QTest::newRow("empty") << QByteArray() << QStringLiteral("type");
        QTest::newRow("type 1 (EIP-2930)") << QByteArray(1, char(0x01)) + type2.raw.mid(1) << QStringLiteral("type");
        QTest::newRow("type 3 (EIP-4844)") << QByteArray(1, char(0x03)) + type2.raw.mid(1) << QStringLiteral("type");
        QTest::newRow("type 0x7f") << QByteArray(1, char(0x7f)) << QStringLiteral("type");
        QTest::newRow("an RLP string") << bytes(QStringLiteral("83646f67")) << QStringLiteral("type");
        QTest::newRow("type byte only") << QByteArray(1, char(0x02)) << QStringLiteral("rlp");
        QTest::newRow("truncated legacy") << legacy.raw.left(legacy.raw.size() - 1) << QStringLiteral("rlp");
        QTest::newRow("truncated type 2") << type2.raw.left(40) << QStringLiteral("rlp");
        QTest::newRow("trailing byte") << legacy.raw + QByteArray(1, '\0') << QStringLiteral("rlp");
        QTest::newRow("type 2 inside legacy wrapper") << Rlp::encodeBytes(type2.raw) << QStringLiteral("type");
        QTest::newRow("legacy with 8 fields")
            << legacyWith([](QList<QByteArray> &f) { f.removeLast(); }) << QStringLiteral("transaction");
        QTest::newRow("legacy with 10 fields")
            << legacyWith([](QList<QByteArray> &f) { f.append(Rlp::encodeBytes({})); })
            << QStringLiteral("transaction");
        QTest::newRow("type 2 with 11 fields")
            << type2With([](QList<QByteArray> &f) { f.removeAt(8); }) << QStringLiteral("transaction");
        QTest::newRow("pre-EIP-155 v 27")
            << legacyWith([](QList<QByteArray> &f) { f[6] = Rlp::encodeUInt(std::uint64_t(27)); })
            << QStringLiteral("v");
        QTest::newRow("pre-EIP-155 v 28")
            << legacyWith([](QList<QByteArray> &f) { f[6] = Rlp::encodeUInt(std::uint64_t(28)); })
            << QStringLiteral("v");
        QTest::newRow("v 36") << legacyWith([](QList<QByteArray> &f) { f[6] = Rlp::encodeUInt(std::uint64_t(36)); })
                              << QStringLiteral("v");
        QTest::newRow("v 0") << legacyWith([](QList<QByteArray> &f) { f[6] = Rlp::encodeUInt(std::uint64_t(0)); })
                             << QStringLiteral("v");
        QTest::newRow("v of 9 bytes") << legacyWith([](QList<QByteArray> &f) {
            f[6] = Rlp::encodeBytes(QByteArray(9, '\x01'));
        }) << QStringLiteral("v");
        QTest::newRow("nonce with a leading zero")
            << legacyWith([](QList<QByteArray> &f) { f[0] = Rlp::encodeBytes(bytes(QStringLiteral("0009"))); })
            << QStringLiteral("nonce");
        QTest::newRow("nonce of 9 bytes")
            << legacyWith([](QList<QByteArray> &f) { f[0] = Rlp::encodeBytes(QByteArray(9, '\x01')); })
            << QStringLiteral("nonce");
        QTest::newRow("gas price as a list")
            << legacyWith([](QList<QByteArray> &f) { f[1] = Rlp::encodeList({}); }) << QStringLiteral("gasPrice");
        QTest::newRow("empty to (contract creation)")
            << legacyWith([](QList<QByteArray> &f) { f[3] = Rlp::encodeBytes({}); }) << QStringLiteral("to");
        QTest::newRow("19-byte to") << legacyWith([](QList<QByteArray> &f) {
            f[3] = Rlp::encodeBytes(QByteArray(19, '5'));
        }) << QStringLiteral("to");
        QTest::newRow("value of 33 bytes")
            << legacyWith([](QList<QByteArray> &f) { f[4] = Rlp::encodeBytes(QByteArray(33, '\x01')); })
            << QStringLiteral("value");
        QTest::newRow("data as a list") << legacyWith([](QList<QByteArray> &f) { f[5] = Rlp::encodeList({}); })
                                        << QStringLiteral("data");
        QTest::newRow("r zero") << legacyWith([](QList<QByteArray> &f) { f[7] = Rlp::encodeBytes({}); })
                                << QStringLiteral("r/s");
        QTest::newRow("s zero") << legacyWith([](QList<QByteArray> &f) { f[8] = Rlp::encodeBytes({}); })
                                << QStringLiteral("r/s");
        QTest::newRow("r = n") << legacyWith([](QList<QByteArray> &f) {
            f[7] = Rlp::encodeBytes(
                bytes(QStringLiteral("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")));
        }) << QStringLiteral("r/s");
        QTest::newRow("r with a leading zero") << legacyWith([](QList<QByteArray> &f) {
            f[7] = Rlp::encodeBytes(QByteArray(QByteArray(1, '\0') + Rlp::decode(f[7])->bytes));
        }) << QStringLiteral("r");
        QTest::newRow("high s (EIP-2)") << legacyWith([](QList<QByteArray> &f) {
            f[8] = Rlp::encodeBytes(negateS(Rlp::decode(f[8])->bytes));
            f[6] = Rlp::encodeUInt(std::uint64_t(38)); // the other parity, same signer
        }) << QStringLiteral("s");
        QTest::newRow("chain id 0 (type 2)")
            << type2With([](QList<QByteArray> &f) { f[0] = Rlp::encodeBytes({}); }) << QStringLiteral("transaction");
        QTest::newRow("tip above max fee (type 2)")
            << type2With([](QList<QByteArray> &f) { f[2] = Rlp::encodeUInt(std::uint64_t(40000000000)); })
            << QStringLiteral("transaction");
        QTest::newRow("gas below 21000 (type 2)")
            << type2With([](QList<QByteArray> &f) { f[4] = Rlp::encodeUInt(std::uint64_t(100)); })
            << QStringLiteral("transaction");
        QTest::newRow("access list not empty") << type2With([](QList<QByteArray> &f) {
            RlpListBuilder entry;
            entry.addBytes(QByteArray(20, '\x11')).addEncoded(Rlp::encodeList({}));
            f[8] = Rlp::encodeList(entry.encode());
        }) << QStringLiteral("accessList");
        QTest::newRow("access list as a string")
            << type2With([](QList<QByteArray> &f) { f[8] = Rlp::encodeBytes({}); }) << QStringLiteral("accessList");
        QTest::newRow("yParity 2") << type2With([](QList<QByteArray> &f) { f[9] = Rlp::encodeUInt(std::uint64_t(2)); })
                                   << QStringLiteral("yParity");
        QTest::newRow("yParity 27") << type2With([](QList<QByteArray> &f) {
            f[9] = Rlp::encodeUInt(std::uint64_t(27));
        }) << QStringLiteral("yParity");
        QTest::newRow("yParity 0 written as 0x00")
            << type2With([](QList<QByteArray> &f) { f[9] = QByteArray(1, '\0'); }) << QStringLiteral("yParity");
    }

    void malformedRaw()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, field);
        const Result<SignedEvmTransaction> decoded = EvmTransaction::decodeSigned(raw);
        QVERIFY2(!decoded.ok(), qPrintable(toHex(raw)));
        QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
        QVERIFY2(decoded.error().message.startsWith(QStringLiteral("evm raw tx: ") + field + QLatin1Char(':')),
            qPrintable(decoded.error().message));
        // Structural RLP errors keep the RLP's own text (with the offset).
        if (field != QLatin1String("rlp"))
            QVERIFY(decoded.error().userMessage.contains(field));
        QVERIFY(!decoded.error().hint.isEmpty());
    }

    void tamperedBytesChangeTheSender()
    {
        // A changed amount still decodes, but to another sender: whoever
        // compares the recovered sender with the expected one catches it.
        const SignedEvmTransaction original = *usdtTransfer().sign(key(kVectorCKey));
        QByteArray tampered = original.raw;
        const qsizetype amountByte = tampered.indexOf(QByteArray::fromHex("0f4240"));
        QVERIFY(amountByte > 0);
        tampered[amountByte] = '\x1f';
        const Result<SignedEvmTransaction> decoded = EvmTransaction::decodeSigned(tampered);
        KASSA_VERIFY_OK(decoded);
        QVERIFY(decoded->from != original.from);
        QVERIFY(decoded->hash != original.hash);
    }
};

KASSA_TEST_MAIN(TestEvmTransaction)
#include "tst_evmtransaction.moc"
