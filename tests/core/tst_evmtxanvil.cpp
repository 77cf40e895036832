// Kassa-signed transactions on a real Ethereum node (anvil): EIP-1559 and
// legacy coin transfers and TestToken transfers are accepted, mined and do
// what they say; the node's transaction hash is Kassa's; the ERC-20 reads
// (balanceOf, decimals, both Tether blacklist getters) decode what the
// contract returns; re-broadcasting stored bytes never pays twice; a
// transaction for another chain is refused.
#include "AnvilNode.h"
#include "TestSupport.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/evm/EvmTransaction.h"
#include "crypto/Hex.h"
#include "crypto/Keccak256.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

using namespace kassa;
using namespace kassa::chain::evm;
using kassa::crypto::EthAddress;
using kassa::crypto::Hex;
using money::UInt256;

namespace {

// Anvil's account 0 ("test test … junk", m/44'/60'/0'/0/0).
const char kAccount0Key[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

crypto::SecretKey account0Key()
{
    return std::move(crypto::SecretKey::fromHex(QString::fromLatin1(kAccount0Key))).value();
}

EthAddress freshAddress()
{
    QByteArray b(20, '\0');
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return *EthAddress::fromBytes(b);
}

UInt256 quantity(const QJsonValue &v)
{
    const Result<UInt256> q = UInt256::parseQuantity(v.toString());
    return q ? *q : UInt256::max(); // max never equals what a test expects
}

} // namespace

class TestEvmTxAnvil : public QObject
{
    Q_OBJECT

private:
    test::AnvilNode m_anvil;
    EthAddress m_sender;

    UInt256 balance(const EthAddress &who)
    {
        const Result<QJsonValue> b =
            m_anvil.rpc(QStringLiteral("eth_getBalance"), {who.toLowerHex(), QStringLiteral("latest")});
        return b ? quantity(*b) : UInt256::max();
    }

    std::uint64_t nonce()
    {
        const Result<QJsonValue> n =
            m_anvil.rpc(QStringLiteral("eth_getTransactionCount"), {m_sender.toLowerHex(), QStringLiteral("pending")});
        return n ? quantity(*n).lowUInt64() : ~std::uint64_t(0);
    }

    UInt256 baseFee()
    {
        const Result<QJsonValue> block =
            m_anvil.rpc(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
        return block ? quantity(block->toObject().value(QStringLiteral("baseFeePerGas"))) : UInt256::max();
    }

    //! eth_call; the returned bytes (or the node's error).
    Result<QByteArray> call(const QString &to, const QByteArray &data)
    {
        const Result<QJsonValue> r = m_anvil.rpc(QStringLiteral("eth_call"),
            {QJsonObject {{QStringLiteral("to"), to}, {QStringLiteral("data"), Hex::encode0x(data)}},
                QStringLiteral("latest")});
        if (!r)
            return r.error();
        return Hex::decode(r->toString(), {.requirePrefix = true});
    }

    //! Broadcasts Kassa's bytes and waits for the receipt.
    Result<QJsonObject> broadcast(const SignedEvmTransaction &signed_)
    {
        const Result<QJsonValue> hash =
            m_anvil.rpc(QStringLiteral("eth_sendRawTransaction"), {Hex::encode0x(signed_.raw)});
        if (!hash)
            return hash.error();
        if (hash->toString() != Hex::encode0x(signed_.hash))
            return makeError(ErrorCode::Internal, QStringLiteral("node hash %1").arg(hash->toString()), QString());
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            const Result<QJsonValue> receipt =
                m_anvil.rpc(QStringLiteral("eth_getTransactionReceipt"), {hash->toString()});
            if (!receipt)
                return receipt.error();
            if (receipt->isObject())
                return receipt->toObject();
            QThread::msleep(20);
        }
        return makeError(ErrorCode::Internal, QStringLiteral("no receipt"), QString());
    }

