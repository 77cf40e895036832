#include "engine/WalletsBackend.h"

#include "audit/AuditActions.h"
#include "base/Log.h"
#include "crypto/EncryptedBlob.h"
#include "store/Database.h"
#include "wallets/Backup.h"
#include "wallets/WalletStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace kassa::engine {

namespace {

using wallets::WalletAddress;
using wallets::WalletKind;
using wallets::WalletRecord;
using wallets::Wallets;
using wallets::WalletStore;

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(kassa::engine::WalletsBackend)
};

constexpr qint64 kMaxBackupBytes = qint64(64) << 20;

Error notReady()
{
    return makeError(ErrorCode::Database, QStringLiteral("wallets: the database is not open yet"),
        Texts::tr("The wallets are not available yet: the database is still opening."),
        Texts::tr("Wait a moment and try again."));
}

Error invalid(const QString &english, const QString &screen, const QString &hint = {})
{
    return makeError(ErrorCode::InvalidInput, english, screen, hint);
}

Error noSuchWallet(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("wallet %1 does not exist").arg(id),
        Texts::tr("This wallet no longer exists."));
}

//! Calls `done` on `context`'s thread if it still exists.
template<typename R>
void answer(const QPointer<QObject> &context, const std::function<void(R)> &done, R result)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context.data(), [done, result = std::move(result)]() mutable { done(std::move(result)); }, Qt::QueuedConnection);
}

template<typename T, typename Work>
void runOnPool(QObject *context, std::function<void(Result<T>)> done, Work work)
{
    QtConcurrent::run(std::move(work)).then(context, [done = std::move(done)](Result<T> result) {
        done(std::move(result));
    });
}

Result<void> record(QSqlDatabase &c, const audit::Actor &actor, const char *action, const QString &subjectKind,
    const QString &subjectId, const QJsonObject &details, qint64 nowMs)
{
    audit::AuditEvent event;
    event.actor = actor;
    event.action = QLatin1String(action);
    event.subjectKind = subjectKind;
    event.subjectId = subjectId;
    event.details = details;
    auto appended = audit::AuditLog::append(c, event, nowMs);
    if (!appended.ok())
        return appended.error();
    return {};
}

QJsonObject describe(const WalletRecord &w)
{
    return QJsonObject {{QStringLiteral("label"), w.label},
        {QStringLiteral("family"), QLatin1String(Wallets::familyName(w.family))},
        {QStringLiteral("kind"), QLatin1String(Wallets::kindName(w.kind))},
        {QStringLiteral("role"), QLatin1String(Wallets::roleName(w.role))},
        {QStringLiteral("account"), qint64(w.account)}, {QStringLiteral("xpub"), w.xpub}};
}

//! A wallet and the first addresses it will have, before it is saved.
struct Prepared {
    QList<WalletRecord> wallets;
    QList<QList<WalletAddress>> addresses; //!< per wallet
};

