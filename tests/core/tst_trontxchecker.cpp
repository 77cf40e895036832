// TronTxChecker against a lying node: every way an unsigned transaction from
// /wallet/triggersmartcontract or /wallet/createtransaction can differ from
// the payout is refused with an error that names the field, and the honest
// answer passes.
#include "TestSupport.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/tron/TronTxChecker.h"
#include "chain/tron/proto/balance_contract.pb.h"
#include "chain/tron/proto/smart_contract.pb.h"
#include "chain/tron/proto/tron.pb.h"
#include "crypto/Hex.h"

#include <QJsonObject>

#include <functional>

using namespace kassa;
using namespace kassa::chain::tron;
using kassa::chain::evm::Erc20Abi;
using kassa::crypto::Hex;
using kassa::crypto::TronAddress;
using money::UInt256;

namespace {

using RawEdit = std::function<void(protocol::Transaction_raw &)>;
using CallEdit = std::function<void(protocol::TriggerSmartContract &)>;

TronAddress tron(const char *text)
{
    return *TronAddress::parse(QString::fromLatin1(text));
}

QByteArray bytes(const char *hex)
{
    return QByteArray::fromHex(hex);
}

std::string str(const QByteArray &b)
{
    return b.toStdString();
}

std::string address(const TronAddress &a)
{
    const auto b = a.bytes21();
    return std::string(reinterpret_cast<const char *>(b.data()), b.size());
}

QByteArray serialize(const google::protobuf::MessageLite &m)
{
    const std::string s = m.SerializeAsString();
    return QByteArray(s.data(), qsizetype(s.size()));
}

const std::int64_t kTimestamp = 1750000000000;
const std::int64_t kNow = kTimestamp + 3000;

TronTxTiming timing()
{
    TronTxTiming t;
    t.refBlock =
        *TronRefBlock::fromBlock(70000000, bytes("00000000042c1d800123456789abcdef0123456789abcdef0123456789abcdef"));
    t.timestampMs = kTimestamp;
    t.expirationMs = kTimestamp + 60000;
    return t;
}

QList<TronRefBlock> knownBlocks()
{
    return {*TronRefBlock::fromBlock(69999999, QByteArray(bytes("00000000042c1d7f") + QByteArray(24, '\x22'))),
        timing().refBlock};
}

TronExpiryBounds bounds()
{
    return TronExpiryBounds {.nowMs = kNow};
}

Trc20TransferParams intended()
{
    Trc20TransferParams p;
    p.owner = tron("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH");
    p.contract = tron("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    p.to = tron("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");
    p.amount = UInt256(1000000);
    p.feeLimitSun = 30000000;
    return p;
}

// What an honest node returns: the same bytes Kassa would build.
QByteArray honestRaw()
{
    return TronTransaction::trc20Transfer(intended(), timing())->rawData();
}

// The honest transaction with edits to raw_data and to the call inside it.
QByteArray edited(const RawEdit &rawEdit, const CallEdit &callEdit = {})
{
    const QByteArray honest = honestRaw();
    protocol::Transaction_raw raw;
    if (!raw.ParseFromArray(honest.constData(), int(honest.size())))
        qFatal("honest raw does not parse");
    if (callEdit) {
        protocol::TriggerSmartContract call;
        call.ParseFromString(raw.contract(0).parameter().value());
        callEdit(call);
        raw.mutable_contract(0)->mutable_parameter()->set_value(call.SerializeAsString());
    }
    if (rawEdit)
        rawEdit(raw);
    return serialize(raw);
}

QByteArray withCall(const CallEdit &callEdit)
{
    return edited({}, callEdit);
}

// The honest call's value bytes with `extra` appended, put back in place.
QByteArray withValueBytes(const QByteArray &extra, bool prepend = false)
{
    return edited([&](protocol::Transaction_raw &raw) {
        std::string value = raw.contract(0).parameter().value();
        value = prepend ? str(extra) + value : value + str(extra);
        raw.mutable_contract(0)->mutable_parameter()->set_value(value);
    });
}

} // namespace

class TestTronTxChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void honestNodePasses()
    {
        const Result<TronTransaction> tx =
            TronTxChecker::checkTrc20Transfer(honestRaw(), intended(), knownBlocks(), bounds());
        KASSA_VERIFY_OK(tx);
        QCOMPARE(tx->rawData(), honestRaw());
        // chains.md §6.5 (c).
        QCOMPARE(Hex::encode(tx->txId()),
            QStringLiteral("1eaa318a1ac3e52c454ec24c5a259eb75b3c5e9326cf72a645dfa89fae59f6a3"));
        // What was checked can be signed (the owner's key).
        const Result<SignedTronTransaction> signed_ =
            tx->sign(*crypto::SecretKey::fromHex(u"b5a4cea271ff424d7c31dc12a3e43e401df7a40d7412a15750f3f0b6b5449a28"));
        KASSA_VERIFY_OK(signed_);
        QCOMPARE(signed_->txId, crypto::sha256(honestRaw()));

