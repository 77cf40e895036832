// Engine: wires a profile, its config, the translators, the database and
// the chain watchers (ChainManager) together, and serves the console
// through ConsoleService. It owns the Storefront (orders, the callback
// outbox, the REST listener) once the database is open.
#pragma once

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "engine/ConsoleService.h"
#include "i18n/Languages.h"
#include "net/NetworkFactory.h"
#include "profile/Config.h"
#include "profile/Profile.h"

#include <functional>
#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::keys {
class KeyStore;
}

namespace kassa::payments {
class ReceiveAddressSource;
}

namespace kassa::engine {

class AuditBackend;
class ChainManager;
class OperatorsBackend;
class OperatorsOwnerSetup;
class OwnerSetup;
class PayoutRates;
class PayoutsBackend;
class OrdersBackend;
class PayoutRunner;
class Storefront;
class WalletAddressSource;
class WalletsBackend;

class Engine final : public ConsoleService
{
    Q_OBJECT

public:
    Engine(Profile profile, Config config, const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~Engine() override;

    //! Opens the database on a worker thread, then starts watching the
    //! enabled chains; infoChanged() tells when done.
    void start();
    //! Opens the database on the calling thread (kassa-cli, tests); does
    //! not watch chains (see startChainWatchers()).
    Result<void> startBlocking();
    //! Starts the chain watchers once the database is open (start() does
    //! this by itself). Returns false while the database is not ready.
    bool startChainWatchers();
    //! Starts the storefront (expiry, callbacks, the REST listener when
    //! [api] enabled) fed by chains(); start() does this by itself with the
    //! secrets from the key store (kassa-cli api-token). Fails while the
    //! database is not ready.
    Result<void> startStorefront(const QByteArray &epusdtToken, const QByteArray &webhookSecret = {});
    //! Starts sending approved payouts (PayoutRunner, `[payouts]`); start()
    //! does this by itself. `afterPersist`: kassa-cli serve's fault
    //! injection in test builds only. Fails while the database is not ready.
    Result<void> startPayoutRunner(std::function<bool(const QString &payoutId)> afterPersist = {});
    //! The payout senders; null until startPayoutRunner().
    PayoutRunner *payoutRunner() const { return m_payoutRunner.get(); }
    //! The storefront (payments, outbox, listener); null until the database is open.
    Storefront *storefront() const { return m_storefront.get(); }
    //! Where orders get their receive addresses; null until the database is open.
    payments::ReceiveAddressSource *receiveAddresses() const;

    //! Installs the translators for `languageOverride`, or for the
    //! configured language when it is empty. Returns the language in effect.
    QString applyLanguage(const QString &languageOverride = {});

    const Profile &profile() const { return m_profile; }
    const Config &config() const { return m_config; }
    store::Database *database() const { return m_database.get(); }
    //! The chain watchers and the watched addresses; null until the
    //! database is open. Orders and wallets add addresses and consume
    //! ChainManager::transfersChanged() through it.
    ChainManager *chains() const { return m_chains.get(); }

    EngineInfo info() const override;
    QList<ChainStatus> chainStatuses() const override;
    QString languageSetting() const override;
    Result<void> setLanguageSetting(const QString &language) override;
    QList<PendingTransfer> pendingTransfers() const override;
    AuditService *audit() const override;
    WalletsService *wallets() const override;
    OperatorsService *operators() const override;
    PayoutsService *payouts() const override;
    //! What the first-run wizard and the Wallets page need of the operators
    //! (MainWindow::setOwnerSetup()); never null.
    OwnerSetup *ownerSetup() const;
    //! Who the engine's audit entries name: the operator signed in to the
    //! console (through ownerSetup()), or the system.
    audit::Actor actor() const;
    //! The rates payouts are valued at (kassa-cli refreshes them itself).
    PayoutRates *payoutRates() const { return m_payoutRates; }
    OrdersService *orders() const override;
    //! The engine's wallets with their receive address sets (for orders).
    WalletsBackend *walletsBackend() const { return m_wallets; }
    //! Where secrets live ([keys] store): the system keychain or the
    //! encrypted key file, which must be unlocked before use.
    keys::KeyStore *keyStore() const { return m_keyStore.get(); }
    QList<chain::ChainSettings> chainSettings() const override;
    QFuture<chain::ChainCheckResult> checkChainSettings(const chain::ChainSettings &settings) override;
    Result<void> saveChainSettings(const chain::ChainSettings &settings) override;

private:
    void finishStart(std::shared_ptr<store::Database> database, const Error *error);
    void makeStorefront();
    void refreshReceiveAddresses();
    //! Reads the storefront secrets from the key store, then starts it.
    void startStorefrontWithStoredSecrets();
    //! Where the key store holds no storefront secret: the owner-only files
    //! epusdt-token and webhook-secret in the profile folder.
    std::pair<QByteArray, QByteArray> storefrontSecrets() const;

    Profile m_profile;
    Config m_config;
    const Clock &m_clock;
    i18n::Translators m_translators;
    std::shared_ptr<store::Database> m_database;
    std::unique_ptr<ChainManager> m_chains;
    net::NetworkFactory m_network; //!< for settings checks before the database is open
    EngineInfo m_info;
    AuditBackend *m_audit = nullptr; // child QObject
    std::unique_ptr<keys::KeyStore> m_keyStore;
    WalletsBackend *m_wallets = nullptr; // child QObject
    OperatorsBackend *m_operators = nullptr; // child QObject
    OperatorsOwnerSetup *m_ownerSetup = nullptr; // child QObject
    PayoutRates *m_payoutRates = nullptr; // child QObject
    PayoutsBackend *m_payouts = nullptr; // child QObject
    OrdersBackend *m_orders = nullptr; // child QObject; served by m_storefront once it exists
    std::shared_ptr<WalletAddressSource> m_receiveAddresses;
    std::unique_ptr<Storefront> m_storefront;
    std::unique_ptr<PayoutRunner> m_payoutRunner;
};

} // namespace kassa::engine
