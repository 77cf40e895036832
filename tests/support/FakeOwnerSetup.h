// FakeOwnerSetup: the operators' owner setup for widget tests — remembers
// the owner it was asked to create and checks the password (and, when
// `totpCode` is set, the one-time code) against it.
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
    void verifyOwnerPassword(const QString &p, const QString &code, QObject *context, Done done) override
    {
        ++verifications;
        lastCode = code;
        Result<void> answer;
        if (password.isEmpty() || p != password)
            answer = makeError(ErrorCode::InvalidInput, QStringLiteral("[auth:wrong-credentials] wrong"), QStringLiteral("Wrong password."));
        else if (!totpCode.isEmpty() && code.isEmpty())
            answer = makeError(ErrorCode::InvalidInput, QStringLiteral("[auth:totp-required] code needed"), QStringLiteral("Enter the code."));
        else if (!totpCode.isEmpty() && code != totpCode)
            answer = makeError(ErrorCode::InvalidInput, QStringLiteral("[auth:wrong-totp] wrong code"), QStringLiteral("Wrong code."));
        QMetaObject::invokeMethod(context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    }
    bool signedInUsesTotp() const override { return usesTotp; }
    QString name;
    QString password;
    bool fail = false;
    QString totpCode; //!< the code the owner's app shows (empty: no TOTP)
    bool usesTotp = false; //!< what signedInUsesTotp() says
    int verifications = 0;
    QString lastCode;
};

} // namespace kassa::test
