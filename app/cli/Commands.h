// The commands of kassa-cli, one function per command group; each lives in
// its own file under app/cli/ and is listed in cli_main.cpp.
#pragma once

#include "cli/Cli.h"

namespace kassa::cli {

Command apikeyCommand();
Command auditCommand();
Command ordersCommand();
Command serveCommand();
Command statusCommand();
Command walletCommand();

} // namespace kassa::cli
