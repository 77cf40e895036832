// FakeConsoleService: a ConsoleService for widget tests, with state the test
// sets directly and a real translator switch.
#pragma once

#include "FakeAuditService.h"
#include "FakePayoutsService.h"
#include "FakeOrdersService.h"
#include "FakeWalletsService.h"
#include "base/Clock.h"
#include "engine/ConsoleService.h"
#include "engine/OperatorsBackend.h"
#include "i18n/Languages.h"
#include "keys/KeyStore.h"

#include <functional>

namespace kassa::test {

class FakeConsoleService : public engine::ConsoleService
{
    Q_OBJECT

public:
    using ConsoleService::ConsoleService;
    ~FakeConsoleService() override { delete m_operators; } // before the key store it uses

    engine::EngineInfo info() const override { return m_info; }
    QList<engine::ChainStatus> chainStatuses() const override { return m_chains; }
    QString languageSetting() const override { return m_language; }
    Result<void> setLanguageSetting(const QString &language) override
    {
        if (language != QLatin1String("system") && !i18n::isShippedLanguage(language))
            return makeError(ErrorCode::Config, QStringLiteral("bad language"), QStringLiteral("bad language"));
        m_language = language;
        m_translators.apply(language);
        ++languageChanges;
        return {};
    }

    QList<engine::PendingTransfer> pendingTransfers() const override { return m_pending; }
    engine::AuditService *audit() const override { return m_audit; }
    FakeAuditService *fakeAudit() const { return m_audit; }
    engine::WalletsService *wallets() const override { return m_wallets; }
    FakeWalletsService *fakeWallets() const { return m_wallets; }
    //! The real operators backend with fast test hashing and keys in
    //! memory; without a database (setDatabase()) every call fails cleanly.
    engine::OperatorsService *operators() const override { return m_operators; }
    engine::OperatorsBackend *operatorsBackend() const { return m_operators; }
    keys::MemoryKeyStore *operatorKeys() const { return m_operatorKeys.get(); }
    engine::PayoutsService *payouts() const override { return m_payouts; }
    FakePayoutsService *fakePayouts() const { return m_payouts; }
    engine::OrdersService *orders() const override { return m_orders; }
    FakeOrdersService *fakeOrders() const { return m_orders; }

    QList<chain::ChainSettings> chainSettings() const override { return m_chainSettings; }
    QFuture<chain::ChainCheckResult> checkChainSettings(const chain::ChainSettings &settings) override
    {
        ++chainChecks;
        lastChecked = settings;
        if (checkHandler)
            return checkHandler(settings);
        chain::ChainCheckResult result;
        result.chainId = settings.id;
        result.issues = chain::ChainSettingsFile::validate(settings);
        return QtFuture::makeReadyFuture(result);
    }
    Result<void> saveChainSettings(const chain::ChainSettings &settings) override
    {
        const auto issues = chain::ChainSettingsFile::validate(settings);
        if (!issues.isEmpty())
            return makeError(ErrorCode::InvalidInput, issues.first().message, issues.first().userMessage);
        for (auto &c : m_chainSettings) {
            if (c.id == settings.id)
                c = settings;
        }
        ++chainSaves;
        return {};
    }
    void setChainSettings(const QList<chain::ChainSettings> &chains) { m_chainSettings = chains; }
    //! Replaces the check (e.g. one that asks a real node).
    std::function<QFuture<chain::ChainCheckResult>(const chain::ChainSettings &)> checkHandler;
    int chainChecks = 0;
    int chainSaves = 0;
    chain::ChainSettings lastChecked;

    //! Adds or updates a pending transfer, as a watcher would.
    void upsertPending(const engine::PendingTransfer &transfer)
    {
        bool found = false;
        for (auto &t : m_pending) {
            if (t.id == transfer.id) {
                t = transfer;
                found = true;
            }
        }
        if (!found)
            m_pending.prepend(transfer);
        Q_EMIT pendingTransferChanged(transfer);
    }
    void removePending(qint64 id)
    {
        m_pending.removeIf([id](const engine::PendingTransfer &t) { return t.id == id; });
        Q_EMIT pendingTransferRemoved(id);
    }

    void setInfo(const engine::EngineInfo &info)
    {
        m_info = info;
        Q_EMIT infoChanged();
    }
    void setChains(const QList<engine::ChainStatus> &chains)
    {
        m_chains = chains;
        Q_EMIT chainStatusesChanged();
    }
    void applyLanguage(const QString &language) { m_translators.apply(language); }

    int languageChanges = 0;

private:
    engine::EngineInfo m_info;
    QList<engine::ChainStatus> m_chains;
    QList<engine::PendingTransfer> m_pending;
    QList<chain::ChainSettings> m_chainSettings = chain::ChainSettingsFile::allDefaults();
    QString m_language = QStringLiteral("system");
    i18n::Translators m_translators;
    FakeAuditService *m_audit = new FakeAuditService(this);
    FakeWalletsService *m_wallets = new FakeWalletsService(this);
    std::unique_ptr<keys::MemoryKeyStore> m_operatorKeys = std::make_unique<keys::MemoryKeyStore>();
    engine::OperatorsBackend *m_operators = new engine::OperatorsBackend(
        SystemClock::instance(), m_operatorKeys.get(), operators::Argon2Params::forTests(), {}, this);
    FakePayoutsService *m_payouts = new FakePayoutsService(this);
    FakeOrdersService *m_orders = new FakeOrdersService(this);
};

} // namespace kassa::test
