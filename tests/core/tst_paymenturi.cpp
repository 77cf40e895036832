// PaymentUri: EIP-681 token transfers with the exact integer amount, the
// plain EIP-55 address without an amount, the plain base58 address on Tron.
#include "TestSupport.h"
#include "WalletTestSupport.h"
#include "wallets/PaymentUri.h"

using namespace kassa;
using wallets::PaymentUri;

class TestPaymentUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evm()
    {
        const auto eth = chain::ChainSettingsFile::defaults(QStringLiteral("ethereum")).value();
        QCOMPARE(PaymentUri::build(eth, test::kAbandonEth0).value(),
            QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
        const chain::TokenContract usdt = eth.tokens.first();
        const auto amount = money::Amount::parse(u"12.5", money::Asset {usdt.symbol, usdt.decimals}).value();
        QCOMPARE(PaymentUri::build(eth, test::kAbandonEth0, usdt, amount).value(),
            QStringLiteral("ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1/transfer?"
                           "address=0x9858EfFD232B4033E47d90003D41EC34EcaEda94&uint256=12500000"));
        const auto bsc = chain::ChainSettingsFile::defaults(QStringLiteral("bsc")).value();
        const chain::TokenContract busdt = bsc.tokens.first();
        const auto big = money::Amount::parse(u"0.000000000000000001", money::Asset {busdt.symbol, busdt.decimals}).value();
        QVERIFY(PaymentUri::build(bsc, test::kAbandonEth0, busdt, big).value().endsWith(QStringLiteral("@56/transfer?address=0x9858EfFD232B4033E47d90003D41EC34EcaEda94&uint256=1")));
        // An amount in the wrong asset is refused, as is a bad address.
        QVERIFY(!PaymentUri::build(bsc, test::kAbandonEth0, busdt, amount).ok());
        QVERIFY(!PaymentUri::build(eth, QStringLiteral("0x12")).ok());
    }

    void tron()
    {
        const auto tron = chain::ChainSettingsFile::defaults(QStringLiteral("tron")).value();
        const chain::TokenContract usdt = tron.tokens.first();
        const auto amount = money::Amount::parse(u"5", money::Asset {usdt.symbol, usdt.decimals}).value();
        // No payment URI that Tron wallets agree on: always the plain address.
        QCOMPARE(PaymentUri::build(tron, test::kAbandonTron0, usdt, amount).value(), test::kAbandonTron0);
        QVERIFY(!PaymentUri::build(tron, test::kAbandonEth0).ok());
    }
};

KASSA_TEST_MAIN(TestPaymentUri)
#include "tst_paymenturi.moc"
