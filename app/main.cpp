// kassa: the desktop console.

#include "Application.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "base/Log.h"
#include "base/Version.h"
#include "engine/Engine.h"
#include "i18n/Languages.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
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
    parser.process(app);

    auto profile = Profile::open(parser.value(profileOption));
    if (!profile.ok())
        return fail(profile.error());
    if (auto locked = profile->lock(); !locked.ok())
        return fail(locked.error());
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
    window.setFirstRunWizard(!parser.isSet(noSetupOption));

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
    qCInfo(lcApp) << "Kassa exiting with code" << code;
    logging::uninstall();
    return code;
}
