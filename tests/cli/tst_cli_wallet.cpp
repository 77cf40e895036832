// kassa-cli wallet, run as the real program: new phrases, receive addresses
// from a phrase file or an account xpub (checked against reference/chains.md
// §5 and the library), address checks, and every usage error a person can
// make — without a secret ever showing up in the output.
#include "TestSupport.h"
#include "crypto/Bip44.h"
#include "crypto/Mnemonic.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kassa;

namespace {

const QString kAbandon =
    QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
const QString kTronAccountXpub = QStringLiteral(
    "xpub6D1AabNHCupeiLM65ZR9UStMhJ1vCpyV4XbZdyhMZBiJXALQtmn9p42VTQckoHVn8WNqS7dqnJokZHAHcHGoaQgmv8D45oNUKx6DZMNZBCd");
const QString kEthChainXpub = QStringLiteral(
    "xpub6EF8jXqFeFEW5bwMU7RpQtHkzE4KJxcqJtvkCjJumzW8CPpacXkb92ek4WzLQXjL93HycJwTPUAcuNxCqFPKKU5m5Z2Vq4nCyh5CyPeBFFr");

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(test::binaryDir() + QStringLiteral("/app/kassa-cli"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

Run wallet(const QStringList &args)
{
    return cli(QStringList {QStringLiteral("wallet")} + args);
}

QString writeFile(const test::TempProfile &dir, const QString &name, const QByteArray &content,
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    const QString path = dir.file(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    file.close();
    file.setPermissions(permissions);
    return path;
}

// What the library says, for cases without a published vector.
QString expectedAddress(const QString &phrase, const QString &passphrase, crypto::bip44::Coin coin,
    std::uint32_t account, std::uint32_t index)
{
    const auto master = crypto::ExtendedPrivateKey::fromSeed(crypto::Mnemonic::parse(phrase)->seed(passphrase).value());
    const auto node = master->derivePath(crypto::bip44::receivePath(coin, account, index));
    return coin == crypto::bip44::Coin::Tron ? crypto::TronAddress::fromPublicKey(node->publicKey()).toBase58()
                                             : crypto::EthAddress::fromPublicKey(node->publicKey()).toChecksumString();
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliWallet : public QObject
{
    Q_OBJECT

private:
    test::TempProfile m_dir;
    QString m_abandonFile;

private Q_SLOTS:
    void initTestCase() { m_abandonFile = writeFile(m_dir, QStringLiteral("abandon.txt"), kAbandon.toUtf8() + '\n'); }

    void usage()
    {
        const Run none = wallet({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains(QStringLiteral("check-address")));
        const Run help = wallet({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *sub : {"new", "derive", "check-address"})
            QVERIFY2(help.out.contains(QLatin1String(sub)), sub);
        const Run unknown = wallet({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("wallet")));
        const Run deriveHelp = wallet({QStringLiteral("derive"), QStringLiteral("--help")});
        QCOMPARE(deriveHelp.code, 0);
        QVERIFY(deriveHelp.out.contains(QStringLiteral("--mnemonic-file")));
    }

    void newPrintsAFreshPhraseOnce()
    {
        const Run r = wallet({QStringLiteral("new")});
        QCOMPARE(r.code, 0);
        const QStringList words = r.out.trimmed().split(QLatin1Char(' '));
        QCOMPARE(words.size(), 24);
        KASSA_VERIFY_OK(crypto::Mnemonic::parse(r.out));
        QVERIFY(r.err.contains(QStringLiteral("Write these words down")));
        QVERIFY(!r.err.contains(words.first() + QLatin1Char(' ') + words.at(1))); // the warning does not repeat it

        const Run twelve = wallet({QStringLiteral("new"), QStringLiteral("--words"), QStringLiteral("12")});
        QCOMPARE(twelve.code, 0);
        QCOMPARE(twelve.out.trimmed().split(QLatin1Char(' ')).size(), 12);
        KASSA_VERIFY_OK(crypto::Mnemonic::parse(twelve.out));
        QVERIFY(twelve.out != wallet({QStringLiteral("new"), QStringLiteral("--words=12")}).out);

        for (const char *bad : {"13", "15", "0", "twelve", ""}) {
            const Run e = wallet({QStringLiteral("new"), QStringLiteral("--words"), QLatin1String(bad)});
            QCOMPARE(e.code, 2);
            QVERIFY(e.out.isEmpty());
        }
        QCOMPARE(wallet({QStringLiteral("new"), QStringLiteral("extra")}).code, 2);

        // The warning in the person's language.
        const Run dutch = wallet({QStringLiteral("new"), QStringLiteral("--language"), QStringLiteral("nl")});
        QCOMPARE(dutch.code, 0);
        QVERIFY2(dutch.err.contains(QStringLiteral("Schrijf")), qPrintable(dutch.err));
    }

    // reference/chains.md §5.
    void deriveFromAPhrase_data()
    {
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("index");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QStringList>("addresses");
        QTest::newRow("eth 0-1") << "eth"
                                 << "0"
                                 << "2"
                                 << QStringList {QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"),
                                        QStringLiteral("0x6Fac4D18c912343BF86fa7049364Dd4E424Ab9C0")};
        QTest::newRow("tron 0-2") << "tron"
                                  << "0"
                                  << "3"
                                  << QStringList {QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"),
                                         QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK"),
                                         QStringLiteral("TYJPRrdB5APNeRs4R7fYZSwW3TcrTKw2gx")};
        QTest::newRow("tron 1 only") << "tron"
                                     << "1"
                                     << "1" << QStringList {QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK")};
    }
    void deriveFromAPhrase()
    {
        QFETCH(QString, chain);
        QFETCH(QString, index);
        QFETCH(QString, count);
        QFETCH(QStringList, addresses);
        const QStringList args = {QStringLiteral("derive"), QStringLiteral("--chain"), chain,
            QStringLiteral("--mnemonic-file"), m_abandonFile, QStringLiteral("--index"), index,
            QStringLiteral("--count"), count};
        const Run r = wallet(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lines(r.out), addresses);
        QVERIFY(!r.out.contains(QStringLiteral("abandon")) && !r.err.contains(QStringLiteral("abandon")));

        const Run json = wallet(args + QStringList {QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(a.size(), addresses.size());
        const QString coin = chain == QLatin1String("tron") ? QStringLiteral("195") : QStringLiteral("60");
        for (int i = 0; i < a.size(); ++i) {
            const QJsonObject o = a[i].toObject();
            const int n = index.toInt() + i;
            QCOMPARE(o.value(QStringLiteral("index")).toInt(), n);
            QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("m/44'/%1'/0'/0/%2").arg(coin).arg(n));
            QCOMPARE(o.value(QStringLiteral("address")).toString(), addresses[i]);
        }
    }

    void passphraseAndAccount()
    {
        // A passphrase file written by `echo` ends with a line break; it is not part of the passphrase.
        const QString passphrase = QStringLiteral("caf\u00e9 ☕");
        const QString withNewline = writeFile(m_dir, QStringLiteral("pass1"), passphrase.toUtf8() + '\n');
        const QString without = writeFile(m_dir, QStringLiteral("pass2"), passphrase.toUtf8());
        const QString expected = expectedAddress(kAbandon, passphrase, crypto::bip44::Coin::Ethereum, 3, 7);
        for (const QString &file : {withNewline, without}) {
            const Run r = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("eth"),
                QStringLiteral("--mnemonic-file"), m_abandonFile, QStringLiteral("--passphrase-file"), file,
                QStringLiteral("--account"), QStringLiteral("3"), QStringLiteral("--index"), QStringLiteral("7")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(r.out.trimmed(), expected);
            QVERIFY(!r.out.contains(QStringLiteral("caf")) && !r.err.contains(QStringLiteral("caf")));
        }
        QVERIFY(expected != expectedAddress(kAbandon, QString(), crypto::bip44::Coin::Ethereum, 3, 7));
        // Messy spacing and capitals in the phrase file are fine.
        const QString messy = writeFile(m_dir, QStringLiteral("messy.txt"),
            QStringLiteral("  Abandon abandon\nabandon abandon abandon abandon\r\n abandon abandon abandon abandon "
                           "abandon ABOUT\n\n")
                .toUtf8());
        const Run r = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("tron"),
            QStringLiteral("--mnemonic-file"), messy, QStringLiteral("--index"), QStringLiteral("0")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"));
    }

    void deriveFromAnXpub()
    {
        const Run tron = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("tron"),
            QStringLiteral("--xpub"), kTronAccountXpub, QStringLiteral("--index"), QStringLiteral("0"),
            QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(tron.code == 0, qPrintable(tron.err));
        const QJsonArray a = QJsonDocument::fromJson(tron.out.toUtf8()).array();
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[2].toObject().value(QStringLiteral("address")).toString(),
            QStringLiteral("TYJPRrdB5APNeRs4R7fYZSwW3TcrTKw2gx"));
        QCOMPARE(
            a[2].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("0/2")); // relative to the xpub
        // The chain-level xpub (…/0) that chains.md publishes.
        const Run eth = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), kEthChainXpub, QStringLiteral("--index"), QStringLiteral("1")});
        QCOMPARE(eth.code, 0);
        QCOMPARE(eth.out.trimmed(), QStringLiteral("0x6Fac4D18c912343BF86fa7049364Dd4E424Ab9C0"));
        // Many at once.
        const Run many = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), kEthChainXpub, QStringLiteral("--index"), QStringLiteral("100"),
            QStringLiteral("--count"), QStringLiteral("1000")});
        QCOMPARE(many.code, 0);
        const QStringList all = lines(many.out);
        QCOMPARE(all.size(), 1000);
        QCOMPARE(all.last(), expectedAddress(kAbandon, QString(), crypto::bip44::Coin::Ethereum, 0, 1099));
    }

    void deriveRefusesBadUse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString xpub = kTronAccountXpub;
        QTest::newRow("no chain") << QStringList {QStringLiteral("--xpub"), xpub, QStringLiteral("--index"),
            QStringLiteral("0")} << 2
                                  << "--chain";
        QTest::newRow("unknown chain") << QStringList {QStringLiteral("--chain"), QStringLiteral("btc"),
            QStringLiteral("--xpub"), xpub, QStringLiteral("--index"), QStringLiteral("0")}
                                       << 2 << "btc";
        QTest::newRow("no source") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--index"), QStringLiteral("0")}
                                   << 2 << "--xpub";
        QTest::newRow("two sources") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--mnemonic-file"), QStringLiteral("x"), QStringLiteral("--xpub"), xpub,
            QStringLiteral("--index"), QStringLiteral("0")}
                                     << 2 << "exactly one";
        QTest::newRow("account with an xpub") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), xpub, QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--index"),
            QStringLiteral("0")} << 2 << "--account";
        QTest::newRow("no index") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), xpub}
                                  << 2 << "--index";
        for (const char *bad : {"-1", "01", "2147483648", "1e3", " 1", "x"}) {
            QTest::addRow("index %s", bad) << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
                QStringLiteral("--xpub"), xpub, QStringLiteral("--index"), QLatin1String(bad)}
                                           << 2 << "--index";
        }
        QTest::newRow("count 0") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), xpub, QStringLiteral("--index"), QStringLiteral("0"), QStringLiteral("--count"),
            QStringLiteral("0")} << 2
                                 << "--count";
        QTest::newRow("count too large") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), xpub, QStringLiteral("--index"), QStringLiteral("0"), QStringLiteral("--count"),
            QStringLiteral("1000001")} << 2
                                         << "--count";
        QTest::newRow("past the last index") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), xpub, QStringLiteral("--index"), QStringLiteral("2147483647"),
            QStringLiteral("--count"), QStringLiteral("2")}
                                             << 2 << "2147483647";
        QTest::newRow("stray argument") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), xpub, QStringLiteral("--index"), QStringLiteral("0"), QStringLiteral("extra")}
                                        << 2 << "extra";
        QTest::newRow("xprv as xpub") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"),
            QStringLiteral("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3T"
                           "GtRBeJgk33yuGBxrMPHi"),
            QStringLiteral("--index"), QStringLiteral("0")}
                                      << 1 << "private key";
        QTest::newRow("master xpub") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"),
            QStringLiteral("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265T"
                           "Mg7usUDFdp6W1EGMcet8"),
            QStringLiteral("--index"), QStringLiteral("0")}
                                     << 1 << "depth 0";
        QTest::newRow("typo in the xpub") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--xpub"), xpub.left(30) + QLatin1Char('z') + xpub.mid(31), QStringLiteral("--index"),
            QStringLiteral("0")} << 1 << "checksum";
        QTest::newRow("missing phrase file") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--mnemonic-file"), QStringLiteral("/nonexistent/words.txt"), QStringLiteral("--index"),
            QStringLiteral("0")} << 1 << "/nonexistent/words.txt";
    }
    void deriveRefusesBadUse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = wallet(QStringList {QStringLiteral("derive")} + args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void badPhraseFiles()
    {
        const QString typo = writeFile(m_dir, QStringLiteral("typo.txt"),
            QStringLiteral(
                "abandon abandon abandon abandon abandon abandon abandn abandon abandon abandon abandon about")
                .toUtf8());
        const Run r = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--mnemonic-file"), typo, QStringLiteral("--index"), QStringLiteral("0")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(
            r.err.contains(QStringLiteral("Word 7")) && r.err.contains(QStringLiteral("abandn")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("abandon"))); // the suggestion

        const QString checksum =
            writeFile(m_dir, QStringLiteral("checksum.txt"), QStringLiteral("abandon ").repeated(12).toUtf8());
        const Run c = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--mnemonic-file"), checksum, QStringLiteral("--index"), QStringLiteral("0")});
        QCOMPARE(c.code, 1);
        QVERIFY(c.err.contains(QStringLiteral("checksum")));

        const QString latin1 = writeFile(m_dir, QStringLiteral("latin1.txt"), QByteArray("caf\xe9"));
        const Run l = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--mnemonic-file"), m_abandonFile, QStringLiteral("--passphrase-file"), latin1,
            QStringLiteral("--index"), QStringLiteral("0")});
        QCOMPARE(l.code, 1);
        QVERIFY(l.err.contains(QStringLiteral("UTF-8")));

        const QString huge = writeFile(m_dir, QStringLiteral("huge.txt"), QByteArray(100000, 'a'));
        const Run h = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--mnemonic-file"), huge, QStringLiteral("--index"), QStringLiteral("0")});
        QCOMPARE(h.code, 1);
        QVERIFY(h.err.contains(QStringLiteral("too large")));

        // A phrase file others can read still works, with a warning.
        const QString open = writeFile(m_dir, QStringLiteral("open.txt"), kAbandon.toUtf8(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const Run o = wallet({QStringLiteral("derive"), QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("--mnemonic-file"), open, QStringLiteral("--index"), QStringLiteral("0")});
        QCOMPARE(o.code, 0);
        QVERIFY(o.err.contains(QStringLiteral("chmod 600")));
        QCOMPARE(o.out.trimmed(), QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
    }

    void checkAddress_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("EIP-55") << QStringList {QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")} << 0
                                << "valid";
        QTest::newRow("all lower shows the checksum")
            << QStringList {QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")} << 0
            << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        QTest::newRow("bad checksum") << QStringList {QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")} << 1
                                      << "checksum";
        QTest::newRow("short") << QStringList {QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA")} << 1
                               << "invalid";
        QTest::newRow("Tron") << QStringList {QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")} << 0 << "valid";
        QTest::newRow("Tron hex shows Base58")
            << QStringList {QStringLiteral("41a614f803b6fd780986a42c78ec9c7f77e6ded13c")} << 0
            << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
        QTest::newRow("Tron typo") << QStringList {QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T")} << 1
                                   << "invalid";
        QTest::newRow("EVM address as Tron") << QStringList {QStringLiteral("--chain"), QStringLiteral("tron"),
            QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")}
                                             << 1 << "Tron";
        QTest::newRow("Tron address as EVM") << QStringList {QStringLiteral("--chain"), QStringLiteral("eth"),
            QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")}
                                             << 1 << "Ethereum";
        QTest::newRow("garbage") << QStringList {QStringLiteral("hello")} << 1 << "invalid";
        QTest::newRow("no address") << QStringList {} << 2 << "exactly one";
        QTest::newRow("two addresses") << QStringList {QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
            QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")}
                                       << 2 << "exactly one";
        QTest::newRow("unknown chain") << QStringList {QStringLiteral("--chain"), QStringLiteral("sol"),
            QStringLiteral("x")} << 2 << "sol";
    }
    void checkAddress()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = wallet(QStringList {QStringLiteral("check-address")} + args);
        QCOMPARE(r.code, code);
        const QString all = r.out + r.err;
        QVERIFY2(all.contains(message), qPrintable(all));
    }
};

KASSA_TEST_MAIN(TestCliWallet)
#include "tst_cli_wallet.moc"