Result<Prepared> prepare(const NewWallet &draft, qint64 nowMs)
{
    auto label = Wallets::checkLabel(draft.label);
    if (!label.ok())
        return label.error();
    if (draft.families.isEmpty()) {
        return invalid(QStringLiteral("new wallet without a chain family"), Texts::tr("Choose at least one chain."));
    }
    if (draft.kind != WalletKind::Hd && draft.families.size() != 1) {
        return invalid(QStringLiteral("watch-only wallet with several families"),
            Texts::tr("A watch-only wallet belongs to one chain family."));
    }
    if (draft.role == wallets::WalletRole::Payout && draft.kind != WalletKind::Hd) {
        return invalid(QStringLiteral("watch-only payout wallet"),
            Texts::tr("Only a wallet with its recovery phrase can pay out."),
            Texts::tr("Choose the receiving or cold storage role for a watch-only wallet."));
    }
    if (draft.account > crypto::ReceiveAddresses::MaxIndex)
        return invalid(QStringLiteral("account out of range"), Texts::tr("The account number is too large."));
    Prepared out;
    auto base = [&](chain::ChainFamily family) {
        WalletRecord w;
        w.label = label.value();
        w.family = family;
        w.kind = draft.kind;
        w.role = draft.role;
        w.account = draft.account;
        w.createdAtMs = nowMs;
        return w;
    };
    switch (draft.kind) {
    case WalletKind::Hd: {
        if (!draft.mnemonic)
            return invalid(QStringLiteral("hd wallet without a phrase"), Texts::tr("The recovery phrase is missing."));
        auto seed = draft.mnemonic->seed();
        if (!seed.ok())
            return seed.error();
        auto master = crypto::ExtendedPrivateKey::fromSeed(seed.value());
        if (!master.ok())
            return master.error();
        QSet<chain::ChainFamily> seen;
        for (chain::ChainFamily family : draft.families) {
            if (seen.contains(family))
                continue;
            seen.insert(family);
            auto node = master->derivePath(crypto::bip44::accountPath(Wallets::coinOf(family), draft.account));
            if (!node.ok())
                return node.error();
            WalletRecord w = base(family);
            w.xpub = node->toPublic().toBase58();
            out.wallets.append(w);
        }
        break;
    }
    case WalletKind::Xpub: {
        auto xpub = crypto::ExtendedPublicKey::parse(draft.xpub.trimmed());
        if (!xpub.ok())
            return xpub.error();
        if (!crypto::ReceiveAddresses::fromXpub(xpub.value()).ok())
            return crypto::ReceiveAddresses::fromXpub(xpub.value()).error();
        WalletRecord w = base(draft.families.first());
        w.xpub = xpub->toBase58();
        out.wallets.append(w);
        break;
    }
    case WalletKind::Addresses: {
        WalletRecord w = base(draft.families.first());
        QList<WalletAddress> list;
        QSet<QString> seen;
        int line = 0;
        for (const QString &text : draft.addresses) {
            ++line;
            const QString trimmed = text.trimmed();
            if (trimmed.isEmpty())
                continue;
            auto canonical = Wallets::canonicalAddress(w.family, trimmed);
            if (!canonical.ok()) {
                Error e = canonical.error();
                e.userMessage = Texts::tr("Line %1: %2").arg(line).arg(e.userMessage);
                return e;
            }
            if (seen.contains(canonical.value()))
                continue;
            seen.insert(canonical.value());
            WalletAddress a;
            a.family = w.family;
            a.address = canonical.value();
            a.createdAtMs = nowMs;
            list.append(a);
        }
        if (list.isEmpty())
            return invalid(QStringLiteral("address list empty"), Texts::tr("Enter at least one address."));
        out.wallets.append(w);
        out.addresses.append(list);
        return out;
    }
    }
    // Derivable wallets start with their first receive address handed out.
    for (WalletRecord &w : out.wallets) {
        auto xpub = crypto::ExtendedPublicKey::parse(w.xpub);
        auto receive = xpub.ok() ? crypto::ReceiveAddresses::fromXpub(xpub.value()) : Result<crypto::ReceiveAddresses>(xpub.error());
        if (!receive.ok())
            return receive.error();
        auto address = Wallets::deriveAddress(w.family, receive.value(), 0);
        if (!address.ok())
            return address.error();
        WalletAddress a;
        a.family = w.family;
        a.index = 0;
        a.address = address.value();
        a.createdAtMs = nowMs;
        out.addresses.append({a});
        w.nextIndex = 1;
    }
    return out;
}

//! Inserts prepared wallets and their addresses; fills in the ids.
Result<void> insertPrepared(QSqlDatabase &c, Prepared &p)
{
    for (int i = 0; i < p.wallets.size(); ++i) {
        auto inserted = WalletStore::insertWallet(c, p.wallets[i]);
        if (!inserted.ok())
            return inserted.error();
        p.wallets[i] = inserted.value();
        for (WalletAddress &a : p.addresses[i]) {
            a.walletId = inserted->id;
            auto added = WalletStore::insertAddress(c, a);
            if (!added.ok())
                return added.error();
            a = added.value();
        }
    }
    return {};
}

} // namespace