        // A node whose clock is a minute ahead and whose block is the older
        // known one is still fine.
        TronTxTiming t = timing();
        t.refBlock = knownBlocks().first();
        t.timestampMs = kNow + 60000;
        t.expirationMs = t.timestampMs + 60000;
        const QByteArray skewed = TronTransaction::trc20Transfer(intended(), t)->rawData();
        KASSA_VERIFY_OK(TronTxChecker::checkTrc20Transfer(skewed, intended(), knownBlocks(), bounds()));
    }

    void hostileTrc20_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("field");
        const QString value = QStringLiteral("raw_data.contract[0].parameter.value");
        const QString contract = QStringLiteral("raw_data.contract[0]");
        const TronAddress thief = tron("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC");

        // What the contract call says.
        QTest::newRow("other recipient") << withCall([&](auto &c) {
            c.set_data(str(Erc20Abi::transfer(thief.toEvm(), UInt256(1000000))));
        }) << value + QStringLiteral(".data");
        QTest::newRow("other amount") << withCall([&](auto &c) {
            c.set_data(str(Erc20Abi::transfer(intended().to.toEvm(), UInt256(1000001))));
        }) << value + QStringLiteral(".data");
        QTest::newRow("other token") << withCall([&](auto &c) { c.set_contract_address(address(thief)); })
                                     << value + QStringLiteral(".contract_address");
        QTest::newRow("other owner") << withCall([&](auto &c) { c.set_owner_address(address(thief)); })
                                     << value + QStringLiteral(".owner_address");
        QTest::newRow("approve instead of transfer") << withCall([&](auto &c) {
            QByteArray data = Erc20Abi::transfer(thief.toEvm(), UInt256::max());
            data.replace(0, 4, bytes("095ea7b3"));
            c.set_data(str(data));
        }) << value + QStringLiteral(".data");
        QTest::newRow("data after the calldata")
            << withCall([&](auto &c) { c.set_data(c.data() + std::string(32, '\x01')); })
            << value + QStringLiteral(".data");
        QTest::newRow("calldata cut short")
            << withCall([&](auto &c) { c.set_data(c.data().substr(0, 36)); }) << value + QStringLiteral(".data");
        QTest::newRow("no calldata") << withCall([&](auto &c) { c.clear_data(); }) << value + QStringLiteral(".data");
        QTest::newRow("0x41 inside the address word") << withCall([&](auto &c) {
            std::string d = c.data();
            d[15] = '\x41';
            c.set_data(d);
        }) << value + QStringLiteral(".data");
        QTest::newRow("TRX attached (call_value)")
            << withCall([&](auto &c) { c.set_call_value(1); }) << value + QStringLiteral(".call_value");
        QTest::newRow("TRC-10 attached") << withCall([&](auto &c) { c.set_call_token_value(5); })
                                         << value + QStringLiteral(".call_token_value");
        QTest::newRow("TRC-10 token id") << withCall([&](auto &c) { c.set_token_id(1002000); })
                                         << value + QStringLiteral(".token_id");
        QTest::newRow("owner without 41")
            << withCall([&](auto &c) { c.set_owner_address(c.owner_address().substr(1)); })
            << value + QStringLiteral(".owner_address");
        QTest::newRow("owner with prefix a0") << withCall([&](auto &c) {
            std::string o = c.owner_address();
            o[0] = '\xa0';
            c.set_owner_address(o);
        }) << value + QStringLiteral(".owner_address");
        QTest::newRow("empty contract address")
            << withCall([&](auto &c) { c.clear_contract_address(); }) << value + QStringLiteral(".contract_address");

