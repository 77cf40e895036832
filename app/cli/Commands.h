// The commands of kassa-cli, one function per command group; each lives in
// its own file under app/cli/ and is listed in cli_main.cpp.
#pragma once

#include "cli/Cli.h"

namespace kassa::engine {
class Engine;
}

namespace kassa::cli {

Command apiTokenCommand();
Command apikeyCommand();
Command auditCommand();
Command ordersCommand();
Command payoutCommand();
Command serveCommand();
Command statusCommand();
Command walletCommand();
Command keysCommand();

// Shared by the wallet commands (WalletCommands.cpp).
//! A file holding a secret (a recovery phrase or a passphrase): read whole,
//! strictly UTF-8, at most `limit` bytes. The caller wipes the result.
Result<QString> readSecretFile(const QString &path, qint64 limit);
void wipe(QByteArray &bytes);
void wipe(QString &text);

// The key store of an open engine (ApiTokenCommands.cpp).
//! Unlocks the encrypted key file with the passphrase in `passphraseFile`
//! (creating the file if there is none); nothing to do for the system
//! keychain. Returns 0, or the exit code after printing the error.
int unlockKeyStore(engine::Engine &engine, const QString &passphraseFile);

// The wallets of the profile (WalletBookCommands.cpp): wallet import, list, address.
QString walletImportSummary();
QString walletListSummary();
QString walletAddressSummary();
int runWalletImport(const Context &context, const QStringList &args);
int runWalletList(const Context &context, const QStringList &args);
int runWalletAddress(const Context &context, const QStringList &args);

} // namespace kassa::cli