WalletsBackend::WalletsBackend(keys::KeyStore *store, const Clock &clock, std::function<audit::Actor()> actor,
    std::function<QJsonObject()> settings, QObject *parent)
    : WalletsService(parent), m_clock(clock), m_actor(std::move(actor)), m_settings(std::move(settings)),
      m_ring(store)
{
}

void WalletsBackend::setDatabase(std::shared_ptr<store::Database> database)
{
    m_database = std::move(database);
    if (!m_database)
        return;
    struct Loaded {
        QList<WalletRecord> wallets;
        QList<WalletAddress> addresses;
    };
    runOnPool<Loaded>(this, [this](Result<Loaded> loaded) {
        if (!loaded.ok()) {
            qCWarning(lcEngine) << "wallets: cannot load the receive addresses:" << loaded.error().message;
        } else {
            for (const WalletRecord &w : loaded->wallets) {
                m_walletLabels.insert(w.id, w.label);
                m_walletRoles.insert(w.id, w.role);
            }
            addKnown(loaded->addresses, true);
            qCInfo(lcEngine) << "wallets:" << loaded->wallets.size() << "wallets," << loaded->addresses.size()
                             << "receive addresses";
        }
        Q_EMIT ready();
    }, [db = m_database]() -> Result<Loaded> {
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        auto w = WalletStore::wallets(reader.value());
        if (!w.ok())
            return w.error();
        auto a = WalletStore::allAddresses(reader.value());
        if (!a.ok())
            return a.error();
        return Loaded {w.value(), a.value()};
    });
}

void WalletsBackend::addKnown(const QList<WalletAddress> &addresses, bool announce)
{
    for (const WalletAddress &a : addresses) {
        QStringList &list = m_addresses[a.family];
        const QString key = QLatin1String(Wallets::familyName(a.family)) + QLatin1Char(':') + a.address;
        if (m_labels.contains(key))
            continue;
        m_labels.insert(key, m_walletLabels.value(a.walletId));
        m_addressWallets.insert(key, a.walletId);
        list.append(a.address);
        if (announce)
            Q_EMIT addressAdded(a);
    }
}

QStringList WalletsBackend::receiveAddresses(chain::ChainFamily family) const
{
    return m_addresses.value(family);
}

QStringList WalletsBackend::receivingAddresses(chain::ChainFamily family) const
{
    QStringList out;
    const QString prefix = QLatin1String(Wallets::familyName(family)) + QLatin1Char(':');
    for (const QString &address : m_addresses.value(family))
        if (m_walletRoles.value(m_addressWallets.value(prefix + address), wallets::WalletRole::Cold)
            == wallets::WalletRole::Receiving)
            out << address;
    return out;
}

QString WalletsBackend::labelOf(chain::ChainFamily family, const QString &canonical) const
{
    return m_labels.value(QLatin1String(Wallets::familyName(family)) + QLatin1Char(':') + canonical);
}

QString WalletsBackend::keyStoreName() const
{
    return m_ring.store() ? m_ring.store()->backendName() : QString();
}

void WalletsBackend::wallets(QObject *context, WalletsDone done)
{
    runOnPool<QList<WalletRecord>>(context, std::move(done), [db = database()]() -> Result<QList<WalletRecord>> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        return WalletStore::wallets(reader.value());
    });
}

void WalletsBackend::addresses(qint64 walletId, QObject *context, AddressesDone done)
{
    runOnPool<QList<WalletAddress>>(context, std::move(done), [db = database(), walletId]() -> Result<QList<WalletAddress>> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        return WalletStore::addresses(reader.value(), walletId);
    });
}

void WalletsBackend::balances(qint64 walletId, QObject *context, BalancesDone done)
{
    QPointer<QObject> guard(context);
    addresses(walletId, this, [this, guard, done](Result<QList<WalletAddress>> list) {
        if (!list.ok())
            return answer<Result<QList<chain::BalanceReading>>>(guard, done, list.error());
        if (list->isEmpty() || !m_balanceReader)
            return answer<Result<QList<chain::BalanceReading>>>(guard, done, QList<chain::BalanceReading>());
        QStringList canonical;
        for (const WalletAddress &a : list.value())
            canonical << a.address;
        m_balanceReader(list->first().family, canonical)
            .then(this, [guard, done](const QList<chain::BalanceReading> &readings) {
                answer<Result<QList<chain::BalanceReading>>>(guard, done, readings);
            });
    });
}