    EvmTransaction dynamicFee(const EthAddress &to)
    {
        EvmTransaction tx;
        tx.type = EvmTxType::DynamicFee;
        tx.chainId = 31337;
        tx.nonce = nonce();
        tx.maxPriorityFeePerGas = UInt256(1000000000);
        tx.maxFeePerGas = *baseFee().checkedMul(UInt256(2))->checkedAdd(tx.maxPriorityFeePerGas);
        tx.gasLimit = 21000;
        tx.to = to;
        return tx;
    }

    EvmTransaction legacy(const EthAddress &to)
    {
        EvmTransaction tx;
        tx.type = EvmTxType::Legacy;
        tx.chainId = 31337;
        tx.nonce = nonce();
        tx.gasPrice = *baseFee().checkedMul(UInt256(2));
        tx.gasLimit = 21000;
        tx.to = to;
        return tx;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        m_sender = *EthAddress::parse(QString::fromLatin1(test::AnvilNode::kAccount0));
    }

    void coinTransfers()
    {
        for (const bool isLegacy : {false, true}) {
            const EthAddress to = freshAddress();
            EvmTransaction tx = isLegacy ? legacy(to) : dynamicFee(to);
            tx.value = *UInt256::parseDecimal(u"1234567890123456789");
            const Result<SignedEvmTransaction> signed_ = tx.sign(account0Key());
            KASSA_VERIFY_OK(signed_);
            QCOMPARE(signed_->from, m_sender);
            const UInt256 before = balance(m_sender);

            const Result<QJsonObject> receipt = broadcast(*signed_);
            KASSA_VERIFY_OK(receipt);
            QCOMPARE(receipt->value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
            QCOMPARE(receipt->value(QStringLiteral("from")).toString(), m_sender.toLowerHex());
            QCOMPARE(balance(to), tx.value);
            // The sender paid the value and the gas it used, nothing else.
            const UInt256 gasCost = *quantity(receipt->value(QStringLiteral("gasUsed")))
                                         .checkedMul(quantity(receipt->value(QStringLiteral("effectiveGasPrice"))));
            QCOMPARE(*before.checkedSub(balance(m_sender)), *tx.value.checkedAdd(gasCost));

            // The node reads back the type, the sender and (legacy) EIP-155's v.
            const Result<QJsonValue> onChain =
                m_anvil.rpc(QStringLiteral("eth_getTransactionByHash"), {Hex::encode0x(signed_->hash)});
            KASSA_VERIFY_OK(onChain);
            const QJsonObject t = onChain->toObject();
            QCOMPARE(
                t.value(QStringLiteral("type")).toString(), isLegacy ? QStringLiteral("0x0") : QStringLiteral("0x2"));
            QCOMPARE(quantity(t.value(QStringLiteral("v"))), signed_->v());
            QCOMPARE(quantity(t.value(QStringLiteral("nonce"))), UInt256(tx.nonce));
        }
    }

    void tokenTransfersAndReads()
    {
        const Result<QString> token = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        KASSA_VERIFY_OK(m_anvil.mint(*token, m_sender.toLowerHex(), QStringLiteral("1000000000")));
        const EthAddress tokenAddress = *EthAddress::parse(*token);

        const Result<QByteArray> decimals = call(*token, Erc20Abi::decimals());
        KASSA_VERIFY_OK(decimals);
        QCOMPARE(*Erc20Abi::decodeDecimals(*decimals), 6);

        const EthAddress to = freshAddress();
        UInt256 sent;
        for (const bool isLegacy : {false, true}) {
            EvmTransaction tx = isLegacy ? legacy(tokenAddress) : dynamicFee(tokenAddress);
            tx.gasLimit = 100000;
            const UInt256 amount(isLegacy ? 2500000 : 1000000);
            tx.data = Erc20Abi::transfer(to, amount);
            const Result<SignedEvmTransaction> signed_ = tx.sign(account0Key());
            KASSA_VERIFY_OK(signed_);
            const Result<QJsonObject> receipt = broadcast(*signed_);
            KASSA_VERIFY_OK(receipt);
            QCOMPARE(receipt->value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
            const QJsonArray logs = receipt->value(QStringLiteral("logs")).toArray();
            QCOMPARE(logs.size(), 1);
            const QJsonArray topics = logs.first().toObject().value(QStringLiteral("topics")).toArray();
            QCOMPARE(topics.at(2).toString(), Hex::encode0x(Erc20Abi::addressWord(to)));
            sent = *sent.checkedAdd(amount);

            const Result<QByteArray> balanceWord = call(*token, Erc20Abi::balanceOf(to));
            KASSA_VERIFY_OK(balanceWord);
            QCOMPARE(*Erc20Abi::decodeUInt256(*balanceWord), sent);
        }
        const Result<QByteArray> left = call(*token, Erc20Abi::balanceOf(m_sender));
        QCOMPARE(*Erc20Abi::decodeUInt256(*left), *UInt256(1000000000).checkedSub(sent));

        // Tether's blacklist, both getters, before and after addBlackList.
        const EthAddress listed = freshAddress();
        const auto blackListed = [&](const EthAddress &who, bool isBlackListedGetter) {
            const Result<QByteArray> word =
                call(*token, isBlackListedGetter ? Erc20Abi::isBlackListed(who) : Erc20Abi::getBlackListStatus(who));
            return word ? Erc20Abi::decodeBool(*word) : Result<bool>(word.error());
        };
        QCOMPARE(*blackListed(listed, true), false);
        QCOMPARE(*blackListed(listed, false), false);
        const QByteArray addBlackList =
            QByteArray(reinterpret_cast<const char *>(crypto::keccak256("addBlackList(address)").data()), 4)
            + QByteArray(reinterpret_cast<const char *>(Erc20Abi::addressWord(listed).data()), 32);
        KASSA_VERIFY_OK(m_anvil.sendTransaction(m_sender.toLowerHex(), *token, addBlackList));
        QCOMPARE(*blackListed(listed, true), true);
        QCOMPARE(*blackListed(listed, false), true);
        QCOMPARE(*blackListed(to, true), false);

        // An address without code answers with no bytes: an error, not 0.
        const Result<QByteArray> nothing = call(freshAddress().toLowerHex(), Erc20Abi::balanceOf(to));
        KASSA_VERIFY_OK(nothing);
        QVERIFY(nothing->isEmpty());
        const Result<UInt256> noBalance = Erc20Abi::decodeUInt256(*nothing);
        QVERIFY(!noBalance.ok());
        QVERIFY(noBalance.error().message.contains(QLatin1String("empty")));
    }

    void rebroadcastNeverPaysTwice()
    {
        const EthAddress to = freshAddress();
        EvmTransaction tx = dynamicFee(to);
        tx.value = UInt256(777);
        const SignedEvmTransaction signed_ = *tx.sign(account0Key());
        // What Kassa stored is read back and checked before it is sent again.
        const Result<SignedEvmTransaction> stored = EvmTransaction::decodeSigned(signed_.raw);
        KASSA_VERIFY_OK(stored);
        QCOMPARE(stored->from, m_sender);
        QVERIFY(stored->tx == tx);
        KASSA_VERIFY_OK(broadcast(*stored));
        const Result<QJsonValue> again =
            m_anvil.rpc(QStringLiteral("eth_sendRawTransaction"), {Hex::encode0x(stored->raw)});
        if (again.ok()) // a node may answer with the known hash; it is one transaction either way
            QCOMPARE(again->toString(), Hex::encode0x(signed_.hash));
        KASSA_VERIFY_OK(m_anvil.mine(1));
        QCOMPARE(balance(to), UInt256(777));
    }

    void otherChainIsRefused()
    {
        EvmTransaction tx = dynamicFee(freshAddress());
        tx.chainId = 1;
        tx.value = UInt256(1);
        const Result<SignedEvmTransaction> signed_ = tx.sign(account0Key());
        KASSA_VERIFY_OK(signed_);
        const Result<QJsonValue> sent =
            m_anvil.rpc(QStringLiteral("eth_sendRawTransaction"), {Hex::encode0x(signed_->raw)});
        QVERIFY2(!sent.ok(), "anvil accepted a transaction signed for chain 1");
    }
};

KASSA_TEST_MAIN(TestEvmTxAnvil)
#include "tst_evmtxanvil.moc"
