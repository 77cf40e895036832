#include "demo/DemoStorefront.h"

#include "demo/DemoNetwork.h"
#include "engine/Engine.h"
#include "engine/Storefront.h"
#include "money/ExchangeRate.h"

#include <QDateTime>
#include <QPointer>

namespace kassa::demo {

Result<engine::Storefront *> startDemoStorefront(engine::Engine &engine, DemoNetwork *network)
{
    auto settings = engine::StorefrontSettings::load(engine.config().path());
    if (!settings.ok())
        return settings.error();
    if (network && settings->demo) {
        // From the listener's thread to the network's: queued, never waited for.
        QPointer<DemoNetwork> target(network);
        settings->demoPay = [target](const payments::Order &order) {
            QMetaObject::invokeMethod(
                target.data(),
                [target, order] {
                    if (!target || target->chain().customers.isEmpty())
                        return;
                    const QStringList customers = target->chain().customers;
                    const QString from = customers.at(int(order.id % customers.size()));
                    target->pay(from, order.address, order.amount.units());
                },
                Qt::QueuedConnection);
        };
    }
    auto token = DemoNetwork::epusdtToken(engine.profile().directory());
    if (!token.ok())
        return token.error();
    // The engine's own storefront (its receive addresses, outbox and listener).
    if (settings->demoPay && engine.storefront() && !engine.storefront()->isStarted())
        engine.storefront()->setDemoPay(settings->demoPay);
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