void WalletsBackend::create(const NewWallet &draft, QObject *context, WalletsDone done)
{
    QPointer<QObject> guard(context);
    auto db = database();
    if (!db) {
        answer<Result<QList<WalletRecord>>>(guard, done, notReady());
        return;
    }
    const audit::Actor actor = m_actor ? m_actor() : audit::Actor::system();
    const qint64 now = m_clock.nowMs();
    // Seeds, xpubs and addresses first (PBKDF2: off this thread), nothing saved yet.
    QtConcurrent::run([draft, now] { return prepare(draft, now); })
        .then(this, [this, guard, done, draft, db, actor, now](Result<Prepared> prepared) {
            if (!prepared.ok()) {
                answer<Result<QList<WalletRecord>>>(guard, done, prepared.error());
                return;
            }
            auto p = std::make_shared<Prepared>(std::move(prepared).value());
            const QString keyRef = draft.kind == WalletKind::Hd ? keys::KeyRing::newKeyRef() : QString();
            for (WalletRecord &w : p->wallets)
                w.keyRef = keyRef;
            const char *action = draft.kind == WalletKind::Hd && !draft.imported ? audit::action::WalletCreate
                                                                                  : audit::action::WalletImport;
            auto saveRows = [this, guard, done, db, p, keyRef, actor, now, action] {
                db->write([p, actor, now, action](QSqlDatabase &c) -> Result<void> {
                      auto inserted = insertPrepared(c, *p);
                      if (!inserted.ok())
                          return inserted;
                      for (int i = 0; i < p->wallets.size(); ++i) {
                          QJsonObject details = describe(p->wallets[i]);
                          details.insert(QStringLiteral("addresses"), p->addresses[i].size());
                          auto recorded = record(c, actor, action, QStringLiteral("wallet"),
                              QString::number(p->wallets[i].id), details, now);
                          if (!recorded.ok())
                              return recorded;
                      }
                      return {};
                  })
                    .then(this, [this, guard, done, p, keyRef](Result<void> saved) {
                        if (!saved.ok()) {
                            qCWarning(lcEngine) << "wallets: saving a new wallet failed:" << saved.error().message;
                            if (!keyRef.isEmpty()) {
                                // No half wallet: the phrase leaves the key store again.
                                m_ring.remove(keyRef, this, [](Result<void> removed) {
                                    if (!removed.ok())
                                        qCWarning(lcEngine) << "wallets: removing the key entry failed:"
                                                            << removed.error().message;
                                });
                            }
                            answer<Result<QList<WalletRecord>>>(guard, done, saved.error());
                            return;
                        }
                        for (const WalletRecord &w : p->wallets) {
                            m_walletLabels.insert(w.id, w.label);
                            m_walletRoles.insert(w.id, w.role);
                            qCInfo(lcEngine) << "wallets: added wallet" << w.id << Wallets::kindName(w.kind)
                                             << Wallets::familyName(w.family);
                        }
                        for (const QList<WalletAddress> &list : p->addresses)
                            addKnown(list, true);
                        Q_EMIT walletsChanged();
                        answer<Result<QList<WalletRecord>>>(guard, done, p->wallets);
                    });
            };
            if (keyRef.isEmpty()) {
                saveRows();
                return;
            }
            m_ring.storeMnemonic(keyRef, *draft.mnemonic, this, [guard, done, saveRows](Result<void> stored) {
                if (!stored.ok()) {
                    answer<Result<QList<WalletRecord>>>(guard, done, stored.error());
                    return;
                }
                saveRows();
            });
        });
}

