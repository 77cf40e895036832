// OperatorsOwnerSetup: the engine's OwnerSetup over the OperatorsService.
// The wizard's "owner password" step creates the first Owner (login made
// from the name: "Olga Berg" → "olga.berg", "owner" when nothing of it
// fits a login); revealing recovery words checks the password of the
// signed-in operator, who must be an Owner (or, before anyone signed in,
// of the only owner). Whether an owner exists is kept from the operators'
// count, read again whenever the accounts change.
#pragma once

#include "audit/AuditLog.h"
#include "engine/OwnerSetup.h"

#include <QObject>

namespace kassa::engine {

class OperatorsService;

class OperatorsOwnerSetup final : public QObject, public OwnerSetup
{
    Q_OBJECT

public:
    explicit OperatorsOwnerSetup(OperatorsService *operators, QObject *parent = nullptr);

    //! Reads whether an owner exists again (the database opened, accounts changed).
    void refresh();

    bool hasOwner() const override { return m_hasOwner; }
    void createOwner(const QString &name, const QString &password, QObject *context, Done done) override;
    void verifyOwnerPassword(const QString &password, const QString &totpCode, QObject *context, Done done) override;
    bool signedInUsesTotp() const override { return m_signedIn.isValid() && m_signedIn.totpEnrolled; }
    QString ownerLogin() const override { return m_createdLogin; }
    void setSignedIn(const operators::OperatorInfo &op) override { m_signedIn = op; }
    //! Who the engine's own audit entries (wallets, exports) name: the
    //! signed-in operator, or the system when nobody is (this object's thread).
    audit::Actor actor() const;

    //! The login name made from an owner's name.
    static QString loginFor(const QString &name);

Q_SIGNALS:
    void hasOwnerChanged(bool hasOwner);

private:
    void verifyAs(const QString &login, const QString &password, const QString &totpCode, QObject *context, Done done);

    OperatorsService *m_operators;
    bool m_hasOwner = false;
    QString m_createdLogin;
    operators::OperatorInfo m_signedIn;
};

} // namespace kassa::engine
