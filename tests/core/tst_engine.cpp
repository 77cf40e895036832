#include "TestSupport.h"
#include "engine/Engine.h"
#include "store/Migrations.h"

#include <QFile>
#include <QSignalSpy>

using namespace kassa;

namespace {
struct Fixture {
    test::TempProfile tmp;
    std::unique_ptr<engine::Engine> engine;

    explicit Fixture(const QByteArray &config = {})
    {
        if (!config.isEmpty()) {
            QFile f(tmp.file(QStringLiteral("kassa.conf")));
            if (f.open(QIODevice::WriteOnly))
                f.write(config);
        }
        auto profile = Profile::open(tmp.path());
        auto loaded = Config::load(profile->configPath());
        engine = std::make_unique<engine::Engine>(profile.value(), loaded.value());
    }
};
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOffTheCallingThread()
    {
        Fixture f;
        QCOMPARE(f.engine->info().state, engine::EngineState::Starting);
        QCOMPARE(f.engine->info().profileDirectory, f.tmp.path());
        QSignalSpy spy(f.engine.get(), &engine::ConsoleService::infoChanged);
        f.engine->start();
        QCOMPARE(spy.count(), 0); // nothing happens synchronously
        QTRY_COMPARE(spy.count(), 1);
        const engine::EngineInfo info = f.engine->info();
        QCOMPARE(info.state, engine::EngineState::Ready);
        QCOMPARE(info.schemaVersion, int(store::Migrator::builtin().size()));
        QCOMPARE(info.databaseDisplay, QStringLiteral("sqlite:") + f.tmp.file(QStringLiteral("kassa.sqlite")));
        QVERIFY(f.engine->database() != nullptr);
        QVERIFY(f.engine->chainStatuses().isEmpty());
    }

    void reportsABadDatabaseSetting()
    {
        Fixture f("[database]\nurl=mysql://nope/db\n");
        QSignalSpy spy(f.engine.get(), &engine::ConsoleService::infoChanged);
        f.engine->start();
        QTRY_COMPARE(spy.count(), 1);
        const engine::EngineInfo info = f.engine->info();
        QCOMPARE(info.state, engine::EngineState::Failed);
        QCOMPARE(info.error.code, ErrorCode::Config);
        QVERIFY(!info.error.userMessage.isEmpty());
        QVERIFY(f.engine->database() == nullptr);
    }

    void blockingStartForTheCli()
    {
        Fixture f;
        KASSA_VERIFY_OK(f.engine->startBlocking());
        QCOMPARE(f.engine->info().state, engine::EngineState::Ready);
    }

    void languageSettingIsSavedAndApplied()
    {
        Fixture f;
        QCOMPARE(f.engine->languageSetting(), QStringLiteral("system"));
        KASSA_VERIFY_OK(f.engine->setLanguageSetting(QStringLiteral("nl")));
        QCOMPARE(f.engine->languageSetting(), QStringLiteral("nl"));
        QCOMPARE(QCoreApplication::translate("kassa::ui::MainWindow", "Orders"), QStringLiteral("Bestellingen"));
        QVERIFY(!f.engine->setLanguageSetting(QStringLiteral("tlh")).ok());
        QCOMPARE(f.engine->languageSetting(), QStringLiteral("nl"));
        auto reloaded = Config::load(f.tmp.file(QStringLiteral("kassa.conf")));
        QCOMPARE(reloaded->language(), QStringLiteral("nl"));
        QCOMPARE(f.engine->applyLanguage(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(f.engine->languageSetting(), QStringLiteral("nl")); // an override is not saved
    }
};

KASSA_TEST_MAIN(TestEngine)
#include "tst_engine.moc"
