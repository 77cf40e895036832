// AuditActions: the stable codes of audited actions, as stored in
// audit_log.action, and their translated names for the Audit page. A module
// that records a new kind of action adds its code and name here.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kassa::audit {

namespace action {
// Operators and sessions
inline constexpr char OperatorCreate[] = "operator.create";
inline constexpr char OperatorUpdate[] = "operator.update";
inline constexpr char OperatorDisable[] = "operator.disable";
inline constexpr char OperatorRoles[] = "operator.roles";
inline constexpr char OperatorRolesPropose[] = "operator.roles_propose";
inline constexpr char OperatorRolesReject[] = "operator.roles_reject";
inline constexpr char OperatorPassword[] = "operator.password";
inline constexpr char OperatorTotpEnrol[] = "operator.totp_enrol";
inline constexpr char OperatorTotpRemove[] = "operator.totp_remove";
inline constexpr char OperatorUnlock[] = "operator.unlock";
inline constexpr char SessionUnlock[] = "session.unlock";
inline constexpr char SessionUnlockFailed[] = "session.unlock_failed";
inline constexpr char SessionLock[] = "session.lock";
// Payout policy and address book
inline constexpr char PolicyChange[] = "policy.change";
inline constexpr char PolicyChangeApprove[] = "policy.change_approve";
inline constexpr char PolicyChangeReject[] = "policy.change_reject";
inline constexpr char AddressBookAdd[] = "addressbook.add";
inline constexpr char AddressBookEdit[] = "addressbook.edit";
inline constexpr char AddressBookRemove[] = "addressbook.remove";
inline constexpr char AddressBookApprove[] = "addressbook.approve";
// Payouts
inline constexpr char PayoutRequest[] = "payout.request";
inline constexpr char PayoutEdit[] = "payout.edit";
inline constexpr char PayoutApprove[] = "payout.approve";
inline constexpr char PayoutReject[] = "payout.reject";
inline constexpr char PayoutCancel[] = "payout.cancel";
inline constexpr char PayoutSign[] = "payout.sign";
inline constexpr char PayoutBroadcast[] = "payout.broadcast";
inline constexpr char PayoutComplete[] = "payout.complete";
inline constexpr char PayoutFail[] = "payout.fail";
inline constexpr char PayoutSpeedUp[] = "payout.speed_up";
// Wallets and keys
inline constexpr char WalletCreate[] = "wallet.create";
inline constexpr char WalletImport[] = "wallet.import";
inline constexpr char WalletEdit[] = "wallet.edit";
inline constexpr char WalletRemove[] = "wallet.remove";
inline constexpr char WalletRevealMnemonic[] = "wallet.reveal_mnemonic";
inline constexpr char KeyUse[] = "key.use";
inline constexpr char BackupExport[] = "backup.export";
inline constexpr char BackupRestore[] = "backup.restore";
// Orders and the storefront
inline constexpr char OrderMarkPaid[] = "order.mark_paid";
inline constexpr char OrderAttachTransfer[] = "order.attach_transfer";
inline constexpr char OrderCancel[] = "order.cancel";
inline constexpr char OrderResendCallback[] = "order.resend_callback";
inline constexpr char ApiKeyCreate[] = "apikey.create";
inline constexpr char ApiKeyRevoke[] = "apikey.revoke";
//! The Epusdt token or the webhook secret was created, rotated or set.
inline constexpr char ApiSecretSet[] = "apikey.secret_set";
inline constexpr char ApiSecretRemove[] = "apikey.secret_remove";
// Settings and the log itself
inline constexpr char SettingsChange[] = "settings.change";
inline constexpr char AuditExport[] = "audit.export";
} // namespace action

class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(kassa::audit::AuditActions)

public:
    //! Every known code, in the order the Audit page's filter lists them.
    static QStringList codes();
    //! The translated name of `code` ("Payout approved"); the code itself
    //! for one this version does not know (written by a newer Kassa).
    static QString label(const QString &code);
    //! The translated name of a code's group ("Payouts" for "payout.*").
    static QString groupLabel(const QString &prefix);
    //! The translated name of what an entry concerns ("payout" → "Payout");
    //! the kind itself for one this version does not know.
    static QString subjectLabel(const QString &kind);
    //! The group prefixes ("operator.", "payout.", …) for filters.
    static QStringList groups();
};

} // namespace kassa::audit
