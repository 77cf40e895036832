// kassa-cli wallet: HD wallet tools a merchant (or a script) runs by hand —
// make a recovery phrase, derive receive addresses from a phrase or from an
// account xpub alone, check an address someone sent.
//
// Each subcommand is one entry of walletSubcommands() with its own parser;
// more (import, list, address) join the table the same way. Secrets: the
// phrase is printed once by `wallet new` and never otherwise; phrase and
// passphrase files are read into memory that is wiped after use, and no
// message repeats them.
#include "cli/Commands.h"
#include "crypto/Bip44.h"
#include "crypto/EthAddress.h"
#include "crypto/Mnemonic.h"
#include "crypto/TronAddress.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>
#include <openssl/crypto.h>
#include <optional>

namespace kassa::cli {

namespace {

using crypto::bip44::Coin;

struct Subcommand {
    QString name;
    QString (*summary)();
    int (*run)(const Context &context, const QStringList &args);
};

const QList<Subcommand> &walletSubcommands();

//! Parses `args` and handles --help; returns -1 to go on, else the exit code.
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

int usageError(const QString &text)
{
    err(text);
    return 2;
}

} // namespace

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        std::fill(text.data(), text.data() + text.size(), QChar());
}

// A file holding a secret (a recovery phrase or a passphrase): read whole,
// strictly UTF-8, at most `limit` bytes. The caller wipes the result.
Result<QString> readSecretFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QStringLiteral("wallet: cannot open a secret file: %1").arg(file.errorString()),
            Cli::tr("Cannot read the file “%1”: %2.").arg(path, file.errorString()),
            Cli::tr("Check the file name and that you may read it."));
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        err(Cli::tr("Warning: other users on this computer can read “%1”. Keep recovery phrases and passphrases in "
                    "files only you can read (chmod 600).")
                .arg(path));
    }
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        wipe(bytes);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("wallet: secret file too large"),
            Cli::tr("The file “%1” is too large to hold a recovery phrase or passphrase.").arg(path),
            Cli::tr("Give a file with only the words (or only the passphrase) in it."));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    wipe(bytes);
    if (decoder.hasError()) {
        wipe(text);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("wallet: secret file is not UTF-8"),
            Cli::tr("The file “%1” is not UTF-8 text.").arg(path), Cli::tr("Save the file as UTF-8 text."));
    }
    return text;
}

namespace {

Result<Coin> coinFromOption(const QString &value)
{
    if (value == QLatin1String("eth"))
        return Coin::Ethereum;
    if (value == QLatin1String("tron"))
        return Coin::Tron;
    return makeError(ErrorCode::InvalidInput, QStringLiteral("wallet: unknown chain"),
        Cli::tr("Unknown chain “%1”; use eth (Ethereum, BSC, Polygon and other EVM chains) or tron.").arg(value));
}

// A non-negative decimal below 2^31, as BIP-32 indexes are.
bool parseIndex(const QString &text, std::uint32_t *value)
{
    if (text.isEmpty() || text.size() > 10 || (text.size() > 1 && text.front() == u'0'))
        return false;
    std::uint64_t v = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + std::uint64_t(c.unicode() - u'0');
    }
    if (v > crypto::ReceiveAddresses::MaxIndex)
        return false;
    *value = std::uint32_t(v);
    return true;
}

// --- wallet new --------------------------------------------------------------------

QString newSummary()
{
    return Cli::tr("Make a new recovery phrase and print it once.");
}

