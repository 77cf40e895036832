// TokenContractsModel: the editable token table of Settings → Chains, under
// QAbstractItemModelTester.
#include "Application.h"
#include "TestSupport.h"
#include "models/TokenContractsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace kassa;
using ui::TokenContractsModel;

class TestTokenContractsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsTokens()
    {
        TokenContractsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const chain::TokenContract usdt {
            QStringLiteral("USDT"), QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7"), 6};
        model.setTokens({usdt});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.data(model.index(0, TokenContractsModel::SymbolColumn)).toString(), QStringLiteral("USDT"));
        QCOMPARE(model.data(model.index(0, TokenContractsModel::DecimalsColumn)).toString(), QStringLiteral("6"));
        QCOMPARE(model.data(model.index(0, TokenContractsModel::DecimalsColumn), Qt::EditRole).toInt(), 6);
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
        QCOMPARE(model.headerData(TokenContractsModel::ContractColumn, Qt::Horizontal).toString(),
            QStringLiteral("Contract"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, TokenContractsModel::DecimalsColumn), QStringLiteral(" 18 ")));
        QCOMPARE(model.tokens().first().decimals, 18);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.setData(model.index(0, TokenContractsModel::DecimalsColumn), QStringLiteral("six")));
        QVERIFY(!model.setData(model.index(0, TokenContractsModel::DecimalsColumn), -1));
        QCOMPARE(model.tokens().first().decimals, 18);
        QVERIFY(model.setData(model.index(0, TokenContractsModel::SymbolColumn), QStringLiteral(" USDC ")));
        QCOMPARE(model.tokens().first().symbol, QStringLiteral("USDC"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.appendToken(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.tokens().last().symbol.isEmpty());
        QVERIFY(model.setData(model.index(1, TokenContractsModel::ContractColumn), QStringLiteral("0xabc")));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.removeRow(0));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.tokens().size(), 1);
        QCOMPARE(model.tokens().first().contract, QStringLiteral("0xabc"));
        QVERIFY(!model.removeRows(3, 1));
        QVERIFY(!model.insertRows(5, 1));
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestTokenContractsModel)
#include "tst_tokencontractsmodel.moc"
