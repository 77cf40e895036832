#include "demo/DemoStorefront.h"

#include "demo/DemoNetwork.h"
#include "engine/Engine.h"
#include "engine/Storefront.h"
#include "money/ExchangeRate.h"
#include "store/Database.h"

#include <QDateTime>

namespace kassa::demo {

Result<std::unique_ptr<engine::Storefront>> startDemoStorefront(engine::Engine &engine)
{
    auto settings = engine::StorefrontSettings::load(engine.config().path());
    if (!settings.ok())
        return settings.error();
    auto token = DemoNetwork::epusdtToken(engine.profile().directory());
    if (!token.ok())
        return token.error();
    auto addresses = std::make_shared<payments::StaticAddressSource>();
    for (auto it = settings->sharedAddresses.cbegin(); it != settings->sharedAddresses.cend(); ++it)
        addresses->setShared(it.key(), it.value());
    std::shared_ptr<store::Database> database(engine.database(), [](store::Database *) {}); // the engine's
    auto storefront = std::make_unique<engine::Storefront>(database, settings.value(), addresses);
    auto started = storefront->start(engine.chains(), token.value());
    if (!started.ok())
        return started.error();
    // Rates age out ([payments] rate_max_age_minutes): a fresh one each start.
    auto rate = money::ExchangeRate::create(QString::fromLatin1(kDemoRate), settings->fiat, settings->asset,
        QStringLiteral("demo"), QDateTime::currentDateTimeUtc());
    if (!rate.ok())
        return rate.error();
    if (auto set = storefront->payments()->setRate(rate.value(), audit::Actor::system()); !set.ok())
        return set.error();
    return storefront;
}

} // namespace kassa::demo