int runNew(const Context &, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Make a new recovery phrase (BIP-39) from the system's random number "
                                             "generator and print it once. Kassa does not store it."));
    //: Placeholder in --help for the value of --words: how many words
    const QString countName = Cli::tr("count");
    const QCommandLineOption wordsOption(
        QStringLiteral("words"), Cli::tr("Number of words: 12 or 24 (default 24)."), countName, QStringLiteral("24"));
    parser.addOption(wordsOption);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            Cli::tr("wallet new takes no arguments (got “%1”).").arg(parser.positionalArguments().join(u' ')));
    const QString words = parser.value(wordsOption);
    if (words != QLatin1String("12") && words != QLatin1String("24"))
        return usageError(Cli::tr("--words must be 12 or 24, not “%1”.").arg(words));

    const Result<crypto::Mnemonic> mnemonic = crypto::Mnemonic::generate(words.toInt());
    if (!mnemonic)
        return reportError(mnemonic.error());
    err(Cli::tr("Write these words down on paper, in this order, and keep them somewhere safe and secret. Anyone who "
                "sees them can take the money in this wallet; without them a lost wallet cannot be recovered. "
                "Kassa has not stored them and will not show them again."));
    // Straight from secure memory to standard output, no QString copy.
    std::fwrite(mnemonic->phrase().data(), 1, size_t(mnemonic->phrase().size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}

// --- wallet derive --------------------------------------------------------------------

QString deriveSummary()
{
    return Cli::tr("Print receive addresses of a recovery phrase or an account xpub.");
}

int runDerive(const Context &, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Print receive addresses: from a recovery phrase (path m/44'/60'/account'/0/index for eth, "
                "m/44'/195'/account'/0/index for tron), or from an account xpub alone (watch-only)."));
    //: Placeholder in --help for the value of --chain (a blockchain): eth or tron
    const QString chainName = Cli::tr("chain");
    //: Placeholder in --help for a file name
    const QString fileName = Cli::tr("file");
    //: Placeholder in --help for the value of --account: a whole number
    const QString numberName = Cli::tr("number");
    //: Placeholder in --help for the value of --xpub: an extended public key
    const QString xpubName = Cli::tr("xpub");
    //: Placeholder in --help for the value of --index: the position of an address (0, 1, 2, …)
    const QString indexName = Cli::tr("index");
    //: Placeholder in --help for the value of --count: how many addresses
    const QString countName = Cli::tr("count");
    const QCommandLineOption chainOption(QStringLiteral("chain"), Cli::tr("eth or tron."), chainName);
    const QCommandLineOption mnemonicOption(
        QStringLiteral("mnemonic-file"), Cli::tr("Read the recovery phrase from <file> (only the words)."), fileName);
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"),
        Cli::tr("Read the BIP-39 passphrase from <file> (one trailing line break is ignored)."), fileName);
    const QCommandLineOption accountOption(
        QStringLiteral("account"), Cli::tr("Account number (default 0)."), numberName, QStringLiteral("0"));
    const QCommandLineOption xpubOption(
        QStringLiteral("xpub"), Cli::tr("Derive from this account xpub instead of a recovery phrase."), xpubName);
    const QCommandLineOption indexOption(QStringLiteral("index"), Cli::tr("First address index."), indexName);
    const QCommandLineOption countOption(
        QStringLiteral("count"), Cli::tr("Number of addresses (default 1)."), countName, QStringLiteral("1"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print JSON with index, path and address."));
    parser.addOptions({chainOption, mnemonicOption, passphraseOption, accountOption, xpubOption, indexOption,
        countOption, jsonOption});
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            Cli::tr("wallet derive takes no arguments (got “%1”).").arg(parser.positionalArguments().join(u' ')));
    }
    if (!parser.isSet(chainOption))
        return usageError(Cli::tr("Say which chain with --chain eth or --chain tron."));
    const Result<Coin> coin = coinFromOption(parser.value(chainOption));
    if (!coin)
        return usageError(coin.error().userMessage);
    const bool fromXpub = parser.isSet(xpubOption);
    if (fromXpub == parser.isSet(mnemonicOption))
        return usageError(Cli::tr("Give either --mnemonic-file or --xpub (exactly one of them)."));
    if (fromXpub && (parser.isSet(passphraseOption) || parser.isSet(accountOption)))
        return usageError(Cli::tr("--passphrase-file and --account belong to --mnemonic-file; an xpub already is one "
                                  "account."));
    if (!parser.isSet(indexOption))
        return usageError(Cli::tr("Say which address with --index (the first one is 0)."));
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    std::uint32_t account = 0;
    if (!parseIndex(parser.value(indexOption), &first))
        return usageError(Cli::tr("--index must be a whole number from 0 to 2147483647."));
    if (!parseIndex(parser.value(countOption), &count) || count < 1 || count > 1000000)
        return usageError(Cli::tr("--count must be a whole number from 1 to 1000000."));
    if (std::uint64_t(first) + count - 1 > crypto::ReceiveAddresses::MaxIndex)
        return usageError(Cli::tr("The last index would be beyond 2147483647."));
    if (!parseIndex(parser.value(accountOption), &account))
        return usageError(Cli::tr("--account must be a whole number from 0 to 2147483647."));

    // Where the addresses come from, and how their path is written.
    std::optional<crypto::ReceiveAddresses> receive;
    QString pathPrefix;
    if (fromXpub) {
        const Result<crypto::ExtendedPublicKey> xpub = crypto::ExtendedPublicKey::parse(parser.value(xpubOption));
        if (!xpub)
            return reportError(xpub.error());
        Result<crypto::ReceiveAddresses> addresses = crypto::ReceiveAddresses::fromXpub(xpub.value());
        if (!addresses)
            return reportError(addresses.error());
        // Relative to the xpub that was given: "0/i" below an account, "i" below its chain.
        pathPrefix = xpub->depth() == 3 ? QStringLiteral("0/") : QString();
        receive.emplace(std::move(addresses.value()));
    } else {
        Result<QString> phraseText = readSecretFile(parser.value(mnemonicOption), crypto::Mnemonic::MaxTextLength);
        if (!phraseText)
            return reportError(phraseText.error());
        const Result<crypto::Mnemonic> mnemonic = crypto::Mnemonic::parse(phraseText.value());
        wipe(phraseText.value());
        if (!mnemonic)
            return reportError(mnemonic.error());
        QString passphrase;
        if (parser.isSet(passphraseOption)) {
            Result<QString> read =
                readSecretFile(parser.value(passphraseOption), 4 * crypto::Mnemonic::MaxPassphraseLength);
            if (!read)
                return reportError(read.error());
            passphrase = std::move(read.value());
            if (passphrase.endsWith(QLatin1String("\r\n")))
                passphrase.chop(2);
            else if (passphrase.endsWith(QLatin1Char('\n')))
                passphrase.chop(1);
        }
        const Result<crypto::SecureBytes> seed = mnemonic->seed(passphrase);
        wipe(passphrase);
        if (!seed)
            return reportError(seed.error());
        const Result<crypto::ExtendedPrivateKey> master = crypto::ExtendedPrivateKey::fromSeed(seed.value());
        if (!master)
            return reportError(master.error());
        const Result<crypto::ExtendedPrivateKey> accountKey =
            master->derivePath(crypto::bip44::accountPath(coin.value(), account));
        if (!accountKey)
            return reportError(accountKey.error());
        // The private keys end here: addresses only need the account's public side.
        Result<crypto::ReceiveAddresses> addresses = crypto::ReceiveAddresses::fromXpub(accountKey->toPublic());
        if (!addresses)
            return reportError(addresses.error());
        pathPrefix = crypto::bip44::accountPath(coin.value(), account).toString() + QStringLiteral("/0/");
        receive.emplace(std::move(addresses.value()));
    }

    QJsonArray json;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint32_t index = first + i;
        QString address;
        if (coin.value() == Coin::Tron) {
            const Result<crypto::TronAddress> a = receive->tronAddress(index);
            if (!a)
                return reportError(a.error());
            address = a->toBase58();
        } else {
            const Result<crypto::EthAddress> a = receive->ethAddress(index);
            if (!a)
                return reportError(a.error());
            address = a->toChecksumString();
        }
        if (parser.isSet(jsonOption)) {
            json.append(QJsonObject {{QStringLiteral("index"), qint64(index)},
                {QStringLiteral("path"), QString(pathPrefix + QString::number(index))},
                {QStringLiteral("address"), address}});
        } else {
            out(address);
        }
    }
    if (parser.isSet(jsonOption))
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

