// The demo's startup window: each step listed as it is reported, a failure
// shown with what went wrong and what to do (Retry starts over, Quit and
// closing ask to stop), a stall turned into a failure instead of a hang, and
// the window driven by a real demo::DemoNetwork — without anvil (the error
// names `make deps`) and, where anvil is installed, up to a running chain.
// No text is clipped in any language; with KASSA_SHOTS_DIR set it saves the
// window in progress and failed in all four languages.
#include "DemoStartupWindow.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "demo/DemoNetwork.h"
#include "i18n/Languages.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace kassa;
using ui::DemoStartupWindow;
using Step = demo::DemoNetwork::Step;

class TestDemoStartupWindow : public QObject
{
    Q_OBJECT

private:
    i18n::Translators m_translators;

    static QListWidget *list(DemoStartupWindow &w)
    {
        return w.findChild<QListWidget *>(QStringLiteral("demoStartupSteps"));
    }
    static QLabel *label(DemoStartupWindow &w, const char *name) { return w.findChild<QLabel *>(QLatin1String(name)); }
    static QPushButton *button(DemoStartupWindow &w, const char *name)
    {
        return w.findChild<QPushButton *>(QLatin1String(name));
    }
    static Error anvilMissing()
    {
        return makeError(ErrorCode::NotFound, QStringLiteral("anvil not found"),
            QStringLiteral("The demo needs anvil, the local test network, and it is not installed."),
            QStringLiteral("Run “make deps” in Kassa's source folder."));
    }

private Q_SLOTS:
    void initTestCase() { m_translators.apply(QStringLiteral("en")); }

    void stepsAreListedAsTheyHappen()
    {
        DemoStartupWindow w;
        w.show();
        QVERIFY(label(w, "demoStartupBanner")->isVisible());
        QVERIFY(label(w, "demoStartupBanner")->text().contains(QStringLiteral("DEMO")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("DEMO")));
        QVERIFY(!button(w, "demoStartupRetryButton")->isVisible());
        QVERIFY(button(w, "demoStartupQuitButton")->isVisible());
        w.showStep(Step::StartingNode);
        w.showStep(Step::DeployingToken);
        w.showStep(Step::DeployingToken); // repeated: listed once
        w.showStep(Step::FundingAccounts);
        QCOMPARE(list(w)->count(), 3);
        QCOMPARE(list(w)->item(0)->text(), DemoStartupWindow::stepText(Step::StartingNode));
        QCOMPARE(list(w)->item(2)->text(), DemoStartupWindow::stepText(Step::FundingAccounts));
        QVERIFY(list(w)->item(2)->font().bold());
        QVERIFY(!list(w)->item(0)->font().bold());
        auto *progress = w.findChild<QProgressBar *>(QStringLiteral("demoStartupProgress"));
        QCOMPARE(progress->value(), int(Step::FundingAccounts));
        QVERIFY(label(w, "demoStartupStatus")->isVisible());
        QVERIFY(!label(w, "demoStartupError")->isVisible());
        for (Step s : {Step::ReusingChain, Step::WritingSettings, Step::OpeningProfile, Step::StartingListener,
                 Step::StartingSimulator})
            QVERIFY(!DemoStartupWindow::stepText(s).isEmpty());
    }