        // What raw_data says around it.
        QTest::newRow("other fee limit") << edited([](auto &r) { r.set_fee_limit(30000001); })
                                         << QStringLiteral("raw_data.fee_limit");
        QTest::newRow("absurd fee limit")
            << edited([](auto &r) { r.set_fee_limit(TronTransaction::MaxFeeLimitSun + 1); })
            << QStringLiteral("raw_data.fee_limit");
        QTest::newRow("negative fee limit")
            << edited([](auto &r) { r.set_fee_limit(-1); }) << QStringLiteral("raw_data.fee_limit");
        QTest::newRow("Permission_id 2") << edited([](auto &r) { r.mutable_contract(0)->set_permission_id(2); })
                                         << contract + QStringLiteral(".Permission_id");
        QTest::newRow("provider set") << edited([](auto &r) { r.mutable_contract(0)->set_provider("x"); })
                                      << contract + QStringLiteral(".provider");
        QTest::newRow("ContractName set") << edited([](auto &r) { r.mutable_contract(0)->set_contractname("x"); })
                                          << contract + QStringLiteral(".ContractName");
        QTest::newRow("a second contract")
            << edited([](auto &r) { *r.add_contract() = r.contract(0); }) << QStringLiteral("raw_data.contract");
        QTest::newRow("no contract") << edited([](auto &r) { r.clear_contract(); })
                                     << QStringLiteral("raw_data.contract");
        QTest::newRow("no parameter") << edited([](auto &r) { r.mutable_contract(0)->clear_parameter(); })
                                      << contract + QStringLiteral(".parameter");
        QTest::newRow("a TRX transfer instead") << edited([&](auto &r) {
            protocol::TransferContract t;
            t.set_owner_address(address(intended().owner));
            t.set_to_address(address(thief));
            t.set_amount(1000000);
            r.mutable_contract(0)->set_type(protocol::Transaction_Contract::TransferContract);
            r.mutable_contract(0)->mutable_parameter()->set_type_url(TronTransaction::TransferContractTypeUrl);
            r.mutable_contract(0)->mutable_parameter()->set_value(t.SerializeAsString());
            r.clear_fee_limit();
        }) << contract + QStringLiteral(".type");
        QTest::newRow("type says transfer, payload is a call") << edited([](auto &r) {
            r.mutable_contract(0)->set_type(protocol::Transaction_Contract::TransferContract);
        }) << contract + QStringLiteral(".parameter.type_url");
        QTest::newRow("permission update") << edited([](auto &r) {
            r.mutable_contract(0)->set_type(protocol::Transaction_Contract::AccountPermissionUpdateContract);
        }) << contract + QStringLiteral(".type");
        QTest::newRow("an unknown contract type")
            << edited([](auto &r) { r.mutable_contract(0)->set_type(protocol::Transaction_Contract_ContractType(99)); })
            << contract + QStringLiteral(".type");
        QTest::newRow("other type_url") << edited([](auto &r) {
            r.mutable_contract(0)->mutable_parameter()->set_type_url(
                "type.googleapis.com/protocol.CreateSmartContract");
        }) << contract + QStringLiteral(".parameter.type_url");
        QTest::newRow("memo") << edited([](auto &r) { r.set_data("thanks"); }) << QStringLiteral("raw_data.data");
        QTest::newRow("scripts") << edited([](auto &r) { r.set_scripts("x"); }) << QStringLiteral("raw_data.scripts");
        QTest::newRow("auths") << edited([](auto &r) { r.add_auths()->set_permission_name("active"); })
                               << QStringLiteral("raw_data.auths");
        QTest::newRow("ref_block_num") << edited([](auto &r) { r.set_ref_block_num(70000000); })
                                       << QStringLiteral("raw_data.ref_block_num");
        QTest::newRow("unknown reference block")
            << edited([](auto &r) { r.set_ref_block_hash(std::string(8, '\x33')); })
            << QStringLiteral("raw_data.ref_block_hash");
        QTest::newRow("3 ref block bytes") << edited([](auto &r) { r.set_ref_block_bytes(std::string(3, '\x1d')); })
                                           << QStringLiteral("raw_data.ref_block_bytes");
        QTest::newRow("7 ref block hash bytes") << edited([](auto &r) { r.set_ref_block_hash(std::string(7, '\x01')); })
                                                << QStringLiteral("raw_data.ref_block_hash");
        QTest::newRow("timestamp an hour ahead") << edited([](auto &r) {
            r.set_timestamp(kNow + 3600000);
            r.set_expiration(kNow + 3660000);
        }) << QStringLiteral("raw_data.timestamp");
        QTest::newRow("timestamp an hour old")
            << edited([](auto &r) { r.set_timestamp(kNow - 3600000); }) << QStringLiteral("raw_data.timestamp");
        QTest::newRow("expires in a day") << edited([](auto &r) { r.set_expiration(kTimestamp + 23 * 3600000LL); })
                                          << QStringLiteral("raw_data.expiration");
        QTest::newRow("expires after 24 h") << edited([](auto &r) { r.set_expiration(kTimestamp + 25 * 3600000LL); })
                                            << QStringLiteral("raw_data.expiration");
        QTest::newRow("already expired") << edited([](auto &r) {
            r.set_timestamp(kNow - 90000);
            r.set_expiration(kNow - 30000);
        }) << QStringLiteral("raw_data.expiration");
        QTest::newRow("expires before it is made")
            << edited([](auto &r) { r.set_expiration(kTimestamp - 1); }) << QStringLiteral("raw_data.expiration");
        QTest::newRow("no timestamp") << edited([](auto &r) { r.clear_timestamp(); })
                                      << QStringLiteral("raw_data.timestamp");

