// kassa-cli wallet import|list|address and kassa-cli keys backup|restore:
// the profile's wallets for headless use. They go through the same engine
// services and the same KeyStore as the console ([keys] store: the system
// keychain, or the encrypted key file unlocked with --key-passphrase-file).
// Recovery phrases are read from files into memory that is wiped after use
// and never printed.
#include "cli/Commands.h"

#include "cli/CliEngine.h"

#include "crypto/Mnemonic.h"
#include "engine/Engine.h"
#include "engine/WalletsService.h"
#include "keys/EncryptedFileStore.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"
#include "wallets/Wallet.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace kassa::cli {

namespace {

using wallets::Wallets;

int parseOrExit(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    return -1;
}

const QCommandLineOption &keyPassphraseOption()
{
    static const QCommandLineOption option(QStringLiteral("key-passphrase-file"),
        Cli::tr("With [keys] store=file: read the key file's passphrase from <file>."), Cli::tr("file"));
    return option;
}

//! Opens the profile, its database and (when asked) unlocks the key file.
OpenedEngine openEngine(const Context &context, const QCommandLineParser &parser, bool needKeys)
{
    OpenedEngine opened = cli::openEngine(context, OpenOptions {.lockProfile = true});
    if (opened.code != 0)
        return opened;
    auto *file = qobject_cast<keys::EncryptedFileStore *>(opened.engine->keyStore());
    if (needKeys && file) {
        if (!parser.isSet(keyPassphraseOption())) {
            err(Cli::tr("This profile keeps its secrets in the encrypted key file; give --key-passphrase-file."));
            opened.code = 2;
            return opened;
        }
        auto passphrase = readSecretFile(parser.value(keyPassphraseOption()), 4096);
        if (!passphrase.ok()) {
            opened.code = reportError(passphrase.error());
            return opened;
        }
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
            opened.code = reportError(unlocked.error());
    }
    return opened;
}

QJsonObject walletJson(const wallets::WalletRecord &w)
{
    return QJsonObject {{QStringLiteral("id"), w.id}, {QStringLiteral("label"), w.label},
        {QStringLiteral("family"), QLatin1String(Wallets::familyName(w.family))},
        {QStringLiteral("kind"), QLatin1String(Wallets::kindName(w.kind))},
        {QStringLiteral("role"), QLatin1String(Wallets::roleName(w.role))},
        {QStringLiteral("watch_only"), w.isWatchOnly()}, {QStringLiteral("xpub"), w.xpub},
        {QStringLiteral("next_index"), qint64(w.nextIndex)}};
}

QJsonObject addressJson(const wallets::WalletAddress &a)
{
    return QJsonObject {{QStringLiteral("wallet"), a.walletId},
        {QStringLiteral("index"), a.index ? QJsonValue(qint64(*a.index)) : QJsonValue()},
        {QStringLiteral("address"), Wallets::displayAddress(a.family, a.address)}, {QStringLiteral("label"), a.label}};
}

Result<QList<chain::ChainFamily>> familiesFrom(const QString &text)
{
    QList<chain::ChainFamily> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p == QLatin1String("eth") || p == QLatin1String("evm"))
            out.append(chain::ChainFamily::Evm);
        else if (p == QLatin1String("tron"))
            out.append(chain::ChainFamily::Tron);
        else
            return makeError(ErrorCode::InvalidInput, QStringLiteral("wallet import: unknown chain family"),
                Cli::tr("Unknown chain “%1”; use eth (Ethereum, BSC, Polygon and other EVM chains) or tron.").arg(p));
    }
    if (out.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("wallet import: no chain family"),
            Cli::tr("Give --chain eth, tron or eth,tron."));
    return out;
}

// --- keys backup|restore ----------------------------------------------------------------------