    void aFailureSaysWhatAndWhatToDo()
    {
        DemoStartupWindow w;
        w.show();
        QSignalSpy retry(&w, &DemoStartupWindow::retryRequested);
        QSignalSpy quit(&w, &DemoStartupWindow::quitRequested);
        w.showStep(Step::StartingNode);
        w.showFailure(anvilMissing());
        QVERIFY(w.hasFailed());
        QCOMPARE(label(w, "demoStartupError")->text(), anvilMissing().userMessage);
        QVERIFY(label(w, "demoStartupError")->isVisible());
        QCOMPARE(label(w, "demoStartupHint")->text(), anvilMissing().hint);
        QVERIFY(label(w, "demoStartupHint")->isVisible());
        QVERIFY(!label(w, "demoStartupStatus")->isVisible());
        QVERIFY(!w.findChild<QProgressBar *>(QStringLiteral("demoStartupProgress"))->isVisible());
        QCOMPARE(label(w, "demoStartupTitle")->text(), QStringLiteral("The demo did not start"));
        // Steps after a failure are ignored until Retry.
        w.showStep(Step::DeployingToken);
        QCOMPARE(list(w)->count(), 1);

        QVERIFY(button(w, "demoStartupRetryButton")->isVisible());
        button(w, "demoStartupRetryButton")->click();
        QCOMPARE(retry.size(), 1);
        QVERIFY(!w.hasFailed());
        QCOMPARE(list(w)->count(), 0);
        QVERIFY(!label(w, "demoStartupError")->isVisible());
        QVERIFY(!button(w, "demoStartupRetryButton")->isVisible());
        w.showStep(Step::StartingNode);
        QCOMPARE(list(w)->count(), 1);

        button(w, "demoStartupQuitButton")->click();
        QCOMPARE(quit.size(), 1);
    }

    void closingAsksToQuitUnlessFinished()
    {
        DemoStartupWindow w;
        QSignalSpy quit(&w, &DemoStartupWindow::quitRequested);
        w.show();
        w.close();
        QCOMPARE(quit.size(), 1);
        DemoStartupWindow done;
        QSignalSpy quitDone(&done, &DemoStartupWindow::quitRequested);
        done.show();
        done.showStep(Step::StartingSimulator);
        done.finish();
        QVERIFY(!done.isVisible());
        QCOMPARE(quitDone.size(), 0);
    }

    void aStallBecomesAFailure()
    {
        DemoStartupWindow w;
        w.show();
        w.showStep(Step::OpeningProfile);
        w.setStallTimeout(1000);
        QTRY_VERIFY_WITH_TIMEOUT(w.hasFailed(), 5000);
        QVERIFY2(label(w, "demoStartupError")->text().contains(DemoStartupWindow::stepText(Step::OpeningProfile)),
            qPrintable(label(w, "demoStartupError")->text()));
        QVERIFY(!label(w, "demoStartupHint")->text().isEmpty());
        QVERIFY(button(w, "demoStartupRetryButton")->isVisible());
    }

    void aRealNetworkWithoutAnvilSaysHowToInstallIt()
    {
        test::TempProfile tmp;
        qputenv("KASSA_ANVIL", QFile::encodeName(tmp.path() + QStringLiteral("/no-such-anvil")));
        DemoStartupWindow w;
        demo::DemoNetwork network(tmp.path() + QStringLiteral("/demo"));
        connect(&network, &demo::DemoNetwork::progress, &w, &DemoStartupWindow::showStep);
        connect(&network, &demo::DemoNetwork::failed, &w, &DemoStartupWindow::showFailure);
        w.show();
        network.start();
        qunsetenv("KASSA_ANVIL");
        QTRY_VERIFY(w.hasFailed());
        QCOMPARE(w.steps(), QList<Step> {Step::StartingNode}); // failed at that step
        QVERIFY(label(w, "demoStartupError")->text().contains(QStringLiteral("anvil")));
        const QString hint = label(w, "demoStartupHint")->text();
        QVERIFY2(hint.contains(QStringLiteral("make deps")), qPrintable(hint));
        QVERIFY2(hint.contains(QStringLiteral("node_modules")), qPrintable(hint)); // where it looks
        QVERIFY(hint.contains(QStringLiteral("KASSA_ANVIL")));
    }

