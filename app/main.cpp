// kassa: the desktop console.

#include "Application.h"
#include "DemoSimulatorPanel.h"
#include "DemoStartupWindow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "base/Log.h"
#include "base/Version.h"
#include "demo/DemoNetwork.h"
#include "demo/DemoSimulator.h"
#include "demo/DemoStorefront.h"
#include "engine/Engine.h"
#include "engine/Storefront.h"
#include "i18n/Languages.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <cstdio>

using namespace kassa;

namespace {

int fail(const Error &error)
{
    std::fprintf(stderr, "kassa: %s\n", qPrintable(error.displayText()));
    ui::MessageBox::critical(
        nullptr, QCoreApplication::translate("main", "Kassa cannot start"), error.userMessage, error.hint);
    return 1;
}

struct Options {
    QString language; //!< --language, empty for the profile's
    QString page; //!< --page
    bool noSetup = false;
    bool demo = false;
};

// The console on an open profile: the engine and its window, and in the demo
// the storefront and its simulator. Opened once the profile's settings can be
// read — in the demo only after the local test network runs, because the
// settings name its port.
struct Console {
    std::unique_ptr<engine::Engine> engine;
    std::unique_ptr<ui::MainWindow> window;
    engine::Storefront *demoStorefront = nullptr; // the engine's

    ~Console()
    {
        if (demoStorefront)
            demoStorefront->stop();
        window.reset();
        engine.reset();
    }
};

Result<std::unique_ptr<Console>> openConsole(const Profile &profile, const Options &options)
{
    auto config = Config::load(profile.configPath());
    if (!config.ok())
        return config.error();
    static bool loggingInstalled = false; // once, even when the demo retries
    if (!loggingInstalled) {
        logging::install(logging::optionsFor(profile.logDirectory(), config.value()));
        loggingInstalled = true;
    }
    qCInfo(lcApp) << "Kassa" << kVersion << "starting; profile" << profile.directory();

    auto console = std::make_unique<Console>();
    console->engine = std::make_unique<engine::Engine>(profile, config.value());
    console->engine->applyLanguage(options.language);
    console->window = std::make_unique<ui::MainWindow>(console->engine.get(), profile.uiStatePath());
    ui::MainWindow &window = *console->window;
    if (!options.page.isEmpty()) {
        static const QStringList pages = {QStringLiteral("dashboard"), QStringLiteral("orders"),
            QStringLiteral("payouts"), QStringLiteral("wallets"), QStringLiteral("settings"), QStringLiteral("audit")};
        const int page = int(pages.indexOf(options.page));
        if (page >= 0)
            window.showPage(ui::MainWindow::Page(page));
    }
    // The wizard's owner step creates the owner operator; that account then
    // unlocks the console (and again after lock_after_minutes without use).
    window.setOwnerSetup(console->engine->ownerSetup());
    window.setIdleLock(std::chrono::minutes(config->lockAfterMinutes()));
    // The demo runs in its own process on its own profile: this one is untouched.
    QObject::connect(&window, &ui::MainWindow::demoRequested, &window, [&window] {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
            ui::MessageBox::warning(&window, QCoreApplication::translate("main", "The demo did not start"),
                QCoreApplication::translate("main", "Kassa could not start a second window for the demo."));
    });
    return Result<std::unique_ptr<Console>>(std::move(console));
}

//! The demo's storefront (the engine's, with its REST listener) and the
//! storefront simulator with its dock. Call once the engine is ready.
Result<void> startDemoShop(Console &console, demo::DemoNetwork *network, ui::DemoStartupWindow *startup)
{
    engine::Engine &engine = *console.engine;
    startup->showStep(demo::DemoNetwork::Step::StartingListener);
    auto storefront = demo::startDemoStorefront(engine, network);
    if (!storefront.ok())
        return storefront.error();
    console.demoStorefront = storefront.value();

    // The storefront simulator: a pretend shop paying through the real API.
    startup->showStep(demo::DemoNetwork::Step::StartingSimulator);
    auto settings = engine::StorefrontSettings::load(engine.config().path());
    if (!settings.ok())
        return settings.error();
    auto token = demo::DemoNetwork::epusdtToken(engine.profile().directory());
    if (!token.ok())
        return token.error();
    ui::MainWindow *window = console.window.get();
    auto *simulator = new demo::DemoSimulator(network,
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(console.demoStorefront->apiPort())), token.value(),
        settings->payments.expirySeconds, window);
    auto *panel = new ui::DemoSimulatorPanel(window);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    QObject::connect(simulator, &demo::DemoSimulator::orderCreated, panel, &ui::DemoSimulatorPanel::addOrder);
    QObject::connect(simulator, &demo::DemoSimulator::paymentSent, panel,
        [panel](const QString &tradeId, const QString &amount, demo::DemoSimulator::Payment kind) {
            panel->addPayment(tradeId, amount, int(kind));
        });
    QObject::connect(simulator, &demo::DemoSimulator::callbackReceived, panel, &ui::DemoSimulatorPanel::addCallback);
    QObject::connect(simulator, &demo::DemoSimulator::problem, panel, &ui::DemoSimulatorPanel::addProblem);
    QObject::connect(panel, &ui::DemoSimulatorPanel::runningChanged, simulator, [simulator, panel](bool running) {
        if (!running) {
            simulator->stop();
        } else if (auto resumed = simulator->start(); !resumed.ok()) {
            panel->addProblem(resumed.error().userMessage);
        }
    });
    if (auto started = simulator->start(); !started.ok())
        panel->addProblem(started.error().userMessage);
    return {};
}