void WalletsBackend::deriveNext(qint64 walletId, QObject *context, AddressDone done)
{
    QPointer<QObject> guard(context);
    auto db = database();
    if (!db) {
        answer<Result<WalletAddress>>(guard, done, notReady());
        return;
    }
    auto out = std::make_shared<WalletAddress>();
    const qint64 now = m_clock.nowMs();
    db->write([walletId, out, now](QSqlDatabase &c) -> Result<void> {
          auto wallet = WalletStore::wallet(c, walletId);
          if (!wallet.ok())
              return wallet.error();
          if (!wallet.value())
              return noSuchWallet(walletId);
          const WalletRecord &w = *wallet.value();
          if (!w.canDerive()) {
              return invalid(QStringLiteral("wallet %1 is an address list").arg(walletId),
                  Texts::tr("This wallet is a fixed list of addresses; it cannot make new ones."),
                  Texts::tr("Import the wallet's xpub to get new receive addresses."));
          }
          if (w.nextIndex > crypto::ReceiveAddresses::MaxIndex)
              return invalid(QStringLiteral("wallet %1 has used every index").arg(walletId),
                  Texts::tr("This wallet has handed out every receive address it has."));
          auto xpub = crypto::ExtendedPublicKey::parse(w.xpub);
          if (!xpub.ok())
              return xpub.error();
          auto receive = crypto::ReceiveAddresses::fromXpub(xpub.value());
          if (!receive.ok())
              return receive.error();
          quint32 index = w.nextIndex;
          auto address = Wallets::deriveAddress(w.family, receive.value(), index);
          if (!address.ok() && index < crypto::ReceiveAddresses::MaxIndex) // BIP-32: skip an index without a key
              address = Wallets::deriveAddress(w.family, receive.value(), ++index);
          if (!address.ok())
              return address.error();
          WalletAddress a;
          a.walletId = w.id;
          a.family = w.family;
          a.index = index;
          a.address = address.value();
          a.createdAtMs = now;
          auto inserted = WalletStore::insertAddress(c, a);
          if (!inserted.ok())
              return inserted.error();
          *out = inserted.value();
          return WalletStore::setNextIndex(c, w.id, index + 1);
      })
        .then(this, [this, guard, done, out](Result<void> saved) {
            if (!saved.ok()) {
                answer<Result<WalletAddress>>(guard, done, saved.error());
                return;
            }
            addKnown({*out}, true);
            Q_EMIT walletsChanged();
            answer<Result<WalletAddress>>(guard, done, *out);
        });
}

void WalletsBackend::setLabel(qint64 walletId, const QString &label, QObject *context, VoidDone done)
{
    QPointer<QObject> guard(context);
    auto db = database();
    auto checked = Wallets::checkLabel(label);
    if (!db || !checked.ok()) {
        answer<Result<void>>(guard, done, db ? checked.error() : notReady());
        return;
    }
    const audit::Actor actor = m_actor ? m_actor() : audit::Actor::system();
    const qint64 now = m_clock.nowMs();
    const QString text = checked.value();
    db->write([walletId, text, actor, now](QSqlDatabase &c) -> Result<void> {
          auto wallet = WalletStore::wallet(c, walletId);
          if (!wallet.ok())
              return wallet.error();
          if (!wallet.value())
              return noSuchWallet(walletId);
          auto changed = WalletStore::setLabel(c, walletId, text);
          if (!changed.ok())
              return changed;
          return record(c, actor, audit::action::WalletEdit, QStringLiteral("wallet"), QString::number(walletId),
              QJsonObject {{QStringLiteral("label_before"), wallet.value()->label}, {QStringLiteral("label"), text}},
              now);
      })
        .then(this, [this, guard, done, walletId, text](Result<void> saved) {
            if (saved.ok()) {
                m_walletLabels.insert(walletId, text);
                Q_EMIT walletsChanged();
            }
            answer<Result<void>>(guard, done, saved);
        });
}

