// The engine as the kassa-cli commands open it: the profile, its
// configuration, logging into the profile, the database and key store
// started; and who acts from a terminal.
#pragma once

#include "audit/AuditLog.h"
#include "cli/Cli.h"
#include "engine/Await.h"
#include "engine/Engine.h"

#include <memory>
#include <optional>

namespace kassa::cli {

struct OpenedEngine {
    std::unique_ptr<engine::Engine> engine;
    int code = 0; //!< non-zero: stop with this exit code (the error is printed)
};

struct OpenOptions {
    //! Take the profile's lock first (commands that change wallets or keys).
    bool lockProfile = false;
};

OpenedEngine openEngine(const Context &context, OpenOptions options = {});

//! Who acts from the terminal: the operating-system user.
audit::Actor terminalActor();

//! Waits for one asynchronous answer: `call` gets the callback that takes
//! it (kassa-cli has no window to keep alive, so a local event loop runs).
template<typename R, typename Call>
R await(Call call)
{
    return engine::await<R>([&](QObject *, auto done) { call(std::move(done)); });
}

} // namespace kassa::cli
