// WalletsBackend: create and import wallets (all or nothing across the key
// store and the database), hand out receive addresses, audit entries, the
// in-memory receive address sets, backup and restore into a fresh profile,
// and a scan of the database bytes for any secret.
#include "RecordingKeyStore.h"
#include "WalletTestSupport.h"
#include "audit/AuditLog.h"
#include "crypto/Hex.h"
#include "engine/WalletsBackend.h"
#include "keys/KeyRing.h"

#include <QSignalSpy>

using namespace kassa;
using namespace kassa::engine;
using namespace kassa::wallets;

namespace {

struct Rig {
    test::TempProfile dir;
    ManualClock clock {1'700'000'000'000};
    test::RecordingKeyStore store;
    std::shared_ptr<store::Database> db;
    std::unique_ptr<WalletsBackend> backend;

    Rig()
    {
        db = test::openWalletDatabase(store::DatabaseUrl::sqliteFile(dir.file(QStringLiteral("kassa.sqlite"))), clock);
        backend = std::make_unique<WalletsBackend>(&store, clock, [] { return audit::Actor::system(); },
            [] { return QJsonObject {{QStringLiteral("language"), QStringLiteral("nl")}}; });
        QSignalSpy ready(backend.get(), &WalletsService::ready);
        backend->setDatabase(db);
        if (ready.isEmpty() && !ready.wait(10000))
            qFatal("backend never became ready");
    }

    Result<QList<WalletRecord>> create(const NewWallet &draft)
    {
        std::optional<Result<QList<WalletRecord>>> out;
        backend->create(draft, backend.get(), [&](Result<QList<WalletRecord>> r) { out = r; });
        test::waitForSlot(out);
        return out ? *out : Result<QList<WalletRecord>>(makeError(ErrorCode::Internal, QStringLiteral("timeout"), {}));
    }
    Result<WalletAddress> next(qint64 id)
    {
        std::optional<Result<WalletAddress>> out;
        backend->deriveNext(id, backend.get(), [&](Result<WalletAddress> r) { out = r; });
        test::waitForSlot(out);
        return *out;
    }
    QList<WalletRecord> wallets()
    {
        std::optional<Result<QList<WalletRecord>>> out;
        backend->wallets(backend.get(), [&](Result<QList<WalletRecord>> r) { out = r; });
        test::waitForSlot(out);
        return out->value();
    }
    QList<WalletAddress> addresses(qint64 id)
    {
        std::optional<Result<QList<WalletAddress>>> out;
        backend->addresses(id, backend.get(), [&](Result<QList<WalletAddress>> r) { out = r; });
        test::waitForSlot(out);
        return out->value();
    }
    Result<BackupSummary> backup(const QString &path, const QString &passphrase, bool restore)
    {
        std::optional<Result<BackupSummary>> out;
        auto done = [&](Result<BackupSummary> r) { out = r; };
        if (restore)
            backend->restoreBackup(path, passphrase, backend.get(), done);
        else
            backend->exportBackup(path, passphrase, backend.get(), done);
        test::waitForSlot(out);
        return *out;
    }
    QStringList auditActions()
    {
        auto reader = db->reader();
        QStringList out;
        const auto entries = audit::AuditLog::query(reader.value(), {});
        for (const auto &e : entries.value())
            out.prepend(e.action);
        return out;
    }
};

NewWallet hdDraft(const QString &phrase, QList<chain::ChainFamily> families)
{
    NewWallet d;
    d.label = QStringLiteral("Shop");
    d.kind = WalletKind::Hd;
    d.families = families;
    d.mnemonic = std::make_shared<crypto::Mnemonic>(crypto::Mnemonic::parse(phrase).value());
    d.imported = true;
    return d;
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

} // namespace

class TestWalletsBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createHdForBothFamilies()
    {
        Rig rig;
        QSignalSpy added(rig.backend.get(), &WalletsService::addressAdded);
        QSignalSpy changed(rig.backend.get(), &WalletsService::walletsChanged);
        auto created = rig.create(hdDraft(test::kAbandonPhrase, {chain::ChainFamily::Evm, chain::ChainFamily::Tron}));
        KASSA_VERIFY_OK(created);
        QCOMPARE(created->size(), 2);
        QCOMPARE(created->at(0).keyRef, created->at(1).keyRef);
        // The phrase is stored once, under the name the database keeps.
        QCOMPARE(rig.store.ids(), QStringList {created->at(0).keyRef});
        QCOMPARE(added.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rig.backend->receiveAddresses(chain::ChainFamily::Evm), QStringList {test::kAbandonEth0});
        QCOMPARE(rig.backend->receiveAddresses(chain::ChainFamily::Tron), QStringList {test::kAbandonTron0});
        QCOMPARE(rig.backend->labelOf(chain::ChainFamily::Tron, test::kAbandonTron0), QStringLiteral("Shop"));
        QCOMPARE(rig.auditActions(), (QStringList {QStringLiteral("wallet.import"), QStringLiteral("wallet.import")}));