int runKeysBackupOrRestore(const Context &context, const QStringList &args, bool restore)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(restore
            ? Cli::tr("Restore wallets (recovery phrases, xpubs, addresses) from an encrypted backup file into this "
                      "profile. Wallets already here are skipped.")
            : Cli::tr("Write every wallet, recovery phrases included, and the settings to an encrypted backup file. "
                      "Orders and other records are not part of it."));
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("Write the backup to <file>."), Cli::tr("file"));
    const QCommandLineOption passOption(QStringLiteral("passphrase-file"),
        Cli::tr("Read the backup's passphrase from <file> (at least 8 characters)."), Cli::tr("file"));
    if (!restore)
        parser.addOption(outOption);
    parser.addOption(passOption);
    parser.addOption(keyPassphraseOption());
    if (restore)
        parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The backup file."));
    if (int code = parseOrExit(parser, args); code >= 0)
        return code;
    const QString path = restore ? parser.positionalArguments().value(0) : parser.value(outOption);
    if (path.isEmpty() || !parser.isSet(passOption)) {
        err(restore ? Cli::tr("Usage: kassa-cli keys restore FILE --passphrase-file F")
                    : Cli::tr("Usage: kassa-cli keys backup --out FILE --passphrase-file F"));
        return 2;
    }
    auto passphrase = readSecretFile(parser.value(passOption), 4096);
    if (!passphrase.ok())
        return reportError(passphrase.error());
    QString text = passphrase.value().trimmed();
    wipe(passphrase.value());
    OpenedEngine opened = openEngine(context, parser, true);
    if (opened.code != 0) {
        wipe(text);
        return opened.code;
    }
    engine::WalletsService *service = opened.engine->wallets();
    QObject receiver;
    auto summary = await<Result<engine::BackupSummary>>([&](auto done) {
        if (restore)
            service->restoreBackup(path, text, &receiver, done);
        else
            service->exportBackup(path, text, &receiver, done);
    });
    wipe(text);
    if (!summary.ok())
        return reportError(summary.error());
    if (restore) {
        out(Cli::tr("Restored %n wallet(s) from %1.", nullptr, summary->wallets).arg(path));
        if (summary->skipped > 0)
            out(Cli::tr("%n wallet(s) were already here and were left as they are.", nullptr, summary->skipped));
    } else {
        out(Cli::tr("Backed up %n wallet(s) to %1.", nullptr, summary->wallets).arg(path));
        out(Cli::tr("Keep the passphrase apart from the file: anyone with both can spend from the wallets."));
    }
    return 0;
}

QString keysSummary()
{
    return Cli::tr("Encrypted backup and restore of the wallets' secrets.");
}

int runKeys(const Context &context, const QStringList &args)
{
    const QString usage = Cli::tr("Usage: kassa-cli keys backup|restore [options]");
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        out(usage);
        printTable({{QStringLiteral("  backup"), Cli::tr("Write an encrypted backup of every wallet.")},
            {QStringLiteral("  restore"), Cli::tr("Restore wallets from an encrypted backup.")}});
        return args.size() < 2 ? 2 : 0;
    }
    const QString sub = args.at(1);
    const QStringList rest = QStringList {args.at(0) + QLatin1Char(' ') + sub} + args.mid(2);
    if (sub == QLatin1String("backup"))
        return runKeysBackupOrRestore(context, rest, false);
    if (sub == QLatin1String("restore"))
        return runKeysBackupOrRestore(context, rest, true);
    err(Cli::tr("Unknown keys command “%1”.").arg(sub));
    err(usage);
    return 2;
}

} // namespace

QString walletImportSummary()
{
    return Cli::tr("Add a wallet to this profile from recovery words, an xpub or a list of addresses.");
}

QString walletListSummary()
{
    return Cli::tr("List the wallets of this profile and their addresses.");
}

QString walletAddressSummary()
{
    return Cli::tr("Show a wallet's receive addresses, or hand out the next one.");
}