void WalletsBackend::revealWords(qint64 walletId, QObject *context, WordsDone done)
{
    QPointer<QObject> guard(context);
    auto db = database();
    if (!db) {
        answer<Result<std::shared_ptr<crypto::Mnemonic>>>(guard, done, notReady());
        return;
    }
    const audit::Actor actor = m_actor ? m_actor() : audit::Actor::system();
    const qint64 now = m_clock.nowMs();
    runOnPool<WalletRecord>(this,
        [this, guard, done, db, actor, now](Result<WalletRecord> wallet) {
            if (!wallet.ok()) {
                answer<Result<std::shared_ptr<crypto::Mnemonic>>>(guard, done, wallet.error());
                return;
            }
            const WalletRecord w = wallet.value();
            m_ring.readMnemonic(w.keyRef, this,
                [this, guard, done, db, actor, now, w](Result<std::shared_ptr<crypto::Mnemonic>> words) {
                    if (!words.ok()) {
                        answer<Result<std::shared_ptr<crypto::Mnemonic>>>(guard, done, words.error());
                        return;
                    }
                    db->write([w, actor, now](QSqlDatabase &c) -> Result<void> {
                          return record(c, actor, audit::action::WalletRevealMnemonic, QStringLiteral("wallet"),
                              QString::number(w.id), describe(w), now);
                      })
                        .then(this, [guard, done, words](Result<void> recorded) {
                            // Shown only once the reveal is on the record.
                            if (!recorded.ok())
                                answer<Result<std::shared_ptr<crypto::Mnemonic>>>(guard, done, recorded.error());
                            else
                                answer<Result<std::shared_ptr<crypto::Mnemonic>>>(guard, done, words.value());
                        });
                });
        },
        [db, walletId]() -> Result<WalletRecord> {
            auto reader = db->reader();
            if (!reader.ok())
                return reader.error();
            auto wallet = WalletStore::wallet(reader.value(), walletId);
            if (!wallet.ok())
                return wallet.error();
            if (!wallet.value())
                return noSuchWallet(walletId);
            if (wallet.value()->kind != WalletKind::Hd) {
                return invalid(QStringLiteral("wallet %1 is watch-only").arg(walletId),
                    Texts::tr("A watch-only wallet has no recovery phrase in Kassa."));
            }
            return *wallet.value();
        });
}

