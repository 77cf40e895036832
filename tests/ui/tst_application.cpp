#include "Application.h"
#include "MessageBox.h"
#include "TestSupport.h"

#include <QTimer>

#include <stdexcept>

using namespace kassa;

class Thrower : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void boom() { throw std::runtime_error("slot exploded"); }
};

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity()
    {
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("kassa"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Kassa"));
        QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral("0.1.0"));
        QVERIFY(!QGuiApplication::windowIcon().isNull());
    }

    // An exception thrown in a slot never crosses the event loop: it is
    // caught, logged and reported once through the internal-error dialog.
    void exceptionsStopAtTheFirewall()
    {
        Thrower thrower;
        const int before = ui::Application::internalErrorCount();
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTimer::singleShot(0, &thrower, &Thrower::boom);
        QTRY_COMPARE(ui::Application::internalErrorCount(), before + 1);
        QCOMPARE(ui::MessageBox::lastTitle(), QStringLiteral("Internal error"));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("No payment or payout was changed")));
        // The application keeps running.
        bool ran = false;
        QTimer::singleShot(0, &thrower, [&ran] { ran = true; });
        QTRY_VERIFY(ran);
    }

    void messageBoxTakesPresetAnswers()
    {
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(ui::MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Really?")), QMessageBox::Yes);
        QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("Really?"));
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QCOMPARE(ui::MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Again?")), QMessageBox::No);
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestApplication)
#include "tst_application.moc"