// --- wallet check-address ------------------------------------------------------------------

QString checkSummary()
{
    return Cli::tr("Say whether an address is valid, and why not.");
}

int runCheckAddress(const Context &, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Check an Ethereum (EVM) or Tron address: its form and its checksum. Exit status 0 if it is valid, 1 if "
        "not."));
    //: Placeholder in --help for the value of --chain (a blockchain): eth or tron
    const QString chainName = Cli::tr("chain");
    const QCommandLineOption chainOption(
        QStringLiteral("chain"), Cli::tr("eth or tron (default: recognised from the address)."), chainName);
    parser.addOption(chainOption);
    parser.addPositionalArgument(QStringLiteral("address"), Cli::tr("The address to check."));
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("Give exactly one address to check."));
    const QString text = parser.positionalArguments().first();
    std::optional<Coin> coin;
    if (parser.isSet(chainOption)) {
        const Result<Coin> c = coinFromOption(parser.value(chainOption));
        if (!c)
            return usageError(c.error().userMessage);
        coin = c.value();
    } else {
        // 0x… is an EVM address; T… and 41… are Tron's forms.
        coin =
            text.startsWith(QLatin1String("0x")) || text.startsWith(QLatin1String("0X")) ? Coin::Ethereum : Coin::Tron;
    }
    if (coin == Coin::Ethereum) {
        const Result<crypto::EthAddress> a = crypto::EthAddress::parse(text);
        if (!a) {
            out(Cli::tr("invalid: not an Ethereum address. %1").arg(a.error().displayText()));
            return 1;
        }
        if (a->toChecksumString() == text) {
            out(Cli::tr("valid: Ethereum address with a correct EIP-55 checksum."));
        } else {
            out(Cli::tr("valid: Ethereum address without a checksum (all one case). With checksum: %1")
                    .arg(a->toChecksumString()));
        }
        return 0;
    }
    const Result<crypto::TronAddress> a = crypto::TronAddress::parse(text);
    if (!a) {
        out(Cli::tr("invalid: not a Tron address. %1").arg(a.error().displayText()));
        return 1;
    }
    if (a->toBase58() == text)
        out(Cli::tr("valid: Tron address with a correct checksum."));
    else
        out(Cli::tr("valid: Tron address in hex form. In Base58: %1").arg(a->toBase58()));
    return 0;
}

