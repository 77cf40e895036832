// OwnerSetup: what the first-run wizard needs of the operators — whether an
// owner exists, and creating one with a password (which also unlocks the
// console later). The operators module implements it; the wizard skips
// its password step when given none.
#pragma once

#include "base/Result.h"

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
    //! The shortest password the operators module accepts.
    virtual int minimumPasswordLength() const { return 10; }
};

} // namespace kassa::engine