void WalletsBackend::exportBackup(const QString &path, const QString &passphrase, QObject *context, BackupDone done)
{
    QPointer<QObject> guard(context);
    auto db = database();
    if (!db) {
        answer<Result<BackupSummary>>(guard, done, notReady());
        return;
    }
    if (passphrase.size() < 8) {
        answer<Result<BackupSummary>>(guard, done,
            invalid(QStringLiteral("backup passphrase too short"),
                Texts::tr("The backup passphrase needs at least 8 characters."),
                Texts::tr("Choose a long passphrase and keep it apart from the backup file.")));
        return;
    }
    auto contents = std::make_shared<wallets::BackupContents>();
    contents->createdAtMs = m_clock.nowMs();
    contents->settings = m_settings ? m_settings() : QJsonObject();
    const audit::Actor actor = m_actor ? m_actor() : audit::Actor::system();
    const qint64 now = m_clock.nowMs();
    runOnPool<QList<wallets::BackupWallet>>(this,
        [this, guard, done, db, contents, path, passphrase, actor, now](Result<QList<wallets::BackupWallet>> list) {
            if (!list.ok()) {
                answer<Result<BackupSummary>>(guard, done, list.error());
                return;
            }
            contents->wallets = list.value();
            QStringList refs;
            for (const wallets::BackupWallet &w : contents->wallets)
                if (!w.record.keyRef.isEmpty() && !refs.contains(w.record.keyRef))
                    refs.append(w.record.keyRef);
            // Read each phrase in turn (a keychain may prompt), then seal on the pool.
            auto step = std::make_shared<std::function<void(int)>>();
            *step = [this, guard, done, db, contents, path, passphrase, actor, now, refs, step](int i) {
                if (i < refs.size()) {
                    m_ring.store()->read(refs[i], this, [guard, done, contents, step, i](Result<crypto::SecureBytes> entry) {
                        if (!entry.ok()) {
                            answer<Result<BackupSummary>>(guard, done, entry.error());
                            *step = nullptr;
                            return;
                        }
                        contents->secrets.push_back(std::move(entry).value());
                        (*step)(i + 1);
                    });
                    return;
                }
                // Break the cycle once this call has returned (it runs inside *step).
                QMetaObject::invokeMethod(this, [step] { *step = nullptr; }, Qt::QueuedConnection);
                for (wallets::BackupWallet &w : contents->wallets)
                    w.secret = w.record.keyRef.isEmpty() ? -1 : int(refs.indexOf(w.record.keyRef));
                runOnPool<BackupSummary>(this, [guard, done](Result<BackupSummary> r) {
                    answer<Result<BackupSummary>>(guard, done, r);
                }, [db, contents, path, passphrase, actor, now]() -> Result<BackupSummary> {
                    const crypto::SecureBytes plain = wallets::Backup::encode(*contents);
                    auto sealed = crypto::EncryptedBlob::seal(plain, passphrase);
                    if (!sealed.ok())
                        return sealed.error();
                    QSaveFile file(path);
                    if (!file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed->size()
                        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
                        return makeError(ErrorCode::Io,
                            QStringLiteral("backup: cannot write %1: %2").arg(path, file.errorString()),
                            Texts::tr("The backup file %1 cannot be written: %2").arg(path, file.errorString()),
                            Texts::tr("Choose a folder you may write to, such as a USB stick."));
                    }
                    BackupSummary summary;
                    summary.wallets = int(contents->wallets.size());
                    summary.secrets = int(contents->secrets.size());
                    for (const wallets::BackupWallet &w : contents->wallets)
                        summary.addresses += int(w.addresses.size());
                    auto recorded = db->writeAndWait([&](QSqlDatabase &c) {
                        return record(c, actor, audit::action::BackupExport, QStringLiteral("backup"),
                            QFileInfo(path).fileName(),
                            QJsonObject {{QStringLiteral("wallets"), summary.wallets},
                                {QStringLiteral("phrases"), summary.secrets}},
                            now);
                    });
                    if (!recorded.ok())
                        return recorded.error();
                    return summary;
                });
            };
            (*step)(0);
        },
        [db]() -> Result<QList<wallets::BackupWallet>> {
            auto reader = db->reader();
            if (!reader.ok())
                return reader.error();
            auto list = WalletStore::wallets(reader.value());
            if (!list.ok())
                return list.error();
            QList<wallets::BackupWallet> out;
            for (const WalletRecord &w : list.value()) {
                auto addresses = WalletStore::addresses(reader.value(), w.id);
                if (!addresses.ok())
                    return addresses.error();
                out.append(wallets::BackupWallet {w, addresses.value(), -1});
            }
            return out;
        });
}