    void aRealNetworkReportsEachStep()
    {
        if (demo::DemoNetwork::anvilPath().isEmpty())
            QSKIP("anvil is not installed (make deps)");
        test::TempProfile tmp;
        DemoStartupWindow w;
        demo::DemoNetwork network(tmp.path() + QStringLiteral("/demo"));
        connect(&network, &demo::DemoNetwork::progress, &w, &DemoStartupWindow::showStep);
        connect(&network, &demo::DemoNetwork::failed, &w, &DemoStartupWindow::showFailure);
        QSignalSpy ready(&network, &demo::DemoNetwork::ready);
        w.show();
        network.start();
        QVERIFY(QTest::qWaitForWindowExposed(&w)); // the GUI thread keeps painting meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1 || w.hasFailed(), 60000);
        QVERIFY2(!w.hasFailed(), qPrintable(label(w, "demoStartupError")->text()));
        QCOMPARE(w.steps(), (QList<Step> {Step::StartingNode, Step::DeployingToken, Step::FundingAccounts}));
        network.stop();

        // The same folder again: the saved chain has the token already.
        DemoStartupWindow again;
        demo::DemoNetwork restarted(tmp.path() + QStringLiteral("/demo"));
        connect(&restarted, &demo::DemoNetwork::progress, &again, &DemoStartupWindow::showStep);
        QSignalSpy readyAgain(&restarted, &demo::DemoNetwork::ready);
        restarted.start();
        QTRY_VERIFY_WITH_TIMEOUT(readyAgain.size() == 1, 60000);
        QCOMPARE(again.steps(), (QList<Step> {Step::StartingNode, Step::ReusingChain}));
    }

    void noTextIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : i18n::shippedLanguageCodes())
            QTest::newRow(qPrintable(language)) << language;
    }
    void noTextIsClipped()
    {
        QFETCH(QString, language);
        m_translators.apply(language);
        DemoStartupWindow w;
        for (Step s : {Step::StartingNode, Step::DeployingToken, Step::FundingAccounts, Step::WritingSettings,
                 Step::OpeningProfile, Step::StartingListener, Step::StartingSimulator})
            w.showStep(s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems = test::clippedTexts(&w);
        w.showFailure(anvilMissing());
        problems << test::clippedTexts(&w);
        m_translators.apply(QStringLiteral("en"));
        QVERIFY2(problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }

    void isTranslated()
    {
        m_translators.apply(QStringLiteral("nl"));
        const QString step = DemoStartupWindow::stepText(Step::DeployingToken);
        DemoStartupWindow w;
        const QString title = w.windowTitle();
        m_translators.apply(QStringLiteral("en"));
        QVERIFY2(step != DemoStartupWindow::stepText(Step::DeployingToken), qPrintable(step));
        QTRY_VERIFY2(title != w.windowTitle(), qPrintable(title)); // retranslated on the language change
        QVERIFY(title.contains(QStringLiteral("DEMO")));
    }

    //! With KASSA_SHOTS_DIR set: <lang>-demo-startup.png and <lang>-demo-failed.png.
    void screenshots_data() { noTextIsClipped_data(); }
    void screenshots()
    {
        QFETCH(QString, language);
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("KASSA_SHOTS_DIR is not set");
        QDir().mkpath(dir);
        m_translators.apply(language);
        DemoStartupWindow w;
        w.showStep(Step::StartingNode);
        w.showStep(Step::DeployingToken);
        w.showStep(Step::FundingAccounts);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.grab().save(QStringLiteral("%1/%2-demo-startup.png").arg(dir, language)));
        // The real error for a missing anvil, in this language.
        test::TempProfile tmp;
        qputenv("KASSA_ANVIL", QFile::encodeName(tmp.path() + QStringLiteral("/no-such-anvil")));
        DemoStartupWindow failed;
        demo::DemoNetwork network(tmp.path() + QStringLiteral("/demo"));
        connect(&network, &demo::DemoNetwork::failed, &failed, &DemoStartupWindow::showFailure);
        failed.showStep(Step::StartingNode);
        network.start();
        qunsetenv("KASSA_ANVIL");
        failed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&failed));
        QTRY_VERIFY(failed.hasFailed());
        QVERIFY(failed.grab().save(QStringLiteral("%1/%2-demo-failed.png").arg(dir, language)));
        m_translators.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDemoStartupWindow)
#include "tst_demostartupwindow.moc"
