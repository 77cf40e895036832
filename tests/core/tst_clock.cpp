#include "TestSupport.h"
#include "base/Clock.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace kassa;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualClockStartsWhereTold()
    {
        ManualClock clock(1'000);
        QCOMPARE(clock.nowMs(), 1'000);
        QCOMPARE(clock.nowSecs(), 1);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QCOMPARE(clock.now().toMSecsSinceEpoch(), 1'000);
    }

    void manualClockOnlyMovesWhenTold()
    {
        ManualClock clock;
        const qint64 start = clock.nowMs();
        QThread::msleep(5);
        QCOMPARE(clock.nowMs(), start);
        clock.advanceMs(250);
        QCOMPARE(clock.nowMs(), start + 250);
        clock.setNowMs(42);
        QCOMPARE(clock.nowMs(), 42);
    }

    void manualClockIsThreadSafe()
    {
        ManualClock clock(0);
        auto a = QtConcurrent::run([&] {
            for (int i = 0; i < 10000; ++i)
                clock.advanceMs(1);
        });
        auto b = QtConcurrent::run([&] {
            for (int i = 0; i < 10000; ++i)
                clock.advanceMs(1);
        });
        a.waitForFinished();
        b.waitForFinished();
        QCOMPARE(clock.nowMs(), 20000);
    }

    void systemClockFollowsWallTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = SystemClock::instance().nowMs();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(before <= now && now <= after);
    }
};

KASSA_TEST_MAIN(TestClock)
#include "tst_clock.moc"
