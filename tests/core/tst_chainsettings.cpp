// ChainSettings: the defaults are real (contracts that parse, the decimals
// of chains.md §0, everything off), the [chain.<id>] groups of kassa.conf
// override them, every bad key is refused by name, and save/load round-trip.
#include "TestSupport.h"
#include "chain/ChainSettings.h"
#include "profile/Config.h"
#include "profile/Logging.h"

#include <QFile>
#include <QSettings>

using namespace kassa;
using namespace kassa::chain;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

const ChainSettings *find(const QList<ChainSettings> &chains, const QString &id)
{
    for (const ChainSettings &c : chains) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestChainSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreRealAndOff()
    {
        const QList<ChainSettings> chains = ChainSettingsFile::allDefaults();
        QCOMPARE(chains.size(), 6);
        const QStringList expectedIds = {QStringLiteral("ethereum"), QStringLiteral("bsc"), QStringLiteral("polygon"),
            QStringLiteral("arbitrum"), QStringLiteral("base"), QStringLiteral("tron")};
        for (int i = 0; i < chains.size(); ++i) {
            const ChainSettings &c = chains[i];
            QCOMPARE(c.id, expectedIds[i]);
            QVERIFY2(!c.enabled, qPrintable(c.id));
            QVERIFY2(!c.httpEndpoints.isEmpty(), qPrintable(c.id));
            QCOMPARE(c.tokens.size(), 1);
            QCOMPARE(c.tokens.first().symbol, QStringLiteral("USDT"));
            // The contract passes the same strict parsing (EIP-55 / Base58Check)
            // a person's input does, and the whole default validates.
            QVERIFY2(!ChainSettingsFile::canonicalContract(c.tokens.first().contract, c.family).isEmpty(),
                qPrintable(c.tokens.first().contract));
            const auto issues = ChainSettingsFile::validate(c);
            QVERIFY2(issues.isEmpty(), qPrintable(c.id + QStringLiteral(": ") + issues.value(0).message));
            ChainSettings on = c;
            on.enabled = true;
            QVERIFY2(ChainSettingsFile::validate(on).isEmpty(), qPrintable(c.id));
            QVERIFY(c.pollIntervalMs >= 100);
            QCOMPARE(c.finality, FinalityPolicy::Finalized);
        }
        QCOMPARE(find(chains, QStringLiteral("ethereum"))->chainId, 1u);
        QCOMPARE(find(chains, QStringLiteral("bsc"))->chainId, 56u);
        QCOMPARE(find(chains, QStringLiteral("polygon"))->chainId, 137u);
        QCOMPARE(find(chains, QStringLiteral("arbitrum"))->chainId, 42161u);
        QCOMPARE(find(chains, QStringLiteral("base"))->chainId, 8453u);
        QCOMPARE(find(chains, QStringLiteral("ethereum"))->tokens.first().contract,
            QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7"));
        QCOMPARE(find(chains, QStringLiteral("ethereum"))->tokens.first().decimals, 6);
        QCOMPARE(find(chains, QStringLiteral("bsc"))->tokens.first().decimals, 18); // BSC USDT: 18
        QCOMPARE(find(chains, QStringLiteral("polygon"))->tokens.first().decimals, 6);
        const ChainSettings *tron = find(chains, QStringLiteral("tron"));
        QCOMPARE(tron->family, ChainFamily::Tron);
        QCOMPARE(tron->tokens.first().contract, QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QCOMPARE(tron->tokens.first().decimals, 6);
        QVERIFY(tron->wsEndpoints.isEmpty());
        QVERIFY(!tron->tronGridUrl.isEmpty());
        QVERIFY(tron->apiKey.isEmpty());
        // Every public endpoint is encrypted.
        for (const ChainSettings &c : chains) {
            for (const QUrl &url : c.httpEndpoints + c.wsEndpoints)
                QVERIFY2(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("wss"),
                    qPrintable(url.toString()));
        }
        QVERIFY(!find(chains, QStringLiteral("local")));
        QVERIFY(ChainSettingsFile::defaults(QStringLiteral("local")));
        QVERIFY(!ChainSettingsFile::defaults(QStringLiteral("dogecoin")));
    }

    void missingFileGivesTheDefaults()
    {
        test::TempProfile tmp;
        auto chains = ChainSettingsFile::load(tmp.file(QStringLiteral("none.conf")));
        KASSA_VERIFY_OK(chains);
        QCOMPARE(chains.value(), ChainSettingsFile::allDefaults());
    }

    void groupsOverrideTheDefaults()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        writeFile(path,
            "[ui]\nlanguage=nl\n"
            "[chain.ethereum]\nenabled=true\n"
            "http=https://eth.example.com/rpc, https://backup.example.org\n"
            "ws=wss://eth.example.com/ws\n"
            "tokens=USDT:0xdAC17F958D2ee523a2206206994597C13D831ec7:6, "
            "USDC:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48:6\n"
            "finality=depth\nconfirmations=20\npoll_ms=2500\n"
            "[chain.tron]\nenabled=true\nhttp=https://tron.example.com\n"
            "trongrid_url=https://grid.example.com\napi_key=0a1b2c3d-4e5f\nfinality=solidified\n");
        auto chains = ChainSettingsFile::load(path);
        KASSA_VERIFY_OK(chains);
        const ChainSettings *eth = find(chains.value(), QStringLiteral("ethereum"));
        QVERIFY(eth->enabled);
        QCOMPARE(eth->httpEndpoints,
            QList<QUrl>({QUrl(QStringLiteral("https://eth.example.com/rpc")),
                QUrl(QStringLiteral("https://backup.example.org"))}));
        QCOMPARE(eth->wsEndpoints, QList<QUrl>({QUrl(QStringLiteral("wss://eth.example.com/ws"))}));
        QCOMPARE(eth->tokens.size(), 2);
        QCOMPARE(eth->tokens[1].symbol, QStringLiteral("USDC"));
        QCOMPARE(eth->finality, FinalityPolicy::Depth);
        QCOMPARE(eth->confirmations, 20);
        QCOMPARE(eth->pollIntervalMs, 2500);
        QCOMPARE(eth->chainId, 1u); // not in the group: the default stays
        const ChainSettings *tron = find(chains.value(), QStringLiteral("tron"));
        QVERIFY(tron->enabled);
        QCOMPARE(tron->apiKey, QStringLiteral("0a1b2c3d-4e5f"));
        QCOMPARE(tron->tronGridUrl, QUrl(QStringLiteral("https://grid.example.com")));
        QCOMPARE(tron->finality, FinalityPolicy::Finalized);
        QVERIFY(!find(chains.value(), QStringLiteral("bsc"))->enabled);
        QVERIFY(!find(chains.value(), QStringLiteral("local")));
        // Lookups by contract ignore letter case.
        QVERIFY(eth->token(QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7")));
        QVERIFY(!eth->token(QStringLiteral("0x55d398326f99059ff775485246999027b3197955")));
    }

    void theLocalNetworkAppearsOnlyWhenConfigured()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        writeFile(path,
            "[chain.local]\nenabled=true\nchain_id=1337\nhttp=http://127.0.0.1:9545\nws=ws://localhost:9545\n"
            "tokens=TST:0x5FbDB2315678afecb367f032d93F642f64180aa3:6\n");
        auto chains = ChainSettingsFile::load(path);
        KASSA_VERIFY_OK(chains);
        QCOMPARE(chains->size(), 7);
        const ChainSettings &local = chains->last();
        QCOMPARE(local.id, QStringLiteral("local"));
        QVERIFY(local.isLocal());
        QCOMPARE(local.chainId, 1337u);
        QCOMPARE(local.finality, FinalityPolicy::Depth);
        QCOMPARE(local.httpEndpoints.first().port(), 9545);
        QVERIFY(!local.displayName().isEmpty());
    }

    void saveAndLoadRoundTrip_data()
    {
        QTest::addColumn<ChainSettings>("settings");
        ChainSettings eth = *ChainSettingsFile::defaults(QStringLiteral("ethereum"));
        eth.enabled = true;
        eth.httpEndpoints = {QUrl(QStringLiteral("https://one.example.com/v3/abc"))};
        eth.wsEndpoints.clear();
        eth.finality = FinalityPolicy::Depth;
        eth.confirmations = 7;
        QTest::newRow("one endpoint, no websocket") << eth;
        ChainSettings bsc = *ChainSettingsFile::defaults(QStringLiteral("bsc"));
        bsc.enabled = true;
        bsc.tokens << TokenContract {
            QStringLiteral("USDC"), QStringLiteral("0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d"), 18};
        QTest::newRow("two tokens, several endpoints") << bsc;
        ChainSettings tron = *ChainSettingsFile::defaults(QStringLiteral("tron"));
        tron.enabled = true;
        tron.apiKey = QStringLiteral("5f3c-key");
        tron.httpEndpoints << QUrl(QStringLiteral("https://full.example.net:8090"));
        QTest::newRow("tron with a key") << tron;
        ChainSettings local = *ChainSettingsFile::defaults(QStringLiteral("local"));
        local.enabled = true;
        local.tokens = {
            TokenContract {QStringLiteral("TST"), QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3"), 18}};
        QTest::newRow("local") << local;
    }

    void saveAndLoadRoundTrip()
    {
        QFETCH(ChainSettings, settings);
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        writeFile(path, "[ui]\nlanguage=ja\n");
        KASSA_VERIFY_OK(ChainSettingsFile::save(path, settings));
        auto chains = ChainSettingsFile::load(path);
        KASSA_VERIFY_OK(chains);
        const ChainSettings *back = find(chains.value(), settings.id);
        QVERIFY(back);
        QCOMPARE(*back, settings);
        // A person can read and edit what was written.
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.contains(QByteArray("[chain." + settings.id.toUtf8() + "]")));
        QVERIFY(
            text.contains(QByteArray("tokens=" + ChainSettingsFile::formatToken(settings.tokens.first()).toUtf8())));
        QVERIFY(text.contains("enabled=true"));
        // The rest of the file is untouched, and the whole file still loads.
        QSettings ini(path, QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        auto config = Config::load(path);
        KASSA_VERIFY_OK(config);
        QCOMPARE(*config->chain(settings.id), settings);
        // Saving again replaces the group instead of adding to it.
        ChainSettings changed = settings;
        changed.enabled = false;
        changed.pollIntervalMs = 777;
        KASSA_VERIFY_OK(ChainSettingsFile::save(path, changed));
        QCOMPARE(*find(ChainSettingsFile::load(path).value(), settings.id), changed);
    }

    void configSavesAChain()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        auto config = Config::load(path);
        KASSA_VERIFY_OK(config);
        QCOMPARE(config->chains(), ChainSettingsFile::allDefaults());
        ChainSettings polygon = *config->chain(QStringLiteral("polygon"));
        polygon.enabled = true;
        KASSA_VERIFY_OK(config->setChain(polygon));
        QVERIFY(config->chain(QStringLiteral("polygon"))->enabled);
        QVERIFY(Config::load(path)->chain(QStringLiteral("polygon"))->enabled);

        ChainSettings broken = polygon;
        broken.httpEndpoints = {QUrl(QStringLiteral("http://node.example.com"))};
        const auto refused = config->setChain(broken);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("http")));
        QCOMPARE(Config::load(path)->chain(QStringLiteral("polygon"))->httpEndpoints, polygon.httpEndpoints);
    }

    void rejectsBadKeysByName_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown chain") << QByteArray("[chain.dogecoin]\nenabled=true\n")
                                       << QStringLiteral("[chain.dogecoin]");
        QTest::newRow("unknown key") << QByteArray("[chain.ethereum]\nenbled=true\n")
                                     << QStringLiteral("chain.ethereum/enbled");
        QTest::newRow("ws on tron") << QByteArray("[chain.tron]\nws=wss://x.example.com\n")
                                    << QStringLiteral("chain.tron/ws");
        QTest::newRow("api key on evm") << QByteArray("[chain.bsc]\napi_key=abc\n")
                                        << QStringLiteral("chain.bsc/api_key");
        QTest::newRow("enabled yes") << QByteArray("[chain.ethereum]\nenabled=yes\n")
                                     << QStringLiteral("chain.ethereum/enabled");
        QTest::newRow("wrong chain id") << QByteArray("[chain.ethereum]\nchain_id=56\n")
                                        << QStringLiteral("chain.ethereum/chain_id");
        QTest::newRow("chain id text") << QByteArray("[chain.local]\nchain_id=abc\n")
                                       << QStringLiteral("chain.local/chain_id");
        QTest::newRow("plain http to a remote host")
            << QByteArray("[chain.ethereum]\nhttp=http://node.example.com\n") << QStringLiteral("chain.ethereum/http");
        QTest::newRow("credentials in the url")
            << QByteArray("[chain.ethereum]\nhttp=https://user:pw@node.example.com\n")
            << QStringLiteral("chain.ethereum/http");
        QTest::newRow("ws scheme for http")
            << QByteArray("[chain.ethereum]\nhttp=wss://node.example.com\n") << QStringLiteral("chain.ethereum/http");
        QTest::newRow("https scheme for ws")
            << QByteArray("[chain.base]\nws=https://node.example.com\n") << QStringLiteral("chain.base/ws");
        QTest::newRow("endpoint twice") << QByteArray(
            "[chain.base]\nhttp=https://a.example.com, https://a.example.com\n")
                                        << QStringLiteral("chain.base/http");
        QTest::newRow("token without decimals")
            << QByteArray("[chain.ethereum]\ntokens=USDT:0xdAC17F958D2ee523a2206206994597C13D831ec7\n")
            << QStringLiteral("chain.ethereum/tokens");
        QTest::newRow("token with a bad checksum")
            << QByteArray("[chain.ethereum]\ntokens=USDT:0xdAC17F958D2ee523a2206206994597C13D831eC7:6\n")
            << QStringLiteral("chain.ethereum/tokens");
        QTest::newRow("tron contract on evm")
            << QByteArray("[chain.ethereum]\ntokens=USDT:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t:6\n")
            << QStringLiteral("chain.ethereum/tokens");
        QTest::newRow("evm contract on tron")
            << QByteArray("[chain.tron]\ntokens=USDT:0xdAC17F958D2ee523a2206206994597C13D831ec7:6\n")
            << QStringLiteral("chain.tron/tokens");
        QTest::newRow("zero contract") << QByteArray(
            "[chain.ethereum]\ntokens=USDT:0x0000000000000000000000000000000000000000:6\n")
                                       << QStringLiteral("chain.ethereum/tokens");
        QTest::newRow("decimals negative")
            << QByteArray("[chain.ethereum]\ntokens=USDT:0xdAC17F958D2ee523a2206206994597C13D831ec7:-1\n")
            << QStringLiteral("chain.ethereum/tokens");
        QTest::newRow("decimals huge") << QByteArray(
            "[chain.ethereum]\ntokens=USDT:0xdAC17F958D2ee523a2206206994597C13D831ec7:99\n")
                                       << QStringLiteral("chain.ethereum/tokens");
        QTest::newRow("same contract twice")
            << QByteArray("[chain.ethereum]\ntokens=USDT:0xdAC17F958D2ee523a2206206994597C13D831ec7:6, "
                          "USDX:0xdac17f958d2ee523a2206206994597c13d831ec7:6\n")
            << QStringLiteral("chain.ethereum/tokens");
        QTest::newRow("bad symbol") << QByteArray(
            "[chain.ethereum]\ntokens=US DT:0xdAC17F958D2ee523a2206206994597C13D831ec7:6\n")
                                    << QStringLiteral("chain.ethereum/tokens");
        QTest::newRow("solidified on evm")
            << QByteArray("[chain.ethereum]\nfinality=solidified\n") << QStringLiteral("chain.ethereum/finality");
        QTest::newRow("finalized on tron")
            << QByteArray("[chain.tron]\nfinality=finalized\n") << QStringLiteral("chain.tron/finality");
        QTest::newRow("confirmations zero")
            << QByteArray("[chain.polygon]\nconfirmations=0\n") << QStringLiteral("chain.polygon/confirmations");
        QTest::newRow("confirmations text")
            << QByteArray("[chain.polygon]\nconfirmations=many\n") << QStringLiteral("chain.polygon/confirmations");
        QTest::newRow("poll too fast") << QByteArray("[chain.polygon]\npoll_ms=5\n")
                                       << QStringLiteral("chain.polygon/poll_ms");
        QTest::newRow("enabled without endpoints")
            << QByteArray("[chain.arbitrum]\nenabled=true\nhttp=\n") << QStringLiteral("chain.arbitrum/http");
        QTest::newRow("enabled without tokens")
            << QByteArray("[chain.local]\nenabled=true\n") << QStringLiteral("chain.local/tokens");
        QTest::newRow("api key with a space")
            << QByteArray("[chain.tron]\napi_key=\"abc def\"\n") << QStringLiteral("chain.tron/api_key");
    }

    void rejectsBadKeysByName()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        writeFile(path, content);
        auto chains = ChainSettingsFile::load(path);
        QVERIFY(!chains.ok());
        QCOMPARE(chains.error().code, ErrorCode::Config);
        QVERIFY2(chains.error().message.contains(key), qPrintable(chains.error().message));
        QVERIFY2(chains.error().userMessage.contains(key), qPrintable(chains.error().userMessage));
        QVERIFY(chains.error().userMessage.contains(path));
        QVERIFY(!chains.error().hint.isEmpty());
        // Config refuses the whole file the same way.
        auto config = Config::load(path);
        QVERIFY(!config.ok());
        QVERIFY(config.error().message.contains(key));
    }

    void theApiKeyStaysOutOfErrorsAndLogs()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("kassa.conf"));
        writeFile(path, "[chain.tron]\napi_key=\"s3cret key\"\n");
        auto chains = ChainSettingsFile::load(path);
        QVERIFY(!chains.ok());
        QVERIFY(!chains.error().message.contains(QLatin1String("s3cret")));
        QVERIFY(!chains.error().userMessage.contains(QLatin1String("s3cret")));
        // The log's second line of defence masks the key in the forms it can
        // appear in: the kassa.conf line and TronGrid's request header.
        QVERIFY(!logging::redact(QStringLiteral("api_key=0a1b2c3d-4e5f")).contains(QLatin1String("0a1b2c3d")));
        QVERIFY(
            !logging::redact(QStringLiteral("TRON-PRO-API-KEY: 0a1b2c3d-4e5f")).contains(QLatin1String("0a1b2c3d")));
        QVERIFY(!logging::redact(QStringLiteral("trongrid_api_key=0a1b2c3d")).contains(QLatin1String("0a1b2c3d")));
    }

    void tokenEntries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("evm");
        QTest::addColumn<bool>("ok");
        QTest::newRow("evm lower") << QStringLiteral("USDT:0xdac17f958d2ee523a2206206994597c13d831ec7:6") << true
                                   << true;
        QTest::newRow("evm spaces") << QStringLiteral(" USDT : 0xdAC17F958D2ee523a2206206994597C13D831ec7 : 6 ") << true
                                    << true;
        QTest::newRow("tron") << QStringLiteral("USDT:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t:6") << false << true;
        QTest::newRow("tron hex41") << QStringLiteral("USDT:41a614f803b6fd780986a42c78ec9c7f77e6ded13c:6") << false
                                    << true;
        QTest::newRow("four parts") << QStringLiteral("USDT:0xdac17f958d2ee523a2206206994597c13d831ec7:6:1") << true
                                    << false;
        QTest::newRow("decimals plus") << QStringLiteral("USDT:0xdac17f958d2ee523a2206206994597c13d831ec7:+6") << true
                                       << false;
        QTest::newRow("empty symbol") << QStringLiteral(":0xdac17f958d2ee523a2206206994597c13d831ec7:6") << true
                                      << false;
        QTest::newRow("short contract") << QStringLiteral("USDT:0xdac17f958d2ee523:6") << true << false;
    }

    void tokenEntries()
    {
        QFETCH(QString, text);
        QFETCH(bool, evm);
        QFETCH(bool, ok);
        const auto token = ChainSettingsFile::parseToken(text, evm ? ChainFamily::Evm : ChainFamily::Tron);
        QCOMPARE(token.ok(), ok);
        if (ok) {
            QCOMPARE(token->symbol, QStringLiteral("USDT"));
            QCOMPARE(token->decimals, 6);
            QVERIFY(ChainSettingsFile::parseToken(
                ChainSettingsFile::formatToken(token.value()), evm ? ChainFamily::Evm : ChainFamily::Tron)
                        .ok());
        } else {
            QVERIFY(!token.error().userMessage.isEmpty());
        }
    }

    void validateNamesEachField()
    {
        ChainSettings s = *ChainSettingsFile::defaults(QStringLiteral("ethereum"));
        s.enabled = true;
        s.httpEndpoints = {QUrl(QStringLiteral("ftp://node.example.com"))};
        s.wsEndpoints = {QUrl(QStringLiteral("ws://node.example.com"))};
        s.confirmations = 0;
        s.tokens.clear();
        QStringList keys;
        for (const SettingsIssue &i : ChainSettingsFile::validate(s))
            keys << i.key;
        keys.removeDuplicates();
        keys.sort();
        QCOMPARE(keys,
            QStringList({QStringLiteral("confirmations"), QStringLiteral("http"), QStringLiteral("tokens"),
                QStringLiteral("ws")}));
    }
};

KASSA_TEST_MAIN(TestChainSettings)
#include "tst_chainsettings.moc"
