#include "engine/OperatorsOwnerSetup.h"

#include "engine/OperatorsService.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>

namespace kassa::engine {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(kassa::engine::OperatorsOwnerSetup)
};

Error notAnOwner()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("owner setup: the operator is not an owner"),
        Texts::tr("Only an owner can do this."), Texts::tr("Sign in as an owner and try again."));
}

} // namespace

OperatorsOwnerSetup::OperatorsOwnerSetup(OperatorsService *operators, QObject *parent)
    : QObject(parent), m_operators(operators)
{
    connect(m_operators, &OperatorsService::changed, this, &OperatorsOwnerSetup::refresh);
}

void OperatorsOwnerSetup::refresh()
{
    QPointer<OperatorsOwnerSetup> self(this);
    m_operators->count(this, [self](Result<int> n) {
        if (!self || !n.ok())
            return;
        const bool has = n.value() > 0;
        if (has != self->m_hasOwner) {
            self->m_hasOwner = has;
            Q_EMIT self->hasOwnerChanged(has);
        }
    });
}

QString OperatorsOwnerSetup::loginFor(const QString &name)
{
    // Letters of other scripts do not fit a login: only ASCII survives.
    QString login = name.normalized(QString::NormalizationForm_KD).toLower();
    login.remove(QRegularExpression(QStringLiteral("[^a-z0-9 ._-]")));
    login = login.simplified().replace(QLatin1Char(' '), QLatin1Char('.'));
    static const QRegularExpression leading(QStringLiteral("^[._-]+"));
    login.remove(leading);
    login.truncate(64);
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    return valid.match(login).hasMatch() ? login : QStringLiteral("owner");
}

void OperatorsOwnerSetup::createOwner(const QString &name, const QString &password, QObject *context, Done done)
{
    OperatorsService::NewOperator owner;
    owner.login = loginFor(name);
    owner.displayName = name;
    owner.password = password;
    QPointer<OperatorsOwnerSetup> self(this);
    m_operators->createOwner(owner, context, [self, done](Result<operators::OperatorInfo> made) {
        if (!made.ok()) {
            done(made.error());
            return;
        }
        if (self) {
            self->m_createdLogin = made->login;
            if (!self->m_hasOwner) {
                self->m_hasOwner = true;
                Q_EMIT self->hasOwnerChanged(true);
            }
        }
        done(Result<void>());
    });
}

void OperatorsOwnerSetup::verifyOwnerPassword(const QString &password, const QString &totpCode, QObject *context, Done done)
{
    if (m_signedIn.isValid()) {
        verifyAs(m_signedIn.login, password, totpCode, context, std::move(done));
        return;
    }
    // Nobody signed in (no sign-in yet in this run): the only owner's password.
    QPointer<OperatorsOwnerSetup> self(this);
    QPointer<QObject> ctx(context);
    m_operators->list(this, [self, ctx, password, totpCode, done](Result<QList<operators::OperatorInfo>> list) {
        if (!self || !ctx)
            return;
        if (!list.ok()) {
            done(list.error());
            return;
        }
        QStringList owners;
        for (const operators::OperatorInfo &op : *list) {
            if (op.has(operators::Role::Owner) && !op.disabled)
                owners << op.login;
        }
        if (owners.size() != 1) {
            done(makeError(ErrorCode::InvalidInput,
                QStringLiteral("owner setup: %1 owners and nobody signed in").arg(owners.size()),
                Texts::tr("Sign in to the console first."), Texts::tr("Then try again.")));
            return;
        }
        self->verifyAs(owners.first(), password, totpCode, ctx.data(), done);
    });
}

audit::Actor OperatorsOwnerSetup::actor() const
{
    return m_signedIn.isValid() ? audit::Actor::operatorAccount(m_signedIn.id, m_signedIn.displayName)
                                : audit::Actor::system();
}

void OperatorsOwnerSetup::verifyAs(const QString &login, const QString &password, const QString &totpCode, QObject *context,
    Done done)
{
    m_operators->verify(login, password, totpCode, OperatorsService::Purpose::StepUp, context,
        [done](Result<operators::OperatorInfo> who) {
            if (!who.ok())
                done(who.error());
            else if (!who->has(operators::Role::Owner))
                done(notAnOwner());
            else
                done(Result<void>());
        });
}

} // namespace kassa::engine