//! An engine that cannot open its database ends the program.
void quitWhenTheEngineFails(Console &console)
{
    engine::Engine *engine = console.engine.get();
    ui::MainWindow *window = console.window.get();
    QObject::connect(engine, &engine::ConsoleService::infoChanged, window, [engine, window] {
        const engine::EngineInfo info = engine->info();
        if (info.state != engine::EngineState::Failed)
            return;
        ui::MessageBox::critical(window, QCoreApplication::translate("main", "Kassa cannot open its database"),
            info.error.userMessage, info.error.hint);
        QCoreApplication::exit(1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    ui::Application app(argc, argv);
    logging::quietUntilInstalled();

    // Speak the system's language until the profile says otherwise, so even
    // the earliest error is understood.
    i18n::Translators bootTranslators;
    bootTranslators.apply(QStringLiteral("system"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Kassa: a wallet-and-payment console for merchants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the profile in <folder> instead of the default."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QCoreApplication::translate("main", "Show the console in <language> (en, zh_CN, ja, nl) for this run only."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QCoreApplication::translate("main", "Open on <page> (dashboard, orders, payouts, wallets, settings, audit)."),
        QCoreApplication::translate("main", "page"));
    parser.addOption(profileOption);
    parser.addOption(languageOption);
    const QCommandLineOption noSetupOption(QStringLiteral("no-setup"),
        QCoreApplication::translate("main", "Do not open the setup wizard on a profile without wallets."));
    parser.addOption(pageOption);
    parser.addOption(noSetupOption);
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main",
            "Try Kassa on a local test network with play money, in a separate demo profile (needs anvil: make deps)."));
    parser.addOption(demoOption);
    parser.process(app);

    Options options;
    options.language = parser.value(languageOption);
    options.page = parser.value(pageOption);
    options.noSetup = parser.isSet(noSetupOption);
    if (!options.language.isEmpty() && !i18n::isShippedLanguage(options.language)) {
        std::fprintf(stderr, "kassa: %s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; choose one of: %2.")
                           .arg(options.language, i18n::shippedLanguageCodes().join(QStringLiteral(", ")))));
        return 2;
    }

    QString profileDirectory = parser.value(profileOption);
    if (parser.isSet(demoOption) && profileDirectory.isEmpty())
        profileDirectory = demo::DemoNetwork::defaultDirectory();
    auto profile = Profile::open(profileDirectory);
    if (!profile.ok())
        return fail(profile.error());
    if (auto locked = profile->lock(); !locked.ok())
        return fail(locked.error());
    // Until the engine applies it, the language this run will speak.
    QString bootLanguage = options.language;
    if (bootLanguage.isEmpty() && QFile::exists(profile->configPath())) {
        if (auto saved = Config::load(profile->configPath()); saved.ok())
            bootLanguage = saved->language();
    }
    if (!bootLanguage.isEmpty())
        bootTranslators.apply(bootLanguage);
    options.demo = parser.isSet(demoOption) || demo::DemoNetwork::isDemoConfig(profile->configPath());

    std::unique_ptr<Console> console;
    if (!options.demo) {
        auto opened = openConsole(profile.value(), options);
        if (!opened.ok())
            return fail(opened.error());
        console = std::move(opened.value());
        bootTranslators.removeAll();
        console->window->show();
        console->window->setFirstRunWizard(!options.noSetup);
        quitWhenTheEngineFails(*console);
        console->engine->start();
        const int code = app.exec();
        console.reset();
        qCInfo(lcApp) << "Kassa exiting with code" << code;
        logging::uninstall();
        return code;
    }

    // The demo: the profile runs its own node, started before the settings
    // are read because they name its port. The startup window shows each step
    // and, on a failure or a stall, what went wrong, with Retry and Quit.
    std::fprintf(stderr, "kassa: %s\n",
        qPrintable(QCoreApplication::translate("main", "Starting the local test network for the demo…")));
    QElapsedTimer sinceStart;
    sinceStart.start();
    demo::DemoNetwork network(profile->directory());
    ui::DemoStartupWindow startup;
    QObject::connect(&network, &demo::DemoNetwork::progress, &startup, &ui::DemoStartupWindow::showStep);
    QObject::connect(&network, &demo::DemoNetwork::failed, &startup, [&](const Error &error) {
        std::fprintf(stderr, "kassa: %s\n", qPrintable(error.displayText()));
        startup.showFailure(error);
    });
    bool consoleShown = false;
    QObject::connect(&network, &demo::DemoNetwork::stopped, &app, [&] {
        const QString text = QCoreApplication::translate(
            "main", "The local test network of the demo has stopped. Restart Kassa with --demo to continue.");
        if (!consoleShown) {
            startup.showFailure(makeError(ErrorCode::Network, QStringLiteral("anvil stopped while the demo started"),
                QCoreApplication::translate("main", "The local test network of the demo has stopped."),
                QCoreApplication::translate("main", "Retry, or quit.")));
            return;
        }
        ui::MessageBox::warning(console ? console->window.get() : nullptr,
            QCoreApplication::translate("main", "The test network stopped"), text);
    });
    QObject::connect(&network, &demo::DemoNetwork::ready, &startup, [&] {
        startup.showStep(demo::DemoNetwork::Step::WritingSettings);
        if (auto configured = network.configureProfile(); !configured.ok()) {
            startup.showFailure(configured.error());
            return;
        }
        startup.showStep(demo::DemoNetwork::Step::OpeningProfile);
        auto opened = openConsole(profile.value(), options);
        if (!opened.ok()) {
            startup.showFailure(opened.error());
            return;
        }
        console = std::move(opened.value());
        bootTranslators.removeAll();
        Console *open = console.get();
        QObject::connect(open->engine.get(), &engine::ConsoleService::infoChanged, open->window.get(), [&, open] {
            const engine::EngineInfo info = open->engine->info();
            if (consoleShown || startup.hasFailed())
                return;
            if (info.state == engine::EngineState::Failed) {
                startup.showFailure(info.error);
                return;
            }
            if (info.state != engine::EngineState::Ready)
                return;
            if (auto shop = startDemoShop(*open, &network, &startup); !shop.ok()) {
                startup.showFailure(shop.error());
                return;
            }
            consoleShown = true;
            quitWhenTheEngineFails(*open);
            open->window->show();
            startup.finish();
            qCInfo(lcApp) << "demo: console open" << sinceStart.elapsed() << "ms after the start";
        });
        open->engine->start();
    });
    QObject::connect(&startup, &ui::DemoStartupWindow::retryRequested, &app, [&] {
        console.reset();
        if (!bootLanguage.isEmpty())
            bootTranslators.apply(bootLanguage);
        else
            bootTranslators.apply(QStringLiteral("system"));
        network.stop();
        network.start();
    });
    QObject::connect(&startup, &ui::DemoStartupWindow::quitRequested, &app,
        [&] { QCoreApplication::exit(startup.hasFailed() ? 1 : 0); });
    startup.show();
    // After the window is up, so even a start that fails at once is shown.
    QTimer::singleShot(0, &network, &demo::DemoNetwork::start);

    const int code = app.exec();
    console.reset();
    network.stop();
    qCInfo(lcApp) << "Kassa exiting with code" << code;
    logging::uninstall();
    return code;
}
