// OwnerSetup: what the first-run wizard and the Wallets page need of the
// operators — whether an owner exists, creating one with a password (which
// also unlocks the console later), and checking that password again. The
// operators module implements it; without one the wizard skips its password
// step.
#pragma once

#include "base/Result.h"
#include "operators/Operator.h"

#include <QObject>
#include <QString>

#include <functional>

namespace kassa::engine {

class OwnerSetup
{
public:
    using Done = std::function<void(Result<void>)>;

    virtual ~OwnerSetup() = default;

    //! True once an owner operator exists (the wizard then skips the step).
    virtual bool hasOwner() const = 0;
    //! Creates the owner operator `name` with `password` (hashed by the
    //! operators module, never stored as given); answers on `context`'s thread.
    virtual void createOwner(const QString &name, const QString &password, QObject *context, Done done) = 0;
    //! Checks the owner's password — and the 6-digit code when the owner uses
    //! TOTP — again before a sensitive step (revealing recovery words); a
    //! wrong or missing one is an error (authFailureOf() says which; it is
    //! audited there).
    virtual void verifyOwnerPassword(const QString &password, const QString &totpCode, QObject *context, Done done) = 0;
    //! True when the signed-in operator uses TOTP, so the prompt asks for the
    //! code with the password (a prompt without it is answered TotpRequired).
    virtual bool signedInUsesTotp() const { return false; }
    //! The shortest password the operators module accepts.
    virtual int minimumPasswordLength() const { return 10; }
    //! The login name of the owner created in this run (the sign-in form
    //! offers it); empty otherwise.
    virtual QString ownerLogin() const { return {}; }
    //! The operator signed in to the console (invalid while nobody is):
    //! whose password verifyOwnerPassword() checks (the only owner's when
    //! nobody is signed in), and whom the engine's audit entries name.
    virtual void setSignedIn(const operators::OperatorInfo &op) { Q_UNUSED(op); }
};

} // namespace kassa::engine
