// The oracle itself reproduces the published vectors, so a differential
// test that agrees with it agrees with the world, not with a broken oracle.
#include "NodeOracle.h"
#include "TestSupport.h"

#include <QJsonObject>

using namespace kassa;

class TestNodeOracle : public QObject
{
    Q_OBJECT

private:
    test::NodeOracle m_oracle;

private Q_SLOTS:
    void initTestCase() { KASSA_VERIFY_OK(m_oracle.start()); }

    void reproducesPublishedVectors()
    {
        auto keccak = m_oracle.call(
            {{QStringLiteral("op"), QStringLiteral("keccak256")}, {QStringLiteral("hex"), QStringLiteral("616263")}});
        KASSA_VERIFY_OK(keccak);
        QCOMPARE(
            keccak->toString(), QStringLiteral("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"));

        const QString one = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001");
        QCOMPARE(
            m_oracle.call({{QStringLiteral("op"), QStringLiteral("ethAddressFromKey")}, {QStringLiteral("key"), one}})
                ->toString(),
            QStringLiteral("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"));
        QCOMPARE(
            m_oracle.call({{QStringLiteral("op"), QStringLiteral("tronAddressFromKey")}, {QStringLiteral("key"), one}})
                ->toString(),
            QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC"));

        auto derived = m_oracle.call({{QStringLiteral("op"), QStringLiteral("hdDerive")},
            {QStringLiteral("mnemonic"), QStringLiteral("test test test test test test test test test test test junk")},
            {QStringLiteral("path"), QStringLiteral("m/44'/60'/0'/0/0")}});
        KASSA_VERIFY_OK(derived);
        QCOMPARE(derived->toObject().value(QStringLiteral("ethAddress")).toString(),
            QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));

        // chains.md §6.5 (c): USDT-TRC20 with a clean ABI.
        auto trc20 = m_oracle.call({{QStringLiteral("op"), QStringLiteral("tronTrc20")},
            {QStringLiteral("key"), QStringLiteral("b5a4cea271ff424d7c31dc12a3e43e401df7a40d7412a15750f3f0b6b5449a28")},
            {QStringLiteral("contract"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")},
            {QStringLiteral("to"), QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK")},
            {QStringLiteral("amount"), QStringLiteral("1000000")}, {QStringLiteral("feeLimit"), 30000000},
            {QStringLiteral("refBlockBytes"), QStringLiteral("1d80")},
            {QStringLiteral("refBlockHash"), QStringLiteral("0123456789abcdef")},
            {QStringLiteral("expiration"), 1750000060000.0}, {QStringLiteral("timestamp"), 1750000000000.0}});
        KASSA_VERIFY_OK(trc20);
        QCOMPARE(trc20->toObject().value(QStringLiteral("txID")).toString(),
            QStringLiteral("1eaa318a1ac3e52c454ec24c5a259eb75b3c5e9326cf72a645dfa89fae59f6a3"));
    }

    void reportsErrorsAndKeepsGoing()
    {
        const auto answers = m_oracle.callMany({{{QStringLiteral("op"), QStringLiteral("noSuchOp")}},
            {{QStringLiteral("op"), QStringLiteral("checksum")}, {QStringLiteral("address"), QStringLiteral("0xnot")}},
            {{QStringLiteral("op"), QStringLiteral("checksum")},
                {QStringLiteral("address"), QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")}}});
        QCOMPARE(answers.size(), 3);
        QVERIFY(!answers[0].ok());
        QVERIFY(!answers[1].ok());
        KASSA_VERIFY_OK(answers[2]);
        QCOMPARE(answers[2]->toString(), QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
    }
};

KASSA_TEST_MAIN(TestNodeOracle)
#include "tst_nodeoracle.moc"
