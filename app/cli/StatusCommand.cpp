// kassa-cli status: where this Kassa keeps its state, and whether its
// database opens.
#include "cli/Commands.h"

#include "base/Version.h"
#include "engine/Engine.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace kassa::cli {

namespace {

QString statusSummary()
{
    return Cli::tr("Show the profile, its settings file, database and log file.");
}

int runStatus(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show where this Kassa keeps its state and open its database."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOption(jsonOption);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(Cli::tr("status takes no arguments (got “%1”).").arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return 2;
    }

    auto profile = Profile::open(context.profileDirectory);
    if (!profile.ok())
        return reportError(profile.error());
    auto config = Config::load(profile->configPath());
    if (!config.ok())
        return reportError(config.error());
    logging::install(logging::optionsFor(profile->logDirectory(), config.value()));

    engine::Engine engine(profile.value(), config.value());
    const QString inEffect = engine.applyLanguage(context.language);
    auto started = engine.startBlocking();
    const engine::EngineInfo info = engine.info();
    if (parser.isSet(jsonOption)) {
        QJsonObject json {
            {QStringLiteral("version"), QLatin1String(kVersion)},
            {QStringLiteral("profile"), info.profileDirectory},
            {QStringLiteral("config"), info.configPath},
            {QStringLiteral("database"), info.databaseDisplay},
            {QStringLiteral("schema_version"), info.schemaVersion},
            {QStringLiteral("log_file"), info.logFile},
            {QStringLiteral("language"), inEffect},
            {QStringLiteral("ok"), started.ok()},
        };
        if (!started.ok()) {
            json.insert(QStringLiteral("error"),
                QJsonObject {{QStringLiteral("code"), QLatin1String(errorCodeName(started.error().code))},
                    {QStringLiteral("message"), started.error().message}});
        }
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        QList<std::pair<QString, QString>> rows = {
            {Cli::tr("Profile:"), info.profileDirectory},
            {Cli::tr("Settings file:"), info.configPath},
            {Cli::tr("Database:"), info.databaseDisplay},
        };
        if (started.ok())
            rows.append({Cli::tr("Database version:"), QString::number(info.schemaVersion)});
        rows.append({Cli::tr("Log file:"), info.logFile});
        rows.append({Cli::tr("Language:"), inEffect});
        printTable(rows);
    }
    logging::uninstall();
    if (!started.ok())
        return reportError(started.error());
    return 0;
}

} // namespace

Command statusCommand()
{
    return {QStringLiteral("status"), &statusSummary, &runStatus};
}

} // namespace kassa::cli