int runWalletImport(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Add a wallet to this profile. Recovery words go to the key store ([keys] store); the database keeps "
                "only public data."));
    const QString fileName = Cli::tr("file");
    const QCommandLineOption mnemonicOption(QStringLiteral("mnemonic-file"),
        Cli::tr("Import the recovery words in <file> (a hot wallet: it can pay out)."), fileName);
    const QCommandLineOption xpubOption(QStringLiteral("xpub"),
        Cli::tr("Watch only: the account xpub (m/44'/60'/0' or m/44'/195'/0')."), QStringLiteral("xpub"));
    const QCommandLineOption addressesOption(QStringLiteral("addresses"),
        Cli::tr("Watch only: the addresses in <file>, one per line."), fileName);
    const QCommandLineOption chainOption(QStringLiteral("chain"),
        Cli::tr("eth, tron, or eth,tron for recovery words (default: eth,tron)."), QStringLiteral("chain"));
    const QCommandLineOption labelOption(QStringLiteral("label"), Cli::tr("The wallet's name."), Cli::tr("name"));
    const QCommandLineOption roleOption(QStringLiteral("role"), Cli::tr("receiving (default), payout or cold."),
        QStringLiteral("role"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print the new wallets as JSON."));
    for (const auto *o : {&mnemonicOption, &xpubOption, &addressesOption, &chainOption, &labelOption, &roleOption,
             &jsonOption, &keyPassphraseOption()})
        parser.addOption(*o);
    if (int code = parseOrExit(parser, args); code >= 0)
        return code;
    const int sources = int(parser.isSet(mnemonicOption)) + int(parser.isSet(xpubOption))
        + int(parser.isSet(addressesOption));
    if (sources != 1) {
        err(Cli::tr("Give exactly one of --mnemonic-file, --xpub and --addresses."));
        return 2;
    }
    engine::NewWallet draft;
    draft.label = parser.isSet(labelOption) ? parser.value(labelOption) : Cli::tr("Imported wallet");
    const auto role = Wallets::roleFromName(parser.isSet(roleOption) ? parser.value(roleOption)
                                                                      : QStringLiteral("receiving"));
    if (!role) {
        err(Cli::tr("Unknown role “%1”; use receiving, payout or cold.").arg(parser.value(roleOption)));
        return 2;
    }
    draft.role = *role;
    const QString defaultChains = parser.isSet(mnemonicOption) ? QStringLiteral("eth,tron") : QStringLiteral("eth");
    auto families = familiesFrom(parser.isSet(chainOption) ? parser.value(chainOption) : defaultChains);
    if (!families.ok())
        return reportError(families.error());
    draft.families = families.value();
    if (parser.isSet(mnemonicOption)) {
        auto text = readSecretFile(parser.value(mnemonicOption), crypto::Mnemonic::MaxTextLength);
        if (!text.ok())
            return reportError(text.error());
        auto mnemonic = crypto::Mnemonic::parse(text.value());
        wipe(text.value());
        if (!mnemonic.ok())
            return reportError(mnemonic.error());
        draft.kind = wallets::WalletKind::Hd;
        draft.imported = true;
        draft.mnemonic = std::make_shared<crypto::Mnemonic>(std::move(mnemonic).value());
    } else if (parser.isSet(xpubOption)) {
        draft.kind = wallets::WalletKind::Xpub;
        draft.xpub = parser.value(xpubOption);
    } else {
        QFile file(parser.value(addressesOption));
        if (!file.open(QIODevice::ReadOnly) || file.size() > (qint64(4) << 20)) {
            err(Cli::tr("Cannot read the file “%1”: %2.").arg(file.fileName(), file.errorString()));
            return 1;
        }
        draft.kind = wallets::WalletKind::Addresses;
        draft.addresses = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    }
    OpenedEngine opened = openEngine(context, parser, draft.kind == wallets::WalletKind::Hd);
    if (opened.code != 0)
        return opened.code;
    QObject receiver;
    auto created = await<Result<QList<wallets::WalletRecord>>>(
        [&](auto done) { opened.engine->wallets()->create(draft, &receiver, done); });
    if (!created.ok())
        return reportError(created.error());
    QJsonArray json;
    for (const auto &w : created.value()) {
        auto addresses = await<Result<QList<wallets::WalletAddress>>>(
            [&](auto done) { opened.engine->wallets()->addresses(w.id, &receiver, done); });
        QJsonObject o = walletJson(w);
        QJsonArray list;
        for (const auto &a : addresses.ok() ? addresses.value() : QList<wallets::WalletAddress>())
            list.append(addressJson(a));
        o.insert(QStringLiteral("addresses"), list);
        json.append(o);
        if (!parser.isSet(jsonOption)) {
            out(Cli::tr("Wallet %1 “%2” (%3, %4) added.")
                    .arg(w.id)
                    .arg(w.label, Wallets::familyLabel(w.family), Wallets::kindLabel(w.kind)));
            if (!list.isEmpty())
                out(Cli::tr("First receive address: %1").arg(list.first().toObject().value(QStringLiteral("address")).toString()));
        }
    }
    if (parser.isSet(jsonOption))
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

int runWalletList(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(walletListSummary());
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print the wallets as JSON."));
    parser.addOption(jsonOption);
    if (int code = parseOrExit(parser, args); code >= 0)
        return code;
    OpenedEngine opened = openEngine(context, parser, false);
    if (opened.code != 0)
        return opened.code;
    QObject receiver;
    auto list = await<Result<QList<wallets::WalletRecord>>>(
        [&](auto done) { opened.engine->wallets()->wallets(&receiver, done); });
    if (!list.ok())
        return reportError(list.error());
    QJsonArray json;
    QList<std::pair<QString, QString>> rows;
    for (const auto &w : list.value()) {
        auto addresses = await<Result<QList<wallets::WalletAddress>>>(
            [&](auto done) { opened.engine->wallets()->addresses(w.id, &receiver, done); });
        if (!addresses.ok())
            return reportError(addresses.error());
        QJsonObject o = walletJson(w);
        QJsonArray a;
        for (const auto &address : addresses.value())
            a.append(addressJson(address));
        o.insert(QStringLiteral("addresses"), a);
        json.append(o);
        //: One wallet in `kassa-cli wallet list`: %1 name, %2 chains, %3 kind, %4 role, %n number of addresses
        rows.append({QStringLiteral("%1").arg(w.id),
            Cli::tr("%1 — %2, %3, %4, %n address(es)", nullptr, int(a.size()))
                .arg(w.label, Wallets::familyLabel(w.family), Wallets::kindLabel(w.kind), Wallets::roleLabel(w.role))});
    }
    if (parser.isSet(jsonOption))
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    else if (rows.isEmpty())
        out(Cli::tr("No wallets yet. Add one with “kassa-cli wallet import” or in the console."));
    else
        printTable(rows);
    return 0;
}

int runWalletAddress(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(walletAddressSummary());
    const QCommandLineOption walletOption(QStringLiteral("wallet"), Cli::tr("The wallet's number (see wallet list)."),
        QStringLiteral("id"));
    const QCommandLineOption nextOption(QStringLiteral("next"),
        Cli::tr("Hand out the next receive address (it is watched from now on)."));
    parser.addOption(walletOption);
    parser.addOption(nextOption);
    if (int code = parseOrExit(parser, args); code >= 0)
        return code;
    bool ok = false;
    const qint64 id = parser.value(walletOption).toLongLong(&ok);
    if (!ok || id <= 0) {
        err(Cli::tr("Give the wallet's number with --wallet (see kassa-cli wallet list)."));
        return 2;
    }
    OpenedEngine opened = openEngine(context, parser, false);
    if (opened.code != 0)
        return opened.code;
    QObject receiver;
    if (parser.isSet(nextOption)) {
        auto address = await<Result<wallets::WalletAddress>>(
            [&](auto done) { opened.engine->wallets()->deriveNext(id, &receiver, done); });
        if (!address.ok())
            return reportError(address.error());
        out(Wallets::displayAddress(address->family, address->address));
        return 0;
    }
    auto list = await<Result<QList<wallets::WalletAddress>>>(
        [&](auto done) { opened.engine->wallets()->addresses(id, &receiver, done); });
    if (!list.ok())
        return reportError(list.error());
    for (const auto &a : list.value())
        out(Wallets::displayAddress(a.family, a.address));
    return 0;
}

Command keysCommand()
{
    return {QStringLiteral("keys"), &keysSummary, &runKeys};
}

} // namespace kassa::cli