        // The wire itself.
        const QByteArray honest = honestRaw();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("raw_data.ref_block_bytes");
        QTest::newRow("truncated") << honest.chopped(1) << QStringLiteral("raw_data");
        QTest::newRow("truncated inside the contract") << honest.left(30) << QStringLiteral("raw_data");
        QTest::newRow("huge length") << bytes("0affffffff0f") + honest << QStringLiteral("raw_data");
        QTest::newRow("length past the end")
            << honest + bytes("5a7f") + QByteArray(10, '\0') << QStringLiteral("raw_data");
        QTest::newRow("varint of 11 bytes")
            << honest + bytes("90018080808080808080808001") << QStringLiteral("raw_data");
        QTest::newRow("end-group tag") << honest + bytes("0c") << QStringLiteral("raw_data");
        QTest::newRow("field number 0") << honest + bytes("0000") << QStringLiteral("raw_data");
        QTest::newRow("unknown field 19 (varint)") << honest + bytes("980101") << QStringLiteral("raw_data");
        QTest::newRow("unknown field 2 (bytes)") << bytes("1200") + honest << QStringLiteral("raw_data");
        QTest::newRow("fee_limit as bytes (wrong wire type)") << honest + bytes("920100") << QStringLiteral("raw_data");
        QTest::newRow("expiration as fixed64 (wrong wire type)")
            << honest + bytes("41") + QByteArray(8, '\x01') << QStringLiteral("raw_data");
        QTest::newRow("fee_limit twice (last wins)")
            << edited([](auto &r) { r.set_fee_limit(999); }) + bytes("90018087a70e") << QStringLiteral("raw_data");
        QTest::newRow("fee_limit twice (same value)") << honest + bytes("90018087a70e") << QStringLiteral("raw_data");
        QTest::newRow("timestamp as a padded varint")
            << edited([](auto &r) { r.clear_timestamp(); }).replace(bytes("9001"), bytes("7080b883a1f7b2808080009001"))
            << QStringLiteral("raw_data");
        QTest::newRow("unknown field in the call") << withValueBytes(bytes("3801")) << value;
        QTest::newRow("owner twice in the call")
            << withValueBytes(bytes("0a15") + QByteArray::fromStdString(address(thief)), true) << value;
        QTest::newRow("call is not protobuf")
            << edited([](auto &r) { r.mutable_contract(0)->mutable_parameter()->set_value("\x0a\xff"); }) << value;
        QTest::newRow("unknown field in the Any") << edited([](auto &r) {
            protocol::Any any = r.contract(0).parameter();
            std::string bytes_ = any.SerializeAsString() + "\x18\x01";
            r.mutable_contract(0)->mutable_parameter()->ParseFromString(bytes_);
        }) << contract + QStringLiteral(".parameter");
        QTest::newRow("unknown field in the contract") << edited([](auto &r) {
            std::string bytes_ = r.contract(0).SerializeAsString() + "\x30\x01";
            r.mutable_contract(0)->ParseFromString(bytes_);
        }) << contract;
        QTest::newRow("type_url not UTF-8") << edited([](auto &r) {
            r.mutable_contract(0)->mutable_parameter()->set_type_url("type.googleapis.com/\xff");
        }) << QStringLiteral("raw_data");
        QTest::newRow("far too big") << honest + bytes("52") + bytes("ffff07") + QByteArray(0x1ffff, 'x')
                                     << QStringLiteral("raw_data");
    }

    void hostileTrc20()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, field);
        const Result<TronTransaction> tx = TronTxChecker::checkTrc20Transfer(raw, intended(), knownBlocks(), bounds());
        QVERIFY2(!tx.ok(), qPrintable(Hex::encode(raw)));
        QCOMPARE(tx.error().code, ErrorCode::InvalidInput);
        QVERIFY2(
            tx.error().message.startsWith(QStringLiteral("tron node transaction: ") + field + QStringLiteral(": ")),
            qPrintable(tx.error().message));
        QVERIFY(tx.error().userMessage.contains(field));
        QVERIFY(!tx.error().hint.isEmpty());
    }

    void errorsSayWhatDiffers()
    {
        const QByteArray raw = withCall([](auto &c) {
            c.set_data(str(Erc20Abi::transfer(tron("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC").toEvm(), UInt256(1000000))));
        });
        const Result<TronTransaction> tx = TronTxChecker::checkTrc20Transfer(raw, intended(), knownBlocks(), bounds());
        QVERIFY(!tx.ok());
        QVERIFY2(tx.error().message.contains(QLatin1String(
                     "pays TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC instead of TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK")),
            qPrintable(tx.error().message));
        const Result<TronTransaction> none = TronTxChecker::checkTrc20Transfer(honestRaw(), intended(), {}, bounds());
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QLatin1String("not one of the 0 recent blocks")));
    }

    void trxTransfer()
    {
        TrxTransferParams want {intended().owner, intended().to, 2500000};
        const QByteArray honest = TronTransaction::trxTransfer(want, timing())->rawData();
        KASSA_VERIFY_OK(TronTxChecker::checkTrxTransfer(honest, want, knownBlocks(), bounds()));

        const auto check = [&](const TrxTransferParams &intent, const QByteArray &raw, const QString &field) {
            const Result<TronTransaction> tx = TronTxChecker::checkTrxTransfer(raw, intent, knownBlocks(), bounds());
            QVERIFY2(!tx.ok(), qPrintable(field));
            QVERIFY2(
                tx.error().message.startsWith(QStringLiteral("tron node transaction: ") + field + QLatin1Char(':')),
                qPrintable(tx.error().message));
        };
        const QString value = QStringLiteral("raw_data.contract[0].parameter.value");
        TrxTransferParams other = want;
        other.to = tron("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC");
        check(want, TronTransaction::trxTransfer(other, timing())->rawData(), value + QStringLiteral(".to_address"));
        other = want;
        other.amountSun = 2500001;
        check(want, TronTransaction::trxTransfer(other, timing())->rawData(), value + QStringLiteral(".amount"));
        other = want;
        other.owner = tron("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC");
        check(want, TronTransaction::trxTransfer(other, timing())->rawData(), value + QStringLiteral(".owner_address"));
        // A contract call where a TRX transfer was asked for, and the reverse.
        check(want, honestRaw(), QStringLiteral("raw_data.contract[0].type"));
        const Result<TronTransaction> reverse =
            TronTxChecker::checkTrc20Transfer(honest, intended(), knownBlocks(), bounds());
        QVERIFY(!reverse.ok());
        QVERIFY(reverse.error().message.contains(QLatin1String("raw_data.contract[0].type")));
        // A fee limit on a TRX transfer, and a zero or negative amount.
        protocol::Transaction_raw raw;
        raw.ParseFromArray(honest.constData(), int(honest.size()));
        raw.set_fee_limit(1000);
        check(want, serialize(raw), QStringLiteral("raw_data.fee_limit"));
        raw.set_fee_limit(0);
        protocol::TransferContract t;
        t.ParseFromString(raw.contract(0).parameter().value());
        t.set_amount(-2500000);
        raw.mutable_contract(0)->mutable_parameter()->set_value(t.SerializeAsString());
        check(want, serialize(raw), value + QStringLiteral(".amount"));
        t.set_to_address(t.owner_address());
        t.set_amount(2500000);
        raw.mutable_contract(0)->mutable_parameter()->set_value(t.SerializeAsString());
        check(want, serialize(raw), value + QStringLiteral(".to_address"));
    }

    void rawDataFromNode()
    {
        const QByteArray raw = honestRaw();
        const QString rawHex = Hex::encode(raw);
        const QString txId = Hex::encode(crypto::sha256(raw));
        // /wallet/triggersmartcontract's "transaction" (raw_data JSON ignored).
        QJsonObject transaction {{QStringLiteral("visible"), false}, {QStringLiteral("txID"), txId},
            {QStringLiteral("raw_data"), QJsonObject {{QStringLiteral("fee_limit"), 1}}},
            {QStringLiteral("raw_data_hex"), rawHex}};
        const Result<QByteArray> got = TronTxChecker::rawDataFromNode(transaction);
        KASSA_VERIFY_OK(got);
        QCOMPARE(*got, raw);
        transaction.remove(QStringLiteral("txID"));
        KASSA_VERIFY_OK(TronTxChecker::rawDataFromNode(transaction));

        const auto refused = [](const QJsonObject &t, const char *field) {
            const Result<QByteArray> r = TronTxChecker::rawDataFromNode(t);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.startsWith(QStringLiteral("tron node transaction: ") + QLatin1String(field)),
                qPrintable(r.error().message));
        };
        refused(QJsonObject {{QStringLiteral("txID"), txId}}, "raw_data_hex");
        refused(QJsonObject {{QStringLiteral("raw_data_hex"), 5}}, "raw_data_hex");
        refused(QJsonObject {{QStringLiteral("raw_data_hex"), QString(QStringLiteral("0x") + rawHex)}}, "raw_data_hex");
        refused(QJsonObject {{QStringLiteral("raw_data_hex"), QString(rawHex + QLatin1Char('0'))}}, "raw_data_hex");
        refused(QJsonObject {{QStringLiteral("raw_data_hex"),
                    QString(rawHex.left(10) + QLatin1Char('g') + rawHex.mid(11))}},
            "raw_data_hex");
        refused(QJsonObject {{QStringLiteral("raw_data_hex"), rawHex},
                    {QStringLiteral("txID"), Hex::encode(crypto::sha256("x"))}},
            "txID");
        refused(
            QJsonObject {{QStringLiteral("raw_data_hex"), rawHex}, {QStringLiteral("txID"), txId.left(62)}}, "txID");
        refused(QJsonObject {{QStringLiteral("raw_data_hex"), rawHex}, {QStringLiteral("txID"), 12}}, "txID");
    }
};

KASSA_TEST_MAIN(TestTronTxChecker)
#include "tst_trontxchecker.moc"