// --- the table ----------------------------------------------------------------------------

const QList<Subcommand> &walletSubcommands()
{
    static const QList<Subcommand> all = {
        {QStringLiteral("new"), &newSummary, &runNew},
        {QStringLiteral("derive"), &deriveSummary, &runDerive},
        {QStringLiteral("check-address"), &checkSummary, &runCheckAddress},
        {QStringLiteral("import"), &walletImportSummary, &runWalletImport},
        {QStringLiteral("list"), &walletListSummary, &runWalletList},
        {QStringLiteral("address"), &walletAddressSummary, &runWalletAddress},
    };
    return all;
}

QString walletUsage()
{
    int widest = 0;
    for (const Subcommand &s : walletSubcommands())
        widest = qMax(widest, int(s.name.size()));
    QString text =
        Cli::tr("Usage: kassa-cli wallet <subcommand> [options]") + QLatin1Char('\n') + Cli::tr("Subcommands:");
    for (const Subcommand &s : walletSubcommands())
        text += QStringLiteral("\n  ") + s.name.leftJustified(widest + 2) + s.summary();
    text += QLatin1Char('\n') + Cli::tr("Run “kassa-cli wallet <subcommand> --help” for its options.");
    return text;
}

QString walletSummary()
{
    return Cli::tr("Wallets: new recovery phrases, import, list, receive addresses, address checks.");
}

int runWallet(const Context &context, const QStringList &args)
{
    if (args.size() < 2) {
        err(walletUsage());
        return 2;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out(walletUsage());
        return 0;
    }
    for (const Subcommand &s : walletSubcommands()) {
        if (s.name == name)
            return s.run(context, QStringList {args.first() + QLatin1Char(' ') + name} + args.mid(2));
    }
    err(Cli::tr("Unknown wallet subcommand “%1”.").arg(name) + QLatin1Char('\n') + walletUsage());
    return 2;
}

} // namespace

Command walletCommand()
{
    return {QStringLiteral("wallet"), &walletSummary, &runWallet};
}

} // namespace kassa::cli
