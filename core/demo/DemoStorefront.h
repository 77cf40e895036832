// DemoStorefront: the storefront of the demo profile — the same
// engine::Storefront `kassa-cli serve` runs, on the demo network's receive
// addresses, with the demo's Epusdt token and a demo exchange rate, so the
// REST listener on loopback takes orders at once. Used by `kassa --demo`
// and `kassa-cli serve --demo`.
#pragma once

#include "base/Result.h"


namespace kassa::engine {
class Engine;
class Storefront;
}

namespace kassa::demo {

class DemoNetwork;

//! The rate demo orders are priced at: 1 USDT = 7.2 CNY (source "demo").
inline constexpr const char *kDemoRate = "7.2";

//! Starts the engine's storefront in its demo profile (database open, chain
//! watchers started; nothing happens when it runs already) with the demo's
//! Epusdt token, and sets a fresh demo rate. The engine keeps owning it.
//! With `network`, the checkout page gets a "pay this order" button that
//! pays from a customer account of the demo network.
Result<engine::Storefront *> startDemoStorefront(engine::Engine &engine, DemoNetwork *network = nullptr);

} // namespace kassa::demo
