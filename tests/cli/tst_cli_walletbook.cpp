// kassa-cli wallet import|list|address and keys backup|restore, run as the
// real program on real profiles: a phrase into the system keychain (the
// gnome-keyring of with-services.sh), an xpub and an address list
// (watch-only), the next receive address, a backup restored into a profile
// that keeps its secrets in the encrypted key file — and a scan of every
// file of the profile, the backup file and all output for the secrets.
#include "TestSupport.h"
#include "WalletTestSupport.h"
#include "crypto/Hex.h"
#include "keys/KeyRing.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kassa;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QString g_allOutput; // everything any run printed, for the secret scan

Run cli(const QString &profile, const QStringList &args)
{
    QProcess p;
    p.start(test::binaryDir() + QStringLiteral("/app/kassa-cli"), QStringList {QStringLiteral("--profile"), profile} + args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
    g_allOutput += r.out + r.err;
    return r;
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

class TestCliWalletBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importListBackupRestoreAndScan()
    {
        if (!qEnvironmentVariableIsSet("KASSA_SERVICES_SESSION"))
            QSKIP("needs the Secret Service of tests/support/with-services.sh (make test runs it)");
        test::TempProfile dir;
        const QString a = dir.file(QStringLiteral("profile-a"));
        const QString b = dir.file(QStringLiteral("profile-b"));
        const QString c = dir.file(QStringLiteral("profile-c"));
        QDir().mkpath(b);
        QDir().mkpath(c);
        writeFile(b + QStringLiteral("/kassa.conf"), "[keys]\nstore=file\n");
        writeFile(c + QStringLiteral("/kassa.conf"), "[keys]\nstore=file\n");

        const auto words = crypto::Mnemonic::generate(24).value();
        const QString phrase = QString::fromLatin1(words.phrase().view());
        const QString phraseFile = writeFile(dir.file(QStringLiteral("words.txt")), phrase.toLatin1() + '\n');
        const QString passFile = writeFile(dir.file(QStringLiteral("pass.txt")), "correct horse battery staple\n");
        const QString keyPassFile = writeFile(dir.file(QStringLiteral("keypass.txt")), "key file passphrase\n");
        const QString wrongPassFile = writeFile(dir.file(QStringLiteral("wrong.txt")), "not the passphrase\n");

        // Recovery words: one wallet per family, the phrase in the system keychain.
        Run hd = cli(a, {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--mnemonic-file"), phraseFile,
                           QStringLiteral("--label"), QStringLiteral("Shop"), QStringLiteral("--role"),
                           QStringLiteral("payout"), QStringLiteral("--json")});
        QVERIFY2(hd.code == 0, qPrintable(hd.err));
        const QJsonArray made = jsonArray(hd.out);
        QCOMPARE(made.size(), 2);
        const auto evmXpub = keys::KeyRing::accountXpub(words, crypto::bip44::Coin::Ethereum, 0).value();
        QCOMPARE(made[0].toObject().value(QStringLiteral("xpub")).toString(), evmXpub.toBase58());
        const QString eth0 = crypto::ReceiveAddresses::fromXpub(evmXpub)->ethAddress(0)->toChecksumString();
        QCOMPARE(made[0].toObject().value(QStringLiteral("addresses")).toArray()[0].toObject().value(QStringLiteral("address")).toString(), eth0);
        QCOMPARE(made[1].toObject().value(QStringLiteral("family")).toString(), QStringLiteral("tron"));

        // Watch-only: an xpub and a list; a watch-only payout wallet is refused.
        const auto abandon = crypto::Mnemonic::parse(test::kAbandonPhrase).value();
        const QString tronXpub = keys::KeyRing::accountXpub(abandon, crypto::bip44::Coin::Tron, 0)->toBase58();
        Run xpub = cli(a, {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--xpub"), tronXpub,
                             QStringLiteral("--chain"), QStringLiteral("tron"), QStringLiteral("--label"), QStringLiteral("Till")});
        QVERIFY2(xpub.code == 0, qPrintable(xpub.err));
        QVERIFY(xpub.out.contains(test::kAbandonTron0));
        Run payoutWatch = cli(a, {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--xpub"), tronXpub,
                                    QStringLiteral("--chain"), QStringLiteral("tron"), QStringLiteral("--role"), QStringLiteral("payout")});
        QCOMPARE(payoutWatch.code, 1);
        const QString listFile = writeFile(dir.file(QStringLiteral("cold.txt")),
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8\n\n0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC\n");
        Run cold = cli(a, {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--addresses"), listFile,
                             QStringLiteral("--chain"), QStringLiteral("eth"), QStringLiteral("--role"), QStringLiteral("cold"),
                             QStringLiteral("--label"), QStringLiteral("Vault")});
        QVERIFY2(cold.code == 0, qPrintable(cold.err));
        Run usage = cli(a, {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--xpub"), tronXpub,
                              QStringLiteral("--addresses"), listFile});
        QCOMPARE(usage.code, 2);

        Run next = cli(a, {QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--wallet"), QStringLiteral("1"),
                             QStringLiteral("--next")});
        QVERIFY2(next.code == 0, qPrintable(next.err));
        QCOMPARE(next.out.trimmed(), crypto::ReceiveAddresses::fromXpub(evmXpub)->ethAddress(1)->toChecksumString());
        Run noNext = cli(a, {QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--wallet"), QStringLiteral("4"),
                               QStringLiteral("--next")});
        QCOMPARE(noNext.code, 1);
        Run addresses = cli(a, {QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--wallet"), QStringLiteral("1")});
        QCOMPARE(addresses.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);

        Run list = cli(a, {QStringLiteral("wallet"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const QJsonArray wallets = jsonArray(list.out);
        QCOMPARE(wallets.size(), 4);
        QCOMPARE(wallets[2].toObject().value(QStringLiteral("watch_only")).toBool(), true);
        QCOMPARE(wallets[3].toObject().value(QStringLiteral("addresses")).toArray().size(), 2);
        Run table = cli(a, {QStringLiteral("wallet"), QStringLiteral("list")});
        QVERIFY(table.out.contains(QStringLiteral("Vault")));

        // Backup, then the scan: no secret in any file of the profile, the backup or any output.
        const QString backup = dir.file(QStringLiteral("kassa.kassabackup"));
        Run saved = cli(a, {QStringLiteral("keys"), QStringLiteral("backup"), QStringLiteral("--out"), backup,
                              QStringLiteral("--passphrase-file"), passFile});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        QCOMPARE(QFile(backup).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const crypto::SecureBytes entropy = words.entropy();
        const crypto::SecureBytes seed = words.seed().value();
        const auto key0 = keys::KeyRing::deriveKey(words, crypto::bip44::Coin::Ethereum, 0, 0).value();
        const QStringList list4 = phrase.split(QLatin1Char(' '));
        const QList<QByteArray> secrets {phrase.toLatin1(), entropy.view().toByteArray(),
            crypto::Hex::encode(entropy.view()).toLatin1(), seed.view().toByteArray(),
            crypto::Hex::encode(seed.view()).toLatin1(), key0.bytes().view().toByteArray(),
            crypto::Hex::encode(key0.bytes().view()).toLatin1(), list4.mid(8, 4).join(QLatin1Char(' ')).toLatin1(),
            QByteArray("correct horse battery staple")};
        QStringList scanned;
        QDirIterator it(a, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files {backup};
        while (it.hasNext())
            files << it.next();
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(path));
            scanned << QFileInfo(path).fileName();
        }
        QVERIFY2(scanned.contains(QStringLiteral("kassa.sqlite")) && scanned.contains(QStringLiteral("kassa.conf"))
                && scanned.contains(QStringLiteral("kassa.log")),
            qPrintable(scanned.join(QLatin1Char(' '))));
        for (const QByteArray &secret : secrets)
            QVERIFY(!g_allOutput.toLatin1().contains(secret));

        // Restore into a profile that keeps secrets in the encrypted key file.
        Run wrong = cli(c, {QStringLiteral("keys"), QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"),
                              wrongPassFile, QStringLiteral("--key-passphrase-file"), keyPassFile});
        QCOMPARE(wrong.code, 1);
        QCOMPARE(jsonArray(cli(c, {QStringLiteral("wallet"), QStringLiteral("list"), QStringLiteral("--json")}).out).size(), 0);
        Run noKeyPass = cli(b, {QStringLiteral("keys"), QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"), passFile});
        QCOMPARE(noKeyPass.code, 2);
        Run restored = cli(b, {QStringLiteral("keys"), QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"),
                                 passFile, QStringLiteral("--key-passphrase-file"), keyPassFile});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(QStringLiteral("Restored 4 wallets")));
        QVERIFY(QFile::exists(b + QStringLiteral("/keys.kassaenc")));
        const QJsonArray back = jsonArray(cli(b, {QStringLiteral("wallet"), QStringLiteral("list"), QStringLiteral("--json")}).out);
        QCOMPARE(back.size(), 4);
        QCOMPARE(back[0].toObject().value(QStringLiteral("next_index")).toInt(), 2);
        // The restored phrase is usable: a backup of B needs (and reads) the key file.
        Run again = cli(b, {QStringLiteral("keys"), QStringLiteral("backup"), QStringLiteral("--out"), dir.file(QStringLiteral("b.kassabackup")),
                              QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--key-passphrase-file"), keyPassFile});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        Run twice = cli(b, {QStringLiteral("keys"), QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"),
                              passFile, QStringLiteral("--key-passphrase-file"), keyPassFile});
        QVERIFY(twice.out.contains(QStringLiteral("4 wallets were already here")));
    }
};

KASSA_TEST_MAIN(TestCliWalletBook)
#include "tst_cli_walletbook.moc"
