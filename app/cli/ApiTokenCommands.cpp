// kassa-cli api-token: the storefront's Epusdt token and native webhook
// secret, kept in the profile's KeyStore ([keys] store: the system keychain,
// or the encrypted key file unlocked with --key-passphrase-file). A new or
// rotated secret is printed once and never again; `status` says only
// whether one is set. Every change is audited.
#include "cli/Commands.h"

#include "cli/CliEngine.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "engine/Engine.h"
#include "keys/ApiSecrets.h"
#include "keys/EncryptedFileStore.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace kassa::cli {

namespace {

Result<void> auditChange(engine::Engine &engine, const char *action, keys::ApiSecret which, const QString &how)
{
    const QString entry = keys::ApiSecretStore::entryName(which);
    return engine.database()->writeAndWait([&](QSqlDatabase &db) -> Result<void> {
        auto appended = audit::AuditLog::append(db,
            audit::AuditEvent {terminalActor(), QLatin1String(action), QStringLiteral("apikey"), entry,
                QJsonObject {{QStringLiteral("how"), how}}},
            QDateTime::currentMSecsSinceEpoch());
        if (!appended.ok())
            return appended.error();
        return {};
    });
}

QString apiTokenSummary()
{
    return Cli::tr("Create, rotate, set or remove the Epusdt token and the webhook secret (kept in the key store).");
}

int runApiToken(const Context &context, const QStringList &args)
{
    const QString usage =
        Cli::tr("Usage: kassa-cli api-token create|rotate|set|status|remove [--webhook] [--from-file F]");
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        out(usage);
        printTable({{QStringLiteral("  create"), Cli::tr("Make a new secret and show it once (refused if one exists).")},
            {QStringLiteral("  rotate"), Cli::tr("Replace the secret with a new one and show it once.")},
            {QStringLiteral("  set --from-file F"), Cli::tr("Store a secret you already have (your plugin's token).")},
            {QStringLiteral("  status"), Cli::tr("Say whether each secret is set, without showing it.")},
            {QStringLiteral("  remove"), Cli::tr("Delete the secret.")}});
        out(Cli::tr("Without --webhook the command acts on the Epusdt token."));
        return args.size() < 2 ? 2 : 0;
    }
    const QString sub = args.at(1);
    QCommandLineParser parser;
    const QCommandLineOption webhook(
        QStringLiteral("webhook"), Cli::tr("Act on the native webhook secret instead of the Epusdt token."));
    const QCommandLineOption fromFile(QStringLiteral("from-file"),
        Cli::tr("Read the secret from <file> (owner-only permissions)."), Cli::tr("file"));
    const QCommandLineOption keyPassphrase(QStringLiteral("key-passphrase-file"),
        Cli::tr("With [keys] store=file: read the key file's passphrase from <file>."), Cli::tr("file"));
    parser.addOptions({webhook, fromFile, keyPassphrase});
    if (!parser.parse(QStringList {args.at(0) + QLatin1Char(' ') + sub} + args.mid(2))) {
        err(parser.errorText());
        return 2;
    }
    static const QStringList known {QStringLiteral("create"), QStringLiteral("rotate"), QStringLiteral("set"),
        QStringLiteral("status"), QStringLiteral("remove")};
    if (!known.contains(sub) || !parser.positionalArguments().isEmpty()
        || (sub == QLatin1String("set")) != parser.isSet(fromFile)) {
        err(usage);
        return 2;
    }
    const keys::ApiSecret which = parser.isSet(webhook) ? keys::ApiSecret::WebhookSecret : keys::ApiSecret::EpusdtToken;

