// FakeWalletsService: a WalletsService for widget tests, in memory. Drafts
// are checked and derived with the real crypto (so the wizard's results can
// be compared with known addresses); backups are only recorded.
#pragma once

#include "engine/WalletsService.h"
#include "keys/KeyRing.h"

#include <QMetaObject>
#include <QPointer>

#include <type_traits>

namespace kassa::test {

class FakeWalletsService : public engine::WalletsService
{
    Q_OBJECT

public:
    using WalletsService::WalletsService;

    QList<wallets::WalletRecord> walletList;
    QList<wallets::WalletAddress> addressList;
    QList<engine::NewWallet> created; //!< every draft create() accepted
    QList<std::pair<QString, QString>> backups; //!< (path, passphrase) of exports
    QList<std::pair<QString, QString>> restores;
    std::optional<Error> failNext;
    int reveals = 0;

    void wallets(QObject *context, WalletsDone done) override { reply(context, done, walletList); }
    void addresses(qint64 walletId, QObject *context, AddressesDone done) override
    {
        QList<wallets::WalletAddress> out;
        for (const auto &a : addressList)
            if (a.walletId == walletId)
                out.append(a);
        reply(context, done, out);
    }
    void create(const engine::NewWallet &draft, QObject *context, WalletsDone done) override
    {
        if (failNext) {
            const Error e = *failNext;
            failNext.reset();
            reply(context, done, Result<QList<wallets::WalletRecord>>(e));
            return;
        }
        QList<wallets::WalletRecord> made;
        for (chain::ChainFamily family : draft.families) {
            wallets::WalletRecord w;
            w.id = walletList.size() + 1;
            w.label = draft.label;
            w.family = family;
            w.kind = draft.kind;
            w.role = draft.role;
            if (draft.kind == wallets::WalletKind::Hd) {
                w.keyRef = QStringLiteral("wallet-seed-fake");
                w.xpub = keys::KeyRing::accountXpub(*draft.mnemonic, wallets::Wallets::coinOf(family), 0)->toBase58();
            } else if (draft.kind == wallets::WalletKind::Xpub) {
                w.xpub = draft.xpub;
            }
            walletList.append(w);
            made.append(w);
            if (w.canDerive())
                (void)derive(w.id);
            for (const QString &text : draft.addresses) {
                if (text.trimmed().isEmpty())
                    continue;
                wallets::WalletAddress a;
                a.id = addressList.size() + 1;
                a.walletId = w.id;
                a.family = family;
                a.address = wallets::Wallets::canonicalAddress(family, text.trimmed()).value();
                addressList.append(a);
            }
        }
        created.append(draft);
        Q_EMIT walletsChanged();
        reply(context, done, made);
    }
    void deriveNext(qint64 walletId, QObject *context, AddressDone done) override
    {
        auto a = derive(walletId);
        Q_EMIT walletsChanged();
        reply(context, done, a);
    }
    void setLabel(qint64 walletId, const QString &label, QObject *context, VoidDone done) override
    {
        if (failNext) {
            const Error e = *failNext;
            failNext.reset();
            reply(context, done, Result<void>(e));
            return;
        }
        for (auto &w : walletList)
            if (w.id == walletId)
                w.label = label;
        Q_EMIT walletsChanged();
        reply(context, done, Result<void>());
    }
    //! What balances() answers, per address (all wallets).
    QList<chain::BalanceReading> balanceList;
    int balanceReads = 0;
    void balances(qint64 walletId, QObject *context, BalancesDone done) override
    {
        ++balanceReads;
        QList<chain::BalanceReading> out;
        for (const auto &a : addressList)
            for (const auto &b : balanceList)
                if (a.walletId == walletId && b.address == a.address)
                    out.append(b);
        reply(context, done, out);
    }
    void revealWords(qint64, QObject *context, WordsDone done) override
    {
        ++reveals;
        reply(context, done, std::make_shared<crypto::Mnemonic>(crypto::Mnemonic::generate(12).value()));
    }
    void exportBackup(const QString &path, const QString &passphrase, QObject *context, BackupDone done) override
    {
        backups.append({path, passphrase});
        engine::BackupSummary s;
        s.wallets = int(walletList.size());
        reply(context, done, s);
    }
    void restoreBackup(const QString &path, const QString &passphrase, QObject *context, BackupDone done) override
    {
        restores.append({path, passphrase});
        reply(context, done, engine::BackupSummary {});
    }
    QString keyStoreName() const override { return QStringLiteral("test keychain"); }

    //! Adds the next receive address of an hd/xpub wallet.
    Result<wallets::WalletAddress> derive(qint64 walletId)
    {
        for (auto &w : walletList) {
            if (w.id != walletId)
                continue;
            if (!w.canDerive())
                return makeError(ErrorCode::InvalidInput, QStringLiteral("list"), QStringLiteral("cannot derive"));
            auto receive = crypto::ReceiveAddresses::fromXpub(crypto::ExtendedPublicKey::parse(w.xpub).value());
            wallets::WalletAddress a;
            a.id = addressList.size() + 1;
            a.walletId = w.id;
            a.family = w.family;
            a.index = w.nextIndex;
            a.address = wallets::Wallets::deriveAddress(w.family, receive.value(), w.nextIndex).value();
            ++w.nextIndex;
            addressList.append(a);
            Q_EMIT addressAdded(a);
            return a;
        }
        return makeError(ErrorCode::NotFound, QStringLiteral("no wallet"), QStringLiteral("no wallet"));
    }

private:
    template<typename R>
    void reply(QObject *context, const std::function<void(R)> &done, std::type_identity_t<R> value)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this, [guard, done, value] { if (guard) done(value); }, Qt::QueuedConnection);
    }
};

} // namespace kassa::test
