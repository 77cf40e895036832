#include "TestSupport.h"
#include "chain/WatchedAddresses.h"

#include <QRandomGenerator>
#include <QThread>

#include <atomic>
#include <map>

using namespace kassa::chain;

namespace {
Address20 randomAddress(QRandomGenerator &rng)
{
    Address20 a;
    for (auto &b : a)
        b = quint8(rng.bounded(256));
    return a;
}
} // namespace

class TestWatchedAddresses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertFindRemove()
    {
        WatchedAddresses set;
        Address20 a {};
        a[19] = 1;
        Address20 b {};
        b[0] = 0xff;
        QVERIFY(!set.contains(a));
        QVERIFY(set.insert(a, 7));
        QVERIFY(!set.insert(a, 8)); // re-tag, not a second entry
        QCOMPARE(set.find(a).value(), quint32(8));
        QVERIFY(set.insert(b, 9));
        QCOMPARE(set.size(), size_t(2));
        QVERIFY(set.remove(a));
        QVERIFY(!set.remove(a));
        QVERIFY(!set.contains(a));
        QCOMPARE(set.find(b).value(), quint32(9));
        Address20 zero {};
        QVERIFY(set.insert(zero, 1)); // the zero address is a key like any other
        QVERIFY(set.contains(zero));
    }

    // Random inserts, re-tags and removals against std::map as the model;
    // a small table forces long probe runs, wrap-around and many grows.
    void generationMovesWithTheSet()
    {
        WatchedAddresses set;
        const quint64 start = set.generation();
        Address20 a {};
        a[0] = 1;
        QVERIFY(set.insert(a, 1));
        const quint64 afterInsert = set.generation();
        QVERIFY(afterInsert != start);
        QVERIFY(!set.insert(a, 2)); // a new tag only: same membership
        QCOMPARE(set.generation(), afterInsert);
        Address20 b {};
        b[0] = 2;
        QVERIFY(!set.remove(b));
        QCOMPARE(set.generation(), afterInsert);
        QVERIFY(set.remove(a));
        QVERIFY(set.generation() != afterInsert);
    }

    void agreesWithAModel()
    {
        QRandomGenerator rng(1234);
        WatchedAddresses set(4);
        std::map<Address20, quint32> model;
        std::vector<Address20> pool;
        for (int i = 0; i < 3000; ++i)
            pool.push_back(randomAddress(rng));
        for (int step = 0; step < 100000; ++step) {
            const Address20 &a = pool[rng.bounded(int(pool.size()))];
            const int op = rng.bounded(3);
            if (op == 0) {
                const quint32 tag = rng.generate();
                QCOMPARE(set.insert(a, tag), model.find(a) == model.end());
                model[a] = tag;
            } else if (op == 1) {
                QCOMPARE(set.remove(a), model.erase(a) == 1);
            } else {
                const auto found = set.find(a);
                const auto it = model.find(a);
                QCOMPARE(found.has_value(), it != model.end());
                if (found)
                    QCOMPARE(*found, it->second);
            }
        }
        QCOMPARE(set.size(), model.size());
        for (const auto &[address, tag] : model)
            QCOMPARE(set.find(address).value(), tag);
        QCOMPARE(set.addresses().size(), model.size());
    }

    void aMillionAddressesFitIn100MB()
    {
        QRandomGenerator rng(42);
        WatchedAddresses set;
        std::vector<Address20> sample;
        for (int i = 0; i < 1'000'000; ++i) {
            const Address20 a = randomAddress(rng);
            set.insert(a, quint32(i));
            if (i % 1000 == 0)
                sample.push_back(a);
        }
        QCOMPARE(set.size(), size_t(1'000'000));
        QVERIFY2(set.memoryBytes() < 100u * 1024 * 1024, qPrintable(QString::number(set.memoryBytes())));
        for (size_t i = 0; i < sample.size(); ++i)
            QCOMPARE(set.find(sample[i]).value(), quint32(i * 1000));
        QRandomGenerator other(7);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!set.contains(randomAddress(other)));
    }

    void lookupsRunWhileAddressesAreAdded()
    {
        WatchedAddresses set;
        QRandomGenerator rng(99);
        std::vector<Address20> first;
        for (int i = 0; i < 10000; ++i) {
            first.push_back(randomAddress(rng));
            set.insert(first.back(), 1);
        }
        std::atomic<bool> stop {false};
        std::atomic<int> misses {0};
        QThread *reader = QThread::create([&] {
            while (!stop) {
                for (const Address20 &a : first) {
                    if (!set.contains(a))
                        ++misses;
                }
            }
        });
        reader->start();
        for (int i = 0; i < 200000; ++i)
            set.insert(randomAddress(rng), 2); // grows the table several times
        stop = true;
        reader->wait();
        delete reader;
        QCOMPARE(misses.load(), 0);
    }
};

KASSA_TEST_MAIN(TestWatchedAddresses)
#include "tst_watchedaddresses.moc"
