// Settings → Chains with the engine as the UI sees it: every chain listed,
// the fields of each family, offline mistakes and the nodes' verdicts shown
// inline next to their fields, saving only what passed, the check running
// asynchronously (the page stays usable), edits kept per chain, no clipped
// text in any language.
#include "Application.h"
#include "FakeConsoleService.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "pages/ChainSettingsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

using namespace kassa;
using ui::ChainSettingsWidget;

class TestChainSettingsWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::FakeConsoleService> m_service;

    template<typename T>
    static T *child(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

private Q_SLOTS:
    void init()
    {
        m_service = std::make_unique<test::FakeConsoleService>();
        m_service->applyLanguage(QStringLiteral("en"));
    }
    void cleanup() { m_service.reset(); }

    void showsEveryChainAndItsFields()
    {
        ChainSettingsWidget widget(m_service.get());
        widget.resize(900, 900);
        widget.show();
        auto *combo = child<QComboBox>(&widget, "chainCombo");
        QCOMPARE(combo->count(), 6);
        QCOMPARE(combo->itemText(0), QStringLiteral("Ethereum (off)"));
        QCOMPARE(widget.currentChainId(), QStringLiteral("ethereum"));
        QVERIFY(!child<QCheckBox>(&widget, "chainEnabledCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(&widget, "chainIdEdit")->text(), QStringLiteral("1"));
        QVERIFY(child<QLineEdit>(&widget, "chainIdEdit")->isReadOnly());
        QCOMPARE(child<QPlainTextEdit>(&widget, "httpEndpointsEdit")->toPlainText(),
            QStringLiteral("https://ethereum-rpc.publicnode.com\nhttps://eth.llamarpc.com"));
        QVERIFY(child<QPlainTextEdit>(&widget, "wsEndpointsEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(&widget, "apiKeyEdit")->isVisible());
        auto *tokens = child<QTableView>(&widget, "tokensView");
        QCOMPARE(tokens->model()->rowCount(), 1);
        QCOMPARE(tokens->model()->index(0, 1).data().toString(),
            QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7"));
        QCOMPARE(child<QComboBox>(&widget, "finalityCombo")->currentText(),
            QStringLiteral("When the network marks its block final"));

        // Tron: its own fields, no WebSocket, no chain id.
        combo->setCurrentIndex(combo->findData(QStringLiteral("tron")));
        QCOMPARE(widget.currentChainId(), QStringLiteral("tron"));
        QVERIFY(!child<QPlainTextEdit>(&widget, "wsEndpointsEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(&widget, "chainIdEdit")->isVisible());
        QVERIFY(child<QLineEdit>(&widget, "apiKeyEdit")->isVisible());
        QVERIFY(child<QLineEdit>(&widget, "tronGridUrlEdit")->isVisible());
        QCOMPARE(child<QLineEdit>(&widget, "tronGridUrlEdit")->text(), QStringLiteral("https://api.trongrid.io"));
        QCOMPARE(
            child<QComboBox>(&widget, "finalityCombo")->currentText(), QStringLiteral("When its block is solidified"));
        QCOMPARE(tokens->model()->index(0, 1).data().toString(), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QCOMPARE(child<QLineEdit>(&widget, "apiKeyEdit")->echoMode(), QLineEdit::PasswordEchoOnEdit);
    }

    void mistakesAreShownNextToTheirFields()
    {
        ChainSettingsWidget widget(m_service.get());
        widget.resize(900, 900);
        widget.show();
        child<QCheckBox>(&widget, "chainEnabledCheck")->setChecked(true);
        child<QPlainTextEdit>(&widget, "httpEndpointsEdit")->setPlainText(QStringLiteral("http://node.example.com"));
        child<QComboBox>(&widget, "finalityCombo")->setCurrentIndex(1);

        child<QPushButton>(&widget, "saveChainButton")->click();
        QTRY_VERIFY(child<QLabel>(&widget, "httpError")->isVisible());
        QVERIFY(child<QLabel>(&widget, "httpError")->text().contains(QStringLiteral("node.example.com")));
        QVERIFY(!child<QLabel>(&widget, "tokensError")->isVisible());
        QCOMPARE(m_service->chainSaves, 0);
        QVERIFY(child<QLabel>(&widget, "chainCheckStatus")->text().contains(QStringLiteral("Not saved")));

        // The node's verdict comes back per field too.
        m_service->checkHandler = [](const chain::ChainSettings &s) {
            chain::ChainCheckResult r;
            r.chainId = s.id;
            r.checkedOnline = true;
            r.issues << chain::SettingsIssue {QStringLiteral("tokens"), QStringLiteral("decimals"),
                QStringLiteral("USDT has 18 decimals on this network, not 6.")};
            r.issues << chain::SettingsIssue {QStringLiteral("ws"), QStringLiteral("chain"),
                QStringLiteral("ethereum-rpc.publicnode.com:443 serves another network (chain id 56, expected 1).")};
            return QtFuture::makeReadyFuture(r);
        };
        child<QPlainTextEdit>(&widget, "httpEndpointsEdit")->setPlainText(QStringLiteral("https://node.example.com"));
        child<QPushButton>(&widget, "saveChainButton")->click();
        QTRY_VERIFY(child<QLabel>(&widget, "tokensError")->isVisible());
        QVERIFY(child<QLabel>(&widget, "tokensError")->text().contains(QStringLiteral("18 decimals")));
        QVERIFY(child<QLabel>(&widget, "wsError")->isVisible());
        QVERIFY(!child<QLabel>(&widget, "httpError")->isVisible());
        QCOMPARE(m_service->chainSaves, 0);
        QCOMPARE(m_service->lastChecked.finality, chain::FinalityPolicy::Depth);
        QVERIFY(test::clippedTexts(&widget).isEmpty());
    }

    void checksAsynchronouslyThenSaves()
    {
        auto promise = std::make_shared<QPromise<chain::ChainCheckResult>>();
        m_service->checkHandler = [promise](const chain::ChainSettings &) {
            promise->start();
            return promise->future();
        };
        ChainSettingsWidget widget(m_service.get());
        widget.show();
        auto *combo = child<QComboBox>(&widget, "chainCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("bsc")));
        child<QCheckBox>(&widget, "chainEnabledCheck")->setChecked(true);
        child<QPlainTextEdit>(&widget, "wsEndpointsEdit")->clear();
        child<QPushButton>(&widget, "saveChainButton")->click();
        QVERIFY(widget.isChecking());
        QVERIFY(!child<QPushButton>(&widget, "saveChainButton")->isEnabled());
        QVERIFY(!combo->isEnabled());
        QCOMPARE(child<QLabel>(&widget, "chainCheckStatus")->text(), QStringLiteral("Checking the nodes…"));
        QTest::qWait(50); // the GUI keeps running while the nodes are asked
        QCOMPARE(m_service->chainSaves, 0);

        chain::ChainCheckResult ok;
        ok.chainId = QStringLiteral("bsc");
        ok.checkedOnline = true;
        ok.notes << QStringLiteral("bsc-dataseed.bnbchain.org:443 serves chain id 56.");
        QTimer::singleShot(0, [promise, ok] {
            promise->addResult(ok);
            promise->finish();
        });
        QTRY_COMPARE(m_service->chainSaves, 1);
        QVERIFY(!widget.isChecking());
        QVERIFY(child<QPushButton>(&widget, "saveChainButton")->isEnabled());
        const QString status = child<QLabel>(&widget, "chainCheckStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("Saved. Kassa is watching BNB Smart Chain.")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("serves chain id 56")));
        QCOMPARE(combo->currentText(), QStringLiteral("BNB Smart Chain (watching)"));
        QVERIFY(m_service->chainSettings()[1].enabled);
        QVERIFY(m_service->chainSettings()[1].wsEndpoints.isEmpty());
    }

    void turningOffNeedsNoNode()
    {
        QList<chain::ChainSettings> chains = chain::ChainSettingsFile::allDefaults();
        chains[2].enabled = true; // polygon
        m_service->setChainSettings(chains);
        ChainSettingsWidget widget(m_service.get());
        widget.selectChain(QStringLiteral("polygon"));
        QVERIFY(child<QCheckBox>(&widget, "chainEnabledCheck")->isChecked());
        child<QCheckBox>(&widget, "chainEnabledCheck")->setChecked(false);
        child<QPushButton>(&widget, "saveChainButton")->click();
        QCOMPARE(m_service->chainChecks, 0);
        QCOMPARE(m_service->chainSaves, 1);
        QVERIFY(!m_service->chainSettings()[2].enabled);
        QVERIFY(child<QLabel>(&widget, "chainCheckStatus")->text().contains(QStringLiteral("does not watch Polygon")));
    }

    void editsStayPerChainUntilReverted()
    {
        ChainSettingsWidget widget(m_service.get());
        child<QSpinBox>(&widget, "pollIntervalSpin")->setValue(9000);
        widget.selectChain(QStringLiteral("base"));
        QCOMPARE(child<QSpinBox>(&widget, "pollIntervalSpin")->value(), 2000);
        widget.selectChain(QStringLiteral("ethereum"));
        QCOMPARE(child<QSpinBox>(&widget, "pollIntervalSpin")->value(), 9000);
        child<QPushButton>(&widget, "revertChainButton")->click();
        QCOMPARE(child<QSpinBox>(&widget, "pollIntervalSpin")->value(), 4000);
        QCOMPARE(widget.formSettings(), m_service->chainSettings().first());
    }

    void theLocalNetworkHasAnEditableChainId()
    {
        QList<chain::ChainSettings> chains = chain::ChainSettingsFile::allDefaults();
        chains << *chain::ChainSettingsFile::defaults(QStringLiteral("local"));
        m_service->setChainSettings(chains);
        ChainSettingsWidget widget(m_service.get());
        widget.selectChain(QStringLiteral("local"));
        auto *id = child<QLineEdit>(&widget, "chainIdEdit");
        QVERIFY(!id->isReadOnly());
        QCOMPARE(id->text(), QStringLiteral("31337"));
        id->setText(QStringLiteral("thirty"));
        child<QCheckBox>(&widget, "chainEnabledCheck")->setChecked(true);
        child<QPushButton>(&widget, "saveChainButton")->click();
        QVERIFY(child<QLabel>(&widget, "chain_idError")->isVisibleTo(&widget));
        QCOMPARE(m_service->chainChecks, 0);
    }

    void noTextIsClippedInAnyLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : i18n::shippedLanguageCodes())
            QTest::newRow(qPrintable(language)) << language;
    }

    void noTextIsClippedInAnyLanguage()
    {
        QFETCH(QString, language);
        m_service->applyLanguage(language);
        test::TempProfile tmp;
        ui::MainWindow window(m_service.get(), tmp.file(QStringLiteral("ui-state.ini")));
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Settings);
        for (const QString &id : {QStringLiteral("ethereum"), QStringLiteral("tron")}) {
            window.findChild<ChainSettingsWidget *>()->selectChain(id);
            QCoreApplication::processEvents();
            const QStringList problems = test::clippedTexts(&window);
            QVERIFY2(
                problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        }
        if (language != QLatin1String("en"))
            QVERIFY(window.findChild<ChainSettingsWidget *>()->title() != QLatin1String("Chains")
                || language == QLatin1String("nl"));
        m_service->applyLanguage(QStringLiteral("en"));
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestChainSettingsWidget)
#include "tst_chainsettingswidget.moc"
