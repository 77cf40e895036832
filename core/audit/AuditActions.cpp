#include "audit/AuditActions.h"

#include <QHash>

namespace kassa::audit {

namespace {

struct Known {
    const char *code;
    const char *label; // translated in context kassa::audit::AuditActions
};

// QT_TRANSLATE_NOOP marks the names for lupdate; label() translates them.
const Known kKnown[] = {
    {action::OperatorCreate, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator added")},
    {action::OperatorUpdate, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator changed")},
    {action::OperatorDisable, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator disabled")},
    {action::OperatorRoles, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator roles changed")},
    {action::OperatorRolesPropose, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator role change proposed")},
    {action::OperatorRolesReject, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator role change rejected")},
    {action::OperatorPassword, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator password changed")},
    {action::OperatorTotpEnrol, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Two-step sign-in turned on")},
    {action::OperatorTotpRemove, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Two-step sign-in turned off")},
    {action::OperatorUnlock, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator lockout cleared")},
    {action::SessionUnlock, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Console unlocked")},
    {action::SessionUnlockFailed, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Failed unlock attempt")},
    {action::SessionLock, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Console locked")},
    {action::PolicyChange, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout policy changed")},
    {action::PolicyChangeApprove, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout policy change approved")},
    {action::PolicyChangeReject, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout policy change rejected")},
    {action::AddressBookAdd, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Address book entry added")},
    {action::AddressBookEdit, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Address book entry changed")},
    {action::AddressBookRemove, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Address book entry removed")},
    {action::AddressBookApprove, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Address book entry approved")},
    {action::PayoutRequest, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout requested")},
    {action::PayoutEdit, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout request changed")},
    {action::PayoutApprove, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout approved")},
    {action::PayoutReject, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout rejected")},
    {action::PayoutCancel, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout cancelled")},
    {action::PayoutSign, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout signed")},
    {action::PayoutBroadcast, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout sent to the network")},
    {action::PayoutComplete, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout completed")},
    {action::PayoutFail, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout failed")},
    {action::PayoutSpeedUp, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout sped up")},
    {action::WalletCreate, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Wallet created")},
    {action::WalletImport, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Wallet imported")},
    {action::WalletEdit, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Wallet changed")},
    {action::WalletRemove, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Wallet removed")},
    {action::WalletRevealMnemonic, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Recovery words shown")},
    {action::KeyUse, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Signing key used")},
    {action::BackupExport, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Backup exported")},
    {action::BackupRestore, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Backup restored")},
    {action::OrderMarkPaid, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Order marked as paid")},
    {action::OrderAttachTransfer, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Transfer attached to an order")},
    {action::OrderCancel, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Order cancelled")},
    {action::OrderResendCallback, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Shop notification sent again")},
    {action::ApiKeyCreate, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "API key created")},
    {action::ApiKeyRevoke, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "API key revoked")},
    {action::ApiSecretSet, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Storefront token or webhook secret set")},
    {action::ApiSecretRemove,
        QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Storefront token or webhook secret removed")},
    {action::SettingsChange, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Settings changed")},
    {action::AuditExport, QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Audit log exported")},
};

struct Group {
    const char *prefix;
    const char *label;
};

const Group kGroups[] = {
    {"operator.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operators")},
    {"session.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Sign-ins")},
    {"policy.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout policy")},
    {"addressbook.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Address book")},
    {"payout.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payouts")},
    {"wallet.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Wallets")},
    {"key.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Keys")},
    {"backup.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Backups")},
    {"order.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Orders")},
    {"apikey.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "API keys")},
    {"settings.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Settings")},
    {"audit.", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Audit log")},
};

const Known kSubjects[] = {
    {"operator", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Operator")},
    {"session", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Session")},
    {"policy", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Policy")},
    {"addressbook", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Address")},
    {"payout", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Payout")},
    {"wallet", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Wallet")},
    {"key", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Key")},
    {"backup", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Backup")},
    {"order", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Order")},
    {"apikey", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "API key")},
    {"settings", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Settings")},
    {"audit", QT_TRANSLATE_NOOP("kassa::audit::AuditActions", "Export")},
};

} // namespace

QString AuditActions::subjectLabel(const QString &kind)
{
    for (const Known &k : kSubjects) {
        if (kind == QLatin1String(k.code))
            return tr(k.label);
    }
    return kind;
}

QStringList AuditActions::codes()
{
    QStringList out;
    for (const Known &k : kKnown)
        out << QLatin1String(k.code);
    return out;
}

QString AuditActions::label(const QString &code)
{
    for (const Known &k : kKnown) {
        if (code == QLatin1String(k.code))
            return tr(k.label);
    }
    return code;
}

QStringList AuditActions::groups()
{
    QStringList out;
    for (const Group &g : kGroups)
        out << QLatin1String(g.prefix);
    return out;
}

QString AuditActions::groupLabel(const QString &prefix)
{
    for (const Group &g : kGroups) {
        if (prefix == QLatin1String(g.prefix))
            return tr(g.label);
    }
    return prefix;
}

} // namespace kassa::audit
