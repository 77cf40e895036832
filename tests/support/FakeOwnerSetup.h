// FakeOwnerSetup: the operators' owner setup for widget tests — remembers
// the owner it was asked to create and checks the password against it.
#pragma once

#include "engine/OwnerSetup.h"

#include <QMetaObject>

namespace kassa::test {

class FakeOwnerSetup : public engine::OwnerSetup
{
public:
    bool hasOwner() const override { return !name.isEmpty(); }
    void createOwner(const QString &n, const QString &p, QObject *context, Done done) override
    {
        if (fail) {
            QMetaObject::invokeMethod(context, [done] { done(makeError(ErrorCode::Database, QStringLiteral("x"), QStringLiteral("The database is busy."))); }, Qt::QueuedConnection);
            return;
        }
        name = n;
        password = p;
        QMetaObject::invokeMethod(context, [done] { done(Result<void>()); }, Qt::QueuedConnection);
    }
    void verifyOwnerPassword(const QString &p, QObject *context, Done done) override
    {
        const bool right = !password.isEmpty() && p == password;
        QMetaObject::invokeMethod(context, [done, right] {
            done(right ? Result<void>() : Result<void>(makeError(ErrorCode::InvalidInput, QStringLiteral("wrong"), QStringLiteral("Wrong password."))));
        }, Qt::QueuedConnection);
    }
    QString name;
    QString password;
    bool fail = false;
};

} // namespace kassa::test
