#include "demo/DemoPayouts.h"

#include "base/Log.h"
#include "crypto/Mnemonic.h"
#include "demo/DemoNetwork.h"
#include "engine/Await.h"
#include "engine/Engine.h"
#include "engine/OperatorsService.h"
#include "engine/PayoutsService.h"
#include "engine/Storefront.h"
#include "engine/WalletsService.h"
#include "payouts/Payouts.h"
#include "store/Database.h"
#include "wallets/Wallet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace kassa::demo {

namespace {

using engine::OperatorsService;

struct DemoOperator {
    QString login;
    QString displayName;
    operators::Roles roles = 0;
    QString password;
};

QList<DemoOperator> demoOperators()
{
    // The owner gets every role (the first owner always does).
    return {{QLatin1String(DemoPayouts::kOwner), QStringLiteral("Demo Owner"), operators::AllRoles, {}},
        {QLatin1String(DemoPayouts::kClerk), QStringLiteral("Demo Clerk"), int(operators::Role::Clerk), {}},
        {QLatin1String(DemoPayouts::kApprover), QStringLiteral("Demo Approver"), int(operators::Role::Approver), {}},
        {QLatin1String(DemoPayouts::kSecondApprover), QStringLiteral("Demo Approver 2"), int(operators::Role::Approver),
            {}}};
}

QString randomPassword()
{
    QByteArray raw(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error ioError(const QString &path)
{
    return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path),
        DemoPayouts::tr("Kassa could not write the demo settings %1.").arg(path));
}

//! Writes the credentials (owner-only) before any account exists, so an
//! account is never left without its password on disk.
Result<void> writeCredentials(const QString &path, const QList<DemoOperator> &ops)
{
    QJsonArray list;
    for (const DemoOperator &op : ops) {
        list.append(QJsonObject {{QStringLiteral("login"), op.login}, {QStringLiteral("password"), op.password},
            {QStringLiteral("roles"), QJsonArray::fromStringList(operators::RoleNames::codes(op.roles))}});
    }
    const QJsonObject root {{QStringLiteral("demo_only"),
                                QStringLiteral("Play-money operators of Kassa's local demo network. A real profile "
                                               "never has this file; never use these accounts for real money.")},
        {QStringLiteral("operators"), list}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return ioError(path);
    return {};
}

//! The demo policy: the usual limits, in the demo's fiat (its orders and
//! its rate are in it), so a payout can be valued at the demo rate.
Result<payouts::PolicySettings> demoPolicy(const QString &fiat)
{
    payouts::PolicySettings s = payouts::PolicySettings::defaults();
    s.fiat = fiat;
    const money::Asset asset = s.fiatAsset();
    for (auto [field, text] :
        {std::pair {&s.tier1, "1000"}, std::pair {&s.tier2, "10000"}, std::pair {&s.maxPerPayout, "50000"},
            std::pair {&s.maxPerAsset24h, "100000"}, std::pair {&s.maxPerRequester24h, "20000"}}) {
        auto amount = money::Amount::parse(QString::fromLatin1(text), asset);
        if (!amount.ok())
            return amount.error();
        *field = amount.value();
    }
    if (auto valid = payouts::PayoutPolicy::validate(s); !valid.ok())
        return valid.error();
    return s;
}

Result<bool> ensurePayoutWallet(engine::Engine &engine)
{
    engine::WalletsService &wallets = *engine.wallets();
    auto existing =
        engine::await<Result<QList<wallets::WalletRecord>>>([&](QObject *ctx, auto done) { wallets.wallets(ctx, done); });
    if (!existing.ok())
        return existing.error();
    for (const wallets::WalletRecord &w : existing.value()) {
        if (w.role == wallets::WalletRole::Payout && w.family == chain::ChainFamily::Evm)
            return false;
    }
    auto mnemonic = crypto::Mnemonic::parse(QString::fromLatin1(DemoNetwork::kMnemonic));
    if (!mnemonic.ok())
        return mnemonic.error();
    engine::NewWallet draft;
    draft.label = DemoPayouts::tr("Demo payout wallet (play money)");
    draft.kind = wallets::WalletKind::Hd;
    draft.role = wallets::WalletRole::Payout;
    draft.families = {chain::ChainFamily::Evm};
    draft.mnemonic = std::make_shared<const crypto::Mnemonic>(std::move(mnemonic).value());
    draft.imported = true;
    draft.account = 0; // m/44'/60'/0'/0/0: dev account 0, which the demo funds
    auto made =
        engine::await<Result<QList<wallets::WalletRecord>>>([&](QObject *ctx, auto done) { wallets.create(draft, ctx, done); });
    if (!made.ok())
        return made.error();
    return true;
}

} // namespace

QString DemoPayouts::credentialsPath(const QString &directory)
{
    return directory + QStringLiteral("/demo-operators.json");
}

Result<DemoPayoutSetup> DemoPayouts::setUpBlocking(engine::Engine &engine)
{
    if (!engine.info().demo || !engine.database())
        return makeError(ErrorCode::Internal, QStringLiteral("demo payouts: not an open demo profile"),
            tr("The demo payouts can only be set up in an open demo profile."));
    DemoPayoutSetup setup;
    auto wallet = ensurePayoutWallet(engine);
    if (!wallet.ok())
        return wallet.error();
    setup.walletCreated = wallet.value();

    OperatorsService &ops = *engine.operators();
    const QString path = credentialsPath(engine.profile().directory());
    auto count = engine::await<Result<int>>([&](QObject *ctx, auto done) { ops.count(ctx, done); });
    if (!count.ok())
        return count.error();
    if (count.value() > 0) {
        // Made on an earlier start (the file is there), or the profile's own
        // operators, whose passwords Kassa does not know: both are kept.
        if (QFile::exists(path))
            setup.credentialsFile = path;
        return setup;
    }

    QList<DemoOperator> wanted = demoOperators();
    for (DemoOperator &op : wanted)
        op.password = randomPassword();
    if (auto written = writeCredentials(path, wanted); !written.ok())
        return written.error();
    setup.credentialsFile = path;
    std::optional<operators::OperatorInfo> owner;
    for (const DemoOperator &op : wanted) {
        const OperatorsService::NewOperator draft {op.login, op.displayName, op.password, op.roles};
        auto made = engine::await<Result<operators::OperatorInfo>>([&](QObject *ctx, auto done) {
            if (owner)
                ops.add(owner->id, draft, ctx, done);
            else
                ops.createOwner(draft, ctx, done);
        });
        if (!made.ok())
            return made.error();
        if (!owner)
            owner = made.value();
    }
    setup.operatorsCreated = true;

    auto storefront = engine::StorefrontSettings::load(engine.config().path());
    if (!storefront.ok())
        return storefront.error();
    auto policy = demoPolicy(storefront->fiat);
    if (!policy.ok())
        return policy.error();
    // Through the payouts service, as the console would (changed() follows);
    // with one owner the policy applies at once.
    auto applied = engine::await<Result<QString>>(
        [&](QObject *ctx, auto done) { engine.payouts()->proposePolicy(owner->id, policy.value(), ctx, done); });
    if (!applied.ok())
        return applied.error();
    qCInfo(lcEngine) << "demo: payout wallet, operators and policy set up; credentials in" << path;
    return setup;
}

} // namespace kassa::demo
