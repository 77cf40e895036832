#include "demo/DemoStorefront.h"

#include "demo/DemoNetwork.h"
#include "engine/Engine.h"
#include "engine/Storefront.h"
#include "money/ExchangeRate.h"

#include <QDateTime>

namespace kassa::demo {

Result<engine::Storefront *> startDemoStorefront(engine::Engine &engine)
{
    auto settings = engine::StorefrontSettings::load(engine.config().path());
    if (!settings.ok())
        return settings.error();
    auto token = DemoNetwork::epusdtToken(engine.profile().directory());
    if (!token.ok())
        return token.error();
    // The engine's own storefront (its receive addresses, outbox and listener).
    if (auto started = engine.startStorefront(token.value()); !started.ok())
        return started.error();
    engine::Storefront *storefront = engine.storefront();
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
