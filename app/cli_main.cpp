// kassa-cli: the headless face of Kassa (status today; serve, wallet, payout,
// audit and keys as those capabilities land).

#include "base/Log.h"
#include "base/Version.h"
#include "engine/Engine.h"
#include "i18n/Languages.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace kassa;

namespace {

struct Cli {
    Q_DECLARE_TR_FUNCTIONS(kassa::Cli)
};

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("kassa-cli: ") + text + QLatin1Char('\n')), stderr);
}

// Prints "label  value" rows with the values aligned; CJK characters take
// two columns in a terminal.
void printTable(const QList<std::pair<QString, QString>> &rows)
{
    auto columns = [](const QString &text) {
        int width = 0;
        for (const QChar c : text)
            width += (c.unicode() >= 0x1100
                         && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                             || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
                             || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                             || (c.unicode() >= 0xfe30 && c.unicode() <= 0xfe4f)
                             || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)
                             || (c.unicode() >= 0xffe0 && c.unicode() <= 0xffe6)))
                ? 2
                : 1;
        return width;
    };
    int widest = 0;
    for (const auto &row : rows)
        widest = qMax(widest, columns(row.first));
    for (const auto &row : rows)
        out(row.first + QString(widest - columns(row.first) + 2, QLatin1Char(' ')) + row.second);
}

int reportError(const Error &error)
{
    err(error.displayText());
    return 1;
}

QString commandSummary()
{
    return Cli::tr("Commands:") + QLatin1Char('\n') + QStringLiteral("  status    ")
        + Cli::tr("Show the profile, its settings file, database and log file.");
}

int runStatus(const QStringList &args, const QString &profileDir, const QString &language)
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

    auto profile = Profile::open(profileDir);
    if (!profile.ok())
        return reportError(profile.error());
    auto config = Config::load(profile->configPath());
    if (!config.ok())
        return reportError(config.error());
    logging::install(logging::optionsFor(profile->logDirectory(), config.value()));

    engine::Engine engine(profile.value(), config.value());
    const QString inEffect = engine.applyLanguage(language);
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kassa-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
    logging::quietUntilInstalled();

    i18n::Translators translators;
    translators.apply(QStringLiteral("system"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Kassa without a window: scripting and headless use.") + QStringLiteral("\n\n") + commandSummary());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), Cli::tr("Use the profile in <folder> instead of the default."), Cli::tr("folder"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), Cli::tr("Print messages in <language> (en, zh_CN, ja, nl)."), Cli::tr("language"));
    parser.addOption(profileOption);
    parser.addOption(languageOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run (see Commands)."),
        QStringLiteral("<command> [options]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err(parser.errorText());
        return 2;
    }
    const QString language = parser.value(languageOption);
    if (!language.isEmpty()) {
        if (!i18n::isShippedLanguage(language)) {
            err(Cli::tr("Unknown language “%1”; choose one of: %2.")
                    .arg(language, i18n::shippedLanguageCodes().join(QStringLiteral(", "))));
            return 2;
        }
        translators.apply(language);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("kassa-cli ") + QLatin1String(kVersion));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        out(parser.helpText());
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    const QString command = positional.first();
    const QStringList commandArgs = QStringList {QStringLiteral("kassa-cli ") + command} + positional.mid(1);
    if (command == QLatin1String("status"))
        return runStatus(commandArgs, parser.value(profileOption), language);
    err(Cli::tr("Unknown command “%1”.").arg(command) + QLatin1Char('\n') + commandSummary());
    return 2;
}
