#include "cli/CliEngine.h"

#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"

namespace kassa::cli {

OpenedEngine openEngine(const Context &context, OpenOptions options)
{
    OpenedEngine opened;
    auto profile = Profile::open(context.profileDirectory);
    if (!profile.ok()) {
        opened.code = reportError(profile.error());
        return opened;
    }
    if (options.lockProfile) {
        if (auto locked = profile->lock(); !locked.ok()) {
            opened.code = reportError(locked.error());
            return opened;
        }
    }
    auto config = Config::load(profile->configPath());
    if (!config.ok()) {
        opened.code = reportError(config.error());
        return opened;
    }
    logging::install(logging::optionsFor(profile->logDirectory(), config.value()));
    opened.engine = std::make_unique<engine::Engine>(profile.value(), config.value());
    opened.engine->applyLanguage(context.language);
    auto started = opened.engine->startBlocking();
    if (!started.ok())
        opened.code = reportError(started.error());
    return opened;
}

audit::Actor terminalActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return audit::Actor::operatorAccount(QStringLiteral("cli:") + user, user);
}

} // namespace kassa::cli
