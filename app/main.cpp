// kassa: the desktop console.

#include "Application.h"
#include "DemoSimulatorPanel.h"
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

    QString profileDirectory = parser.value(profileOption);
    if (parser.isSet(demoOption) && profileDirectory.isEmpty())
        profileDirectory = demo::DemoNetwork::defaultDirectory();
    auto profile = Profile::open(profileDirectory);
    if (!profile.ok())
        return fail(profile.error());
    if (auto locked = profile->lock(); !locked.ok())
        return fail(locked.error());
    // The demo profile runs its own node; it is started before the settings
    // are read because they name its port.
    std::unique_ptr<demo::DemoNetwork> demoNetwork;
    if (parser.isSet(demoOption) || demo::DemoNetwork::isDemoConfig(profile->configPath())) {
        std::fprintf(stderr, "kassa: %s\n",
            qPrintable(QCoreApplication::translate("main", "Starting the local test network for the demo…")));
        demoNetwork = std::make_unique<demo::DemoNetwork>(profile->directory());
        auto started = demoNetwork->startBlocking();
        if (!started.ok())
            return fail(started.error());
        if (auto configured = demoNetwork->configureProfile(); !configured.ok())
            return fail(configured.error());
    }
    auto config = Config::load(profile->configPath());
    if (!config.ok())
        return fail(config.error());

    logging::install(logging::optionsFor(profile->logDirectory(), config.value()));
    qCInfo(lcApp) << "Kassa" << kVersion << "starting; profile" << profile->directory();

    engine::Engine engine(profile.value(), config.value());
    const QString languageOverride = parser.value(languageOption);
    if (!languageOverride.isEmpty() && !i18n::isShippedLanguage(languageOverride)) {
        std::fprintf(stderr, "kassa: %s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; choose one of: %2.")
                           .arg(languageOverride, i18n::shippedLanguageCodes().join(QStringLiteral(", ")))));
        return 2;
    }
    bootTranslators.removeAll();
    engine.applyLanguage(languageOverride);

    ui::MainWindow window(&engine, profile->uiStatePath());
    if (parser.isSet(pageOption)) {
        static const QStringList pages = {QStringLiteral("dashboard"), QStringLiteral("orders"),
            QStringLiteral("payouts"), QStringLiteral("wallets"), QStringLiteral("settings"), QStringLiteral("audit")};
        const int page = int(pages.indexOf(parser.value(pageOption)));
        if (page >= 0)
            window.showPage(ui::MainWindow::Page(page));
    }
    // The wizard's owner step creates the owner operator; that account then
    // unlocks the console (and again after lock_after_minutes without use).
    window.setOwnerSetup(engine.ownerSetup());
    window.setIdleLock(std::chrono::minutes(config->lockAfterMinutes()));
    window.show();
    window.setFirstRunWizard(!parser.isSet(noSetupOption) && !demoNetwork);
    // The demo runs in its own process on its own profile: this one is untouched.
    QObject::connect(&window, &ui::MainWindow::demoRequested, &window, [&window] {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
            ui::MessageBox::warning(&window, QCoreApplication::translate("main", "The demo did not start"),
                QCoreApplication::translate("main", "Kassa could not start a second window for the demo."));
    });
    engine::Storefront *demoStorefront = nullptr; // the engine's
    if (demoNetwork) {
        QObject::connect(demoNetwork.get(), &demo::DemoNetwork::stopped, &window, [&window] {
            ui::MessageBox::warning(&window, QCoreApplication::translate("main", "The test network stopped"),
                QCoreApplication::translate("main", "The local test network of the demo has stopped. Restart Kassa "
                                                    "with --demo to continue."));
        });
        QObject::connect(&engine, &engine::ConsoleService::infoChanged, &window, [&] {
            if (engine.info().state != engine::EngineState::Ready || demoStorefront)
                return;
            auto storefront = demo::startDemoStorefront(engine, demoNetwork.get());
            if (!storefront.ok()) {
                ui::MessageBox::warning(&window, QCoreApplication::translate("main", "The demo shop did not start"),
                    storefront.error().userMessage, storefront.error().hint);
                return;
            }
            demoStorefront = storefront.value();
            // The storefront simulator: a pretend shop paying through the real API.
            auto settings = engine::StorefrontSettings::load(engine.config().path());
            auto token = demo::DemoNetwork::epusdtToken(engine.profile().directory());
            if (!settings.ok() || !token.ok())
                return;
            auto *simulator = new demo::DemoSimulator(demoNetwork.get(),
                QUrl(QStringLiteral("http://127.0.0.1:%1").arg(demoStorefront->apiPort())), token.value(),
                settings->payments.expirySeconds, &window);
            auto *panel = new ui::DemoSimulatorPanel(&window);
            window.addDockWidget(Qt::RightDockWidgetArea, panel);
            QObject::connect(simulator, &demo::DemoSimulator::orderCreated, panel, &ui::DemoSimulatorPanel::addOrder);
            QObject::connect(simulator, &demo::DemoSimulator::paymentSent, panel,
                [panel](const QString &tradeId, const QString &amount, demo::DemoSimulator::Payment kind) {
                    panel->addPayment(tradeId, amount, int(kind));
                });
            QObject::connect(
                simulator, &demo::DemoSimulator::callbackReceived, panel, &ui::DemoSimulatorPanel::addCallback);
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
        });
    }

    QObject::connect(&engine, &engine::ConsoleService::infoChanged, &window, [&engine, &window] {
        const engine::EngineInfo info = engine.info();
        if (info.state != engine::EngineState::Failed)
            return;
        ui::MessageBox::critical(&window, QCoreApplication::translate("main", "Kassa cannot open its database"),
            info.error.userMessage, info.error.hint);
        QCoreApplication::exit(1);
    });
    engine.start();

    const int code = app.exec();
    if (demoStorefront)
        demoStorefront->stop();
    qCInfo(lcApp) << "Kassa exiting with code" << code;
    logging::uninstall();
    return code;
}