void WalletsBackend::restoreBackup(const QString &path, const QString &passphrase, QObject *context, BackupDone done)
{
    QPointer<QObject> guard(context);
    auto db = database();
    if (!db) {
        answer<Result<BackupSummary>>(guard, done, notReady());
        return;
    }
    const audit::Actor actor = m_actor ? m_actor() : audit::Actor::system();
    const qint64 now = m_clock.nowMs();
    using Contents = std::shared_ptr<wallets::BackupContents>;
    runOnPool<Contents>(this,
        [this, guard, done, db, actor, now, path](Result<Contents> opened) {
            if (!opened.ok()) {
                answer<Result<BackupSummary>>(guard, done, opened.error());
                return;
            }
            Contents contents = opened.value();
            // The phrases go to the key store first; the rows follow only if all were written.
            QList<QPair<QString, int>> writes;
            for (const wallets::BackupWallet &w : contents->wallets) {
                if (w.secret >= 0 && std::none_of(writes.begin(), writes.end(),
                                         [&](const auto &p) { return p.first == w.record.keyRef; }))
                    writes.append({w.record.keyRef, w.secret});
            }
            auto step = std::make_shared<std::function<void(int)>>();
            *step = [this, guard, done, db, actor, now, path, contents, writes, step](int i) {
                if (i < writes.size()) {
                    m_ring.store()->write(writes[i].first, contents->secrets[size_t(writes[i].second)].clone(), this,
                        [guard, done, step, i](Result<void> written) {
                            if (!written.ok()) {
                                answer<Result<BackupSummary>>(guard, done, written.error());
                                *step = nullptr;
                                return;
                            }
                            (*step)(i + 1);
                        });
                    return;
                }
                QMetaObject::invokeMethod(this, [step] { *step = nullptr; }, Qt::QueuedConnection);
                auto summary = std::make_shared<BackupSummary>();
                auto added = std::make_shared<QList<WalletAddress>>();
                auto addedWallets = std::make_shared<QList<WalletRecord>>();
                db->write([contents, summary, added, addedWallets, actor, now, path](QSqlDatabase &c) -> Result<void> {
                      auto existing = WalletStore::wallets(c);
                      if (!existing.ok())
                          return existing.error();
                      for (const wallets::BackupWallet &bw : contents->wallets) {
                          const WalletRecord &r = bw.record;
                          const bool present = std::any_of(existing->begin(), existing->end(), [&](const WalletRecord &e) {
                              if (e.family != r.family || e.kind != r.kind)
                                  return false;
                              if (r.kind == WalletKind::Hd)
                                  return e.keyRef == r.keyRef;
                              if (r.kind == WalletKind::Xpub)
                                  return e.xpub == r.xpub;
                              return e.label == r.label;
                          });
                          if (present) {
                              ++summary->skipped;
                              continue;
                          }
                          WalletRecord w = r;
                          w.createdAtMs = now;
                          auto inserted = WalletStore::insertWallet(c, w);
                          if (!inserted.ok())
                              return inserted.error();
                          addedWallets->append(inserted.value());
                          ++summary->wallets;
                          if (r.kind == WalletKind::Hd)
                              ++summary->secrets;
                          for (WalletAddress a : bw.addresses) {
                              auto known = WalletStore::findAddress(c, a.family, a.address);
                              if (!known.ok())
                                  return known.error();
                              if (known.value())
                                  continue;
                              a.walletId = inserted->id;
                              a.createdAtMs = now;
                              auto stored = WalletStore::insertAddress(c, a);
                              if (!stored.ok())
                                  return stored.error();
                              added->append(stored.value());
                              ++summary->addresses;
                          }
                      }
                      return record(c, actor, audit::action::BackupRestore, QStringLiteral("backup"),
                          QFileInfo(path).fileName(),
                          QJsonObject {{QStringLiteral("wallets"), summary->wallets},
                              {QStringLiteral("phrases"), summary->secrets},
                              {QStringLiteral("skipped"), summary->skipped}},
                          now);
                  })
                    .then(this, [this, guard, done, summary, added, addedWallets](Result<void> saved) {
                        if (!saved.ok()) {
                            answer<Result<BackupSummary>>(guard, done, saved.error());
                            return;
                        }
                        for (const WalletRecord &w : *addedWallets) {
                            m_walletLabels.insert(w.id, w.label);
                            m_walletRoles.insert(w.id, w.role);
                        }
                        addKnown(*added, true);
                        Q_EMIT walletsChanged();
                        answer<Result<BackupSummary>>(guard, done, *summary);
                    });
            };
            (*step)(0);
        },
        [path, passphrase]() -> Result<Contents> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return makeError(ErrorCode::Io, QStringLiteral("backup: cannot read %1: %2").arg(path, file.errorString()),
                    Texts::tr("The backup file %1 cannot be read: %2").arg(path, file.errorString()));
            }
            if (file.size() > kMaxBackupBytes)
                return invalid(QStringLiteral("backup file too large"), Texts::tr("This file is too large to be a Kassa backup."));
            const QByteArray sealed = file.readAll();
            auto plain = crypto::EncryptedBlob::open(sealed, passphrase);
            if (!plain.ok())
                return plain.error();
            auto contents = wallets::Backup::decode(plain.value());
            if (!contents.ok())
                return contents.error();
            for (const crypto::SecureBytes &secret : contents->secrets) {
                auto valid = keys::KeyRing::decodeEntry(secret, Texts::tr("backup file"));
                if (!valid.ok())
                    return valid.error();
            }
            return std::make_shared<wallets::BackupContents>(std::move(contents).value());
        });
}

} // namespace kassa::engine
