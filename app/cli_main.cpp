// kassa-cli: the headless face of Kassa. The global options are parsed
// here; each command lives in its own file under cli/ and is listed in
// commands() below.

#include "base/Log.h"
#include "base/Version.h"
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "i18n/Languages.h"
#include "profile/Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace kassa;
using namespace kassa::cli;

namespace {

// Takes the global options out of a command's arguments, so that
// `kassa-cli serve --profile DIR` means the same as
// `kassa-cli --profile DIR serve` (what a systemd unit or a script expects).
// Returns false with a message when an option lacks its value.
bool takeGlobalOptions(QStringList &args, Context &context, QString *error)
{
    static const QStringList names = {QStringLiteral("profile"), QStringLiteral("language")};
    for (int i = 1; i < args.size();) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--"))
            break;
        QString name;
        QString value;
        bool consumedNext = false;
        for (const QString &candidate : names) {
            const QString flag = QStringLiteral("--") + candidate;
            if (arg == flag) {
                if (i + 1 >= args.size()) {
                    *error = Cli::tr("Missing value after “%1”.").arg(flag);
                    return false;
                }
                name = candidate;
                value = args.at(i + 1);
                consumedNext = true;
            } else if (arg.startsWith(flag + QLatin1Char('='))) {
                name = candidate;
                value = arg.mid(flag.size() + 1);
            }
        }
        if (name.isEmpty()) {
            ++i;
            continue;
        }
        (name == QLatin1String("profile") ? context.profileDirectory : context.language) = value;
        args.remove(i, consumedNext ? 2 : 1);
    }
    return true;
}

} // namespace

const QList<Command> &kassa::cli::commands()
{
    static const QList<Command> all = {
        statusCommand(),
        serveCommand(),
        ordersCommand(),
        apikeyCommand(),
        apiTokenCommand(),
        auditCommand(),
        payoutCommand(),
        walletCommand(),
        keysCommand(),
    };
    return all;
}

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
    Context context;
    context.profileDirectory = parser.value(profileOption);
    context.language = parser.value(languageOption);
    QStringList positional = parser.positionalArguments();
    QString optionError;
    if (!takeGlobalOptions(positional, context, &optionError)) {
        err(optionError);
        return 2;
    }
    if (!context.language.isEmpty()) {
        if (!i18n::isShippedLanguage(context.language)) {
            err(Cli::tr("Unknown language “%1”; choose one of: %2.")
                    .arg(context.language, i18n::shippedLanguageCodes().join(QStringLiteral(", "))));
            return 2;
        }
        translators.apply(context.language);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("kassa-cli ") + QLatin1String(kVersion));
        return 0;
    }
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        out(parser.helpText());
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    const QString name = positional.first();
    for (const Command &command : commands()) {
        if (command.name == name)
            return command.run(context, QStringList {QStringLiteral("kassa-cli ") + name} + positional.mid(1));
    }
    err(Cli::tr("Unknown command “%1”.").arg(name) + QLatin1Char('\n') + commandSummary());
    return 2;
}
