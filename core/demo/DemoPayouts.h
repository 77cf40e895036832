// DemoPayouts: what the demo needs to pay out with the same rules as real
// money — a payout wallet that signs for the funded dev account 0 (the
// public development mnemonic, imported into the profile's key store),
// four operators so that the one who asks is never the one who approves
// (maker ≠ checker), and a payout policy in the demo's fiat.
//
// DEMO ONLY. The operators' passwords are random and written to
// <demo profile>/demo-operators.json (owner-only) so that a test script can
// sign in from a terminal; a real profile never has such a file. The demo
// operators have no one-time codes (TOTP). Used by `kassa-cli serve --demo`
// (doc/demo.md).
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kassa::engine {
class Engine;
}

namespace kassa::demo {

struct DemoPayoutSetup {
    QString credentialsFile; //!< demo-operators.json; empty when the profile has operators of its own
    bool operatorsCreated = false; //!< made now (and the policy set with them)
    bool walletCreated = false; //!< the payout wallet was imported now
};

class DemoPayouts
{
    Q_DECLARE_TR_FUNCTIONS(kassa::demo::DemoPayouts)

public:
    //! The demo operators' logins: the owner (every role), a clerk who asks
    //! for payouts, and two approvers.
    static constexpr const char *kOwner = "demo-owner";
    static constexpr const char *kClerk = "demo-clerk";
    static constexpr const char *kApprover = "demo-approver";
    static constexpr const char *kSecondApprover = "demo-approver2";

    //! <directory>/demo-operators.json
    static QString credentialsPath(const QString &directory);

    //! Makes sure the demo profile open in `engine` (database open, a demo
    //! profile) has the payout wallet, the demo operators with their
    //! credentials file, and the demo policy; what exists already is kept.
    //! Waits for the key store and the password hashing: kassa-cli and
    //! tests only, never the GUI thread.
    static Result<DemoPayoutSetup> setUpBlocking(engine::Engine &engine);
};

} // namespace kassa::demo
