// The console on a real engine and a real node (anvil): the dashboard's
// pending table fills from the watcher's signals (exact amounts, labels,
// confirmations toward the policy, a reorged transfer flagged) and empties
// as payments become final; the status bar shows the chain's node, head
// and lag; Settings → Chains refuses a chain id the node contradicts, right
// next to the fields, and saves what the node confirms.
//
// With KASSA_SCREENSHOT_DIR set it also saves the dashboard and the chain
// settings in every language there (look at them: clipped or untranslated
// text is a bug).
#include "AnvilNode.h"
#include "Application.h"
#include "EvmRig.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "engine/ChainManager.h"
#include "engine/Engine.h"
#include "pages/ChainSettingsWidget.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

using namespace kassa;
using test::AnvilNode;
using test::payee;

class TestChainsUi : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_token;

    static void grab(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KASSA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QVERIFY(window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        auto token = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        m_token = token.value();
        KASSA_VERIFY_OK(m_anvil.mint(m_token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));
    }

    void theConsoleFollowsTheChain()
    {
        test::TempProfile tmp;
        {
            QFile conf(tmp.file(QStringLiteral("kassa.conf")));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write(QStringLiteral("[chain.local]\nenabled=true\nhttp=%1\nws=%2\ntokens=USDT:%3:6\nfinality=depth\n"
                                      "confirmations=12\npoll_ms=200\n")
                           .arg(m_anvil.httpUrl().toString(), m_anvil.wsUrl().toString(), m_token)
                           .toUtf8());
        }
        auto profile = Profile::open(tmp.path());
        KASSA_VERIFY_OK(profile);
        auto config = Config::load(profile->configPath());
        KASSA_VERIFY_OK(config);
        engine::Engine engine(profile.value(), config.value());
        engine.applyLanguage(QStringLiteral("en"));
        ui::MainWindow window(&engine, profile->uiStatePath());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        engine.start();

        auto *status = window.findChild<QLabel *>(QStringLiteral("chainStatusLabel"));
        const QString node = QStringLiteral("127.0.0.1:%1").arg(m_anvil.port());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Local test network: block ")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(node), 10000);
        QVERIFY(status->toolTip().contains(QStringLiteral("Node: ") + node));

        QVERIFY(engine.chains()->watchAddress(chain::ChainFamily::Evm, payee(1), QStringLiteral("Counter till")));
        QVERIFY(engine.chains()->watchAddress(chain::ChainFamily::Evm, payee(2), QStringLiteral("Web shop")));
        QVERIFY(engine.chains()->watchAddress(chain::ChainFamily::Evm, payee(3)));
        auto *view = window.findChild<QTableView *>(QStringLiteral("pendingTransfersView"));
        QVERIFY(view);
        // One transfer whose block a reorg removes, then two that stay.
        KASSA_VERIFY_OK(
            m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(3), QStringLiteral("5000000")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
        KASSA_VERIFY_OK(m_anvil.reorg(1));
        QTRY_VERIFY_WITH_TIMEOUT(
            view->model()->index(0, 3).data().toString().startsWith(QStringLiteral("Reorganised")), 10000);
        auto first =
            m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(1), QStringLiteral("13920000"));
        KASSA_VERIFY_OK(first);
        auto second =
            m_anvil.transfer(m_token, QLatin1String(AnvilNode::kAccount0), payee(2), QStringLiteral("250000000"));
        KASSA_VERIFY_OK(second);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 10000);
        QStringList amounts;
        QStringList labels;
        for (int row = 0; row < 3; ++row) {
            amounts << view->model()->index(row, 1).data().toString();
            labels << view->model()->index(row, 2).data().toString();
        }
        QVERIFY2(amounts.contains(QStringLiteral("13.92 USDT")), qPrintable(amounts.join(QLatin1Char('|'))));
        QVERIFY(amounts.contains(QStringLiteral("250 USDT")));
        QVERIFY(amounts.contains(QStringLiteral("5 USDT")));
        QVERIFY(labels.contains(QStringLiteral("Counter till")));
        QVERIFY(labels.contains(QStringLiteral("Web shop")));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->index(0, 3).data().toString() == QStringLiteral("1 of 12"), 10000);
        QVERIFY(test::clippedTexts(&window).isEmpty());

        // Screenshots of the dashboard and Settings → Chains in every language.
        auto *chains = window.findChild<ui::ChainSettingsWidget *>();
        chains->selectChain(QStringLiteral("local"));
        for (const QString &language : i18n::shippedLanguageCodes()) {
            engine.applyLanguage(language);
            QCoreApplication::processEvents();
            window.showPage(ui::MainWindow::Dashboard);
            if (language != QLatin1String("en")) {
                // The local network's name follows the language, in the table and the status bar.
                QVERIFY(view->model()->index(0, 0).data().toString() != QLatin1String("Local test network"));
                QVERIFY(!status->text().contains(QLatin1String("Local test network")));
            }
            grab(&window, language + QStringLiteral("-dashboard-pending"));
            QVERIFY2(test::clippedTexts(&window).isEmpty(),
                qPrintable(test::clippedTexts(&window).join(QStringLiteral("; "))));
            window.showPage(ui::MainWindow::Settings);
            chains->ensurePolished();
            window.findChild<QWidget *>(QStringLiteral("settingsPage"))
                ->findChild<QAbstractScrollArea *>()
                ->verticalScrollBar()
                ->setValue(chains->y());
            grab(&window, language + QStringLiteral("-settings-chains"));
            QVERIFY2(test::clippedTexts(&window).isEmpty(),
                qPrintable(test::clippedTexts(&window).join(QStringLiteral("; "))));
        }
        engine.applyLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();

        // Settings → Chains asks the node: a chain id it contradicts is
        // refused next to the node fields; the right one is saved.
        window.showPage(ui::MainWindow::Settings);
        auto *chainId = chains->findChild<QLineEdit *>(QStringLiteral("chainIdEdit"));
        chainId->setText(QStringLiteral("1337"));
        chains->findChild<QPushButton *>(QStringLiteral("saveChainButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!chains->isChecking(), 20000);
        auto *httpError = chains->findChild<QLabel *>(QStringLiteral("httpError"));
        QVERIFY(httpError->isVisibleTo(chains));
        QVERIFY2(httpError->text().contains(QStringLiteral("chain id 31337")), qPrintable(httpError->text()));
        QVERIFY(chains->findChild<QLabel *>(QStringLiteral("wsError"))->isVisibleTo(chains));
        grab(&window, QStringLiteral("en-settings-chains-refused"));
        chainId->setText(QStringLiteral("31337"));
        chains->findChild<QPushButton *>(QStringLiteral("saveChainButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!chains->isChecking(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(chains->findChild<QLabel *>(QStringLiteral("chainCheckStatus"))
                                     ->text()
                                     .startsWith(QStringLiteral("Saved. Kassa is watching Local test network.")),
            10000);
        QVERIFY(!httpError->isVisibleTo(chains));
        QVERIFY(QFile(tmp.file(QStringLiteral("kassa.conf"))).open(QIODevice::ReadOnly));

        // The watcher restarted with the saved settings; the payments become
        // final and leave the table.
        window.showPage(ui::MainWindow::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.chainStatuses().isEmpty() && engine.chainStatuses().first().connected, 15000);
        KASSA_VERIFY_OK(m_anvil.mine(12));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() <= 1, 15000); // the reorged one may stay flagged
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(view->model()->index(row, 3).data().toString().startsWith(QStringLiteral("Reorganised")));
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestChainsUi)
#include "tst_chainsui.moc"