    QByteArray given;
    if (sub == QLatin1String("set")) {
        // Like serve --token-file: a token others can read is refused, not only warned about.
        const QString path = parser.value(fromFile);
        if (QFileInfo(path).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
            return reportError(makeError(ErrorCode::Config,
                QStringLiteral("secret file %1 is readable by others").arg(path),
                Cli::tr("%1 can be read by other users.").arg(path), Cli::tr("Run: chmod 600 %1").arg(path)));
        auto read = readSecretFile(path, 4096);
        if (!read.ok())
            return reportError(read.error());
        given = read.value().trimmed().toUtf8();
        wipe(read.value());
        if (auto valid = keys::ApiSecretStore::validate(given); !valid.ok()) {
            wipe(given);
            return reportError(valid.error());
        }
    }

    auto profile = Profile::open(context.profileDirectory);
    if (!profile.ok())
        return reportError(profile.error());
    auto config = Config::load(profile->configPath());
    if (!config.ok())
        return reportError(config.error());
    logging::install(logging::optionsFor(profile->logDirectory(), config.value()));
    engine::Engine engine(profile.value(), config.value());
    engine.applyLanguage(context.language);
    if (auto started = engine.startBlocking(); !started.ok())
        return reportError(started.error());
    if (int code = unlockKeyStore(engine, parser.isSet(keyPassphrase) ? parser.value(keyPassphrase) : QString()))
        return code;
    keys::KeyStore &store = *engine.keyStore();
    QObject receiver;

    if (sub == QLatin1String("status")) {
        auto loaded = await<Result<keys::ApiSecrets>>(
            [&](auto done) { keys::loadApiSecrets(store, &receiver, done); });
        if (!loaded.ok())
            return reportError(loaded.error());
        const QString yes = Cli::tr("set");
        const QString no = Cli::tr("not set");
        printTable({{Cli::tr("Epusdt token"), loaded->epusdtToken.isEmpty() ? no : yes},
            {Cli::tr("Webhook secret"), loaded->webhookSecret.isEmpty() ? no : yes},
            {Cli::tr("Key store"), store.backendName()}});
        loaded.value().wipe();
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        auto removed =
            await<Result<void>>([&](auto done) { keys::removeApiSecret(store, which, &receiver, done); });
        if (!removed.ok())
            return reportError(removed.error());
        if (auto audited = auditChange(engine, audit::action::ApiSecretRemove, which, sub); !audited.ok())
            return reportError(audited.error());
        out(Cli::tr("Removed."));
        return 0;
    }
    if (sub == QLatin1String("set")) {
        auto stored = await<Result<void>>(
            [&](auto done) { keys::storeApiSecret(store, which, given, &receiver, done); });
        wipe(given);
        if (!stored.ok())
            return reportError(stored.error());
        if (auto audited = auditChange(engine, audit::action::ApiSecretSet, which, sub); !audited.ok())
            return reportError(audited.error());
        out(Cli::tr("Stored in the %1.").arg(store.backendName()));
        return 0;
    }
    const bool rotate = sub == QLatin1String("rotate");
    auto made = await<Result<QByteArray>>(
        [&](auto done) { keys::createApiSecret(store, which, rotate, &receiver, done); });
    if (!made.ok())
        return reportError(made.error());
    if (auto audited = auditChange(engine, audit::action::ApiSecretSet, which, sub); !audited.ok()) {
        wipe(made.value());
        return reportError(audited.error());
    }
    out(which == keys::ApiSecret::EpusdtToken
            ? Cli::tr("New Epusdt token. It is shown only this once; put it into your storefront plugin now:")
            : Cli::tr("New webhook secret. It is shown only this once; give it to your webhook receiver now:"));
    std::fwrite(made.value().constData(), 1, size_t(made.value().size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    wipe(made.value());
    if (rotate)
        out(Cli::tr("A running kassa-cli serve or desktop keeps the old secret until it restarts."));
    return 0;
}

} // namespace

int unlockKeyStore(engine::Engine &engine, const QString &passphraseFile)
{
    auto *file = qobject_cast<keys::EncryptedFileStore *>(engine.keyStore());
    if (!file || file->isUnlocked())
        return 0;
    if (passphraseFile.isEmpty()) {
        err(Cli::tr("This profile keeps its secrets in the encrypted key file; give --key-passphrase-file."));
        return 2;
    }
    auto passphrase = readSecretFile(passphraseFile, 4096);
    if (!passphrase.ok())
        return reportError(passphrase.error());
    QString text = passphrase.value().trimmed();
    QObject receiver;
    auto unlocked = await<Result<void>>([&](auto done) {
        if (file->exists())
            file->unlock(text, &receiver, done);
        else
            file->create(text, &receiver, done);
    });
    wipe(text);
    wipe(passphrase.value());
    if (!unlocked.ok())
        return reportError(unlocked.error());
    return 0;
}

Command apiTokenCommand()
{
    return {QStringLiteral("api-token"), &apiTokenSummary, &runApiToken};
}

} // namespace kassa::cli