        auto second = rig.next(created->at(0).id);
        KASSA_VERIFY_OK(second);
        QCOMPARE(second->index, std::optional<quint32>(1));
        auto xpub = crypto::ExtendedPublicKey::parse(created->at(0).xpub);
        QCOMPARE(second->address, crypto::ReceiveAddresses::fromXpub(xpub.value())->ethAddress(1)->toLowerHex());
        QCOMPARE(rig.wallets().at(0).nextIndex, 2u);
        QCOMPARE(rig.addresses(created->at(0).id).size(), 2);
        QCOMPARE(added.size(), 3);
        QCOMPARE(rig.backend->receiveAddresses(chain::ChainFamily::Evm).size(), 2);

        // A made phrase is audited as created, not imported.
        NewWallet fresh = hdDraft(test::kAbandonPhrase, {chain::ChainFamily::Evm});
        fresh.mnemonic = std::make_shared<crypto::Mnemonic>(crypto::Mnemonic::generate(12).value());
        fresh.imported = false;
        QVERIFY(rig.create(fresh).ok());
        QCOMPARE(rig.auditActions().last(), QStringLiteral("wallet.create"));
    }

    void watchOnly()
    {
        Rig rig;
        NewWallet xpub;
        xpub.label = QStringLiteral("Till (watch-only)");
        xpub.kind = WalletKind::Xpub;
        xpub.families = {chain::ChainFamily::Tron};
        auto m = crypto::Mnemonic::parse(test::kAbandonPhrase).value();
        xpub.xpub = keys::KeyRing::accountXpub(m, crypto::bip44::Coin::Tron, 0)->toBase58();
        auto created = rig.create(xpub);
        KASSA_VERIFY_OK(created);
        QVERIFY(created->at(0).keyRef.isEmpty());
        QVERIFY(rig.store.ids().isEmpty());
        QCOMPARE(rig.backend->receiveAddresses(chain::ChainFamily::Tron), QStringList {test::kAbandonTron0});
        QVERIFY(rig.next(created->at(0).id).ok());

        NewWallet list;
        list.label = QStringLiteral("Cold");
        list.kind = WalletKind::Addresses;
        list.role = WalletRole::Cold;
        list.families = {chain::ChainFamily::Evm};
        list.addresses = {QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"), QString(),
            QStringLiteral("  0x70997970c51812dc3a010c7d01b50e0d17dc79c8 "), test::kAbandonEth0};
        auto cold = rig.create(list);
        KASSA_VERIFY_OK(cold);
        QCOMPARE(rig.addresses(cold->at(0).id).size(), 2); // the duplicate collapsed
        auto cannot = rig.next(cold->at(0).id);
        QVERIFY(!cannot.ok());
        QCOMPARE(cannot.error().code, ErrorCode::InvalidInput);

        // Bad input is refused by line, and nothing is saved.
        list.addresses = {test::kAbandonEth0, QStringLiteral("0x1234")};
        list.label = QStringLiteral("Broken");
        auto bad = rig.create(list);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().userMessage.startsWith(QStringLiteral("Line 2")));
        // Watch-only cannot pay out; an xpub must parse.
        xpub.role = WalletRole::Payout;
        QVERIFY(!rig.create(xpub).ok());
        xpub.role = WalletRole::Receiving;
        xpub.xpub = QStringLiteral("xpub-nonsense");
        QVERIFY(!rig.create(xpub).ok());
        QCOMPARE(rig.wallets().size(), 2);
    }

    void allOrNothing()
    {
        Rig rig;
        // The key store refuses: nothing reaches the database.
        rig.store.failNext = keys::KeyStoreFailure::Locked;
        auto locked = rig.create(hdDraft(test::kAbandonPhrase, {chain::ChainFamily::Evm}));
        QVERIFY(!locked.ok());
        QCOMPARE(keys::failureOf(locked.error()), keys::KeyStoreFailure::Locked);
        QVERIFY(rig.wallets().isEmpty());

        // The database refuses (the first address already belongs to a
        // watch-only wallet): the phrase leaves the key store again.
        NewWallet list;
        list.label = QStringLiteral("Listed");
        list.kind = WalletKind::Addresses;
        list.families = {chain::ChainFamily::Evm};
        list.addresses = {test::kAbandonEth0};
        QVERIFY(rig.create(list).ok());
        auto clash = rig.create(hdDraft(test::kAbandonPhrase, {chain::ChainFamily::Evm}));
        QVERIFY(!clash.ok());
        QTRY_VERIFY(rig.store.ids().isEmpty());
        QCOMPARE(rig.wallets().size(), 1);
    }

    void backupAndRestore()
    {
        Rig rig;
        const auto words = crypto::Mnemonic::generate(24).value();
        const QString phrase = QString::fromLatin1(words.phrase().view());
        NewWallet draft = hdDraft(phrase, {chain::ChainFamily::Evm, chain::ChainFamily::Tron});
        auto created = rig.create(draft);
        QVERIFY(created.ok());
        QVERIFY(rig.next(created->at(1).id).ok());
        NewWallet list;
        list.label = QStringLiteral("Cold");
        list.kind = WalletKind::Addresses;
        list.role = WalletRole::Cold;
        list.families = {chain::ChainFamily::Tron};
        list.addresses = {QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")};
        QVERIFY(rig.create(list).ok());

        const QString path = rig.dir.file(QStringLiteral("wallets.kassabackup"));
        QVERIFY(!rig.backup(path, QStringLiteral("short"), false).ok());
        auto exported = rig.backup(path, QStringLiteral("a long backup passphrase"), false);
        KASSA_VERIFY_OK(exported);
        QCOMPARE(exported->wallets, 3);
        QCOMPARE(exported->secrets, 1);
        QCOMPARE(exported->addresses, 4);
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(rig.auditActions().last(), QStringLiteral("backup.export"));

        // The secret scan: no phrase, entropy, seed or key in the database or the backup's bytes.
        const crypto::SecureBytes entropy = words.entropy();
        const crypto::SecureBytes seed = words.seed().value();
        const auto key0 = keys::KeyRing::deriveKey(words, crypto::bip44::Coin::Ethereum, 0, 0).value();
        const QList<QByteArray> secrets {words.phrase().view().toByteArray(), entropy.view().toByteArray(),
            crypto::Hex::encode(entropy.view()).toLatin1(), seed.view().toByteArray(),
            crypto::Hex::encode(seed.view()).toLatin1(), key0.bytes().view().toByteArray(),
            crypto::Hex::encode(key0.bytes().view()).toLatin1(), phrase.section(QLatin1Char(' '), 0, 3).toLatin1()};
        rig.db.reset(); // checkpoint and close
        for (const QString &file : QDir(rig.dir.path()).entryList(QDir::Files)) {
            for (const QByteArray &secret : secrets)
                QVERIFY2(!fileContains(rig.dir.file(file), secret), qPrintable(file));
        }

        // Restore into a fresh profile with an empty key store.
        Rig other;
        auto wrong = other.backup(path, QStringLiteral("not the passphrase"), true);
        QVERIFY(!wrong.ok());
        QVERIFY(other.wallets().isEmpty());
        QVERIFY(other.store.ids().isEmpty());
        auto restored = other.backup(path, QStringLiteral("a long backup passphrase"), true);
        KASSA_VERIFY_OK(restored);
        QCOMPARE(restored->wallets, 3);
        QCOMPARE(restored->addresses, 4);
        QCOMPARE(other.store.ids(), QStringList {created->at(0).keyRef});
        const QList<WalletRecord> back = other.wallets();
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.at(0).xpub, created->at(0).xpub);
        QCOMPARE(back.at(1).nextIndex, 2u);
        QCOMPARE(back.at(2).kind, WalletKind::Addresses);
        QCOMPARE(other.backend->receiveAddresses(chain::ChainFamily::Tron).size(), 3);
        std::optional<Result<std::shared_ptr<crypto::Mnemonic>>> revealed;
        other.backend->revealWords(back.at(0).id, other.backend.get(), [&](auto r) { revealed = r; });
        QVERIFY(test::waitForSlot(revealed));
        QVERIFY(revealed->ok());
        QVERIFY(revealed->value()->phrase().equals(words.phrase()));
        QCOMPARE(other.auditActions(), (QStringList {QStringLiteral("backup.restore"), QStringLiteral("wallet.reveal_mnemonic")}));

        // A second restore adds nothing.
        auto again = other.backup(path, QStringLiteral("a long backup passphrase"), true);
        QVERIFY(again.ok());
        QCOMPARE(again->wallets, 0);
        QCOMPARE(again->skipped, 3);

        // A changed byte anywhere: a clear error and nothing changed.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
        f.seek(0);
        f.write(bytes);
        f.close();
        Rig third;
        auto tampered = third.backup(path, QStringLiteral("a long backup passphrase"), true);
        QVERIFY(!tampered.ok());
        QVERIFY(third.wallets().isEmpty());
    }
};

KASSA_TEST_MAIN(TestWalletsBackend)
#include "tst_walletsbackend.moc"
