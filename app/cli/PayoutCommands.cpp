// kassa-cli payout: ask for a payout, list and show requests, approve or
// reject one, cancel one — as a signed-in operator. Passwords and one-time
// codes are read from the terminal without echo (or, for scripts, one line
// each from standard input); they are never command-line arguments, which
// other users can read in the process list. Every action goes through
// Payouts (policy, maker ≠ checker, audit) exactly as in the console; the
// approver sees what will be paid before being asked for the password.
#include "cli/Commands.h"

#include "cli/CliEngine.h"

#include "chain/ChainSettings.h"
#include "engine/ChainManager.h"
#include "engine/Engine.h"
#include "engine/OperatorsBackend.h"
#include "engine/Storefront.h"
#include "payments/Payments.h"
#include "payouts/Payouts.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace kassa::cli {

namespace {

using payouts::PayoutRequest;
using payouts::Payouts;

QString payoutSummary()
{
    return Cli::tr("Ask for a payout, list and show requests, approve, reject or cancel one.");
}

//! One line from the terminal with echo off, or from standard input when it
//! is not a terminal. The prompt goes to standard error.
QString readHidden(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fputs(" ", stderr);
    std::fflush(stderr);
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n' && line.size() < 4096)
        line.push_back(char(c));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

//! Signs `login` in (password, then the one-time code if the account has
//! one) for `purpose`; the operator, or the exit code after a message.
std::variant<operators::OperatorInfo, int> signIn(engine::Engine &engine, const QString &login,
    engine::OperatorsService::Purpose purpose)
{
    if (!engine.keyStore()) {
        err(Cli::tr("This profile has no key store; operators cannot sign in."));
        return 1;
    }
    engine::OperatorsBackend operators(SystemClock::instance(), engine.keyStore());
    operators.setDatabase(std::shared_ptr<store::Database>(engine.database(), [](store::Database *) {}));
    auto attempt = [&](const QString &password, const QString &code) {
        std::optional<Result<operators::OperatorInfo>> result;
        QEventLoop loop;
        QObject receiver;
        operators.verify(login, password, code, purpose, &receiver, [&](Result<operators::OperatorInfo> r) {
            result = std::move(r);
            loop.quit();
        });
        if (!result)
            loop.exec();
        return std::move(*result);
    };
    QString password = readHidden(Cli::tr("Password for %1:").arg(login));
    auto result = attempt(password, QString());
    if (!result.ok() && engine::authFailureOf(result.error()) == engine::AuthFailure::TotpRequired) {
        QString code = readHidden(Cli::tr("One-time code:"));
        result = attempt(password, code);
        wipe(code);
    }
    wipe(password);
    if (!result.ok())
        return reportError(result.error());
    return result.value();
}

QJsonObject payoutJson(const PayoutRequest &r, const QList<payouts::Approval> &approvals)
{
    QJsonArray decisions;
    for (const auto &a : approvals) {
        decisions.append(QJsonObject {{QStringLiteral("operator"), a.operatorName}, {QStringLiteral("revision"), a.revision},
            {QStringLiteral("decision"), a.approve ? QStringLiteral("approve") : QStringLiteral("reject")},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC).toString(Qt::ISODateWithMs)}});
    }
    return QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("status"), QLatin1String(payouts::payoutStateName(r.state))},
        {QStringLiteral("revision"), r.revision}, {QStringLiteral("chain"), r.chain}, {QStringLiteral("asset"), r.amount.asset().symbol},
        {QStringLiteral("token"), r.tokenContract}, {QStringLiteral("amount"), r.amount.toString()},
        {QStringLiteral("destination"), r.destination}, {QStringLiteral("reason"), r.reason},
        {QStringLiteral("reference"), r.reference}, {QStringLiteral("requester"), r.requester.name},
        {QStringLiteral("fiat_value"), r.fiat.value.toStringWithSymbol()}, {QStringLiteral("rate"), r.fiat.rate},
        {QStringLiteral("created_at"), QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("tx_hash"), r.txHash}, {QStringLiteral("failure_reason"), r.failureReason},
        {QStringLiteral("approvals"), decisions}};
}

//! Everything an approver must see before deciding, as aligned rows.
void printPayout(const PayoutRequest &r, const QList<payouts::Approval> &approvals)
{
    QList<std::pair<QString, QString>> rows {{Cli::tr("Payout"), r.id},
        {Cli::tr("Status"), QLatin1String(payouts::payoutStateName(r.state))},
        {Cli::tr("Revision"), QString::number(r.revision)}, {Cli::tr("Chain"), r.chain},
        {Cli::tr("Amount"), r.amount.toStringWithSymbol()}, {Cli::tr("Token contract"), r.tokenContract},
        {Cli::tr("Destination"), r.destination},
        {Cli::tr("Value"), Cli::tr("%1 at %2 (%3)").arg(r.fiat.value.toStringWithSymbol(), r.fiat.rate, r.fiat.rateSource)},
        {Cli::tr("Reason"), r.reason}, {Cli::tr("Reference"), r.reference}, {Cli::tr("Requested by"), r.requester.name}};
    for (const auto &a : approvals) {
        if (a.revision == r.revision)
            rows.append({a.approve ? Cli::tr("Approved by") : Cli::tr("Rejected by"), a.operatorName});
    }
    if (!r.txHash.isEmpty())
        rows.append({Cli::tr("Transaction"), r.txHash});
    if (!r.failureReason.isEmpty())
        rows.append({Cli::tr("Why"), r.failureReason});
    printTable(rows);
}

template<typename T>
Result<T> writeValue(store::Database &db, const std::function<Result<T>(QSqlDatabase &)> &fn)
{
    std::optional<Result<T>> result;
    auto written = db.writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        result = fn(c);
        return result->ok() ? Result<void>() : Result<void>(result->error());
    });
    if (!result)
        return written.error();
    return std::move(*result);
}

int usage()
{
    err(Cli::tr("Usage: kassa-cli payout request|list|show|approve|cancel [options]"));
    return 2;
}

int runPayout(const Context &context, const QStringList &args)
{
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    QCommandLineParser parser;
    parser.setApplicationDescription(payoutSummary());
    const QCommandLineOption operatorOption(QStringLiteral("operator"), Cli::tr("Sign in as <login>."), Cli::tr("login"));
    const QCommandLineOption chainOption(QStringLiteral("chain"), Cli::tr("The chain to pay on (tron, ethereum, …)."), Cli::tr("chain"));
    const QCommandLineOption assetOption(QStringLiteral("asset"), Cli::tr("The asset to pay (default USDT)."), Cli::tr("symbol"));
    const QCommandLineOption amountOption(QStringLiteral("amount"), Cli::tr("The amount, e.g. 12.50."), Cli::tr("amount"));
    const QCommandLineOption toOption(QStringLiteral("to"), Cli::tr("The destination address."), Cli::tr("address"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Cli::tr("What it is for (or why it is rejected or cancelled)."), Cli::tr("text"));
    const QCommandLineOption referenceOption(QStringLiteral("reference"), Cli::tr("An invoice number or ticket."), Cli::tr("text"));
    const QCommandLineOption rejectOption(QStringLiteral("reject"), Cli::tr("Reject instead of approving."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({operatorOption, chainOption, assetOption, amountOption, toOption, reasonOption, referenceOption,
        rejectOption, jsonOption});
    parser.addHelpOption();
    if (!parser.parse(QStringList {args.at(0) + QLatin1Char(' ') + sub} + args.mid(2))) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || sub.isEmpty()) {
        out(parser.helpText());
        printTable({{QStringLiteral("  request --operator L --chain C --amount X --to A --reason R"), Cli::tr("Ask for a payout.")},
            {QStringLiteral("  list [--json]"), Cli::tr("List payout requests, newest first.")},
            {QStringLiteral("  show ID [--json]"), Cli::tr("Show one request and its approvals.")},
            {QStringLiteral("  approve ID --operator L [--reject --reason R]"), Cli::tr("Approve or reject the request shown.")},
            {QStringLiteral("  cancel ID --operator L --reason R"), Cli::tr("Withdraw a request.")}});
        return sub.isEmpty() ? 2 : 0;
    }
    static const QStringList known {QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("show"),
        QStringLiteral("approve"), QStringLiteral("cancel")};
    if (!known.contains(sub))
        return usage();
    const QStringList positional = parser.positionalArguments();
    const bool needsId = sub != QLatin1String("request") && sub != QLatin1String("list");
    if (needsId && positional.size() != 1)
        return usage();
    const bool needsOperator = sub == QLatin1String("request") || sub == QLatin1String("approve") || sub == QLatin1String("cancel");
    if (needsOperator && !parser.isSet(operatorOption)) {
        err(Cli::tr("Say who you are with --operator <login>."));
        return 2;
    }
    if (sub == QLatin1String("request")) {
        for (const auto *option : {&chainOption, &amountOption, &toOption, &reasonOption}) {
            if (!parser.isSet(*option)) {
                err(Cli::tr("Missing --%1.").arg(option->names().constFirst()));
                return 2;
            }
        }
    }
    if (sub == QLatin1String("cancel") && !parser.isSet(reasonOption)) {
        err(Cli::tr("Missing --%1.").arg(QStringLiteral("reason")));
        return 2;
    }

    OpenedEngine opened = openEngine(context);
    if (opened.code)
        return opened.code;
    engine::Engine &engine = *opened.engine;
    store::Database &db = *engine.database();
    auto reader = db.reader();
    if (!reader.ok())
        return reportError(reader.error());
    const qint64 now = SystemClock::instance().nowMs();

    if (sub == QLatin1String("list")) {
        auto list = Payouts::list(reader.value(), 500);
        if (!list.ok())
            return reportError(list.error());
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const auto &r : list.value())
                array.append(payoutJson(r, {}));
            out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
            return 0;
        }
        for (const auto &r : list.value())
            out(QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(r.id, QString::fromLatin1(payouts::payoutStateName(r.state)).leftJustified(17),
                        r.amount.toStringWithSymbol().leftJustified(16), r.destination, r.reason));
        return 0;
    }
    if (sub == QLatin1String("request")) {
        const QString chainId = parser.value(chainOption);
        const QString symbol = parser.isSet(assetOption) ? parser.value(assetOption) : QStringLiteral("USDT");
        std::optional<chain::ChainSettings> settings;
        for (const auto &c : engine.chains() ? engine.chains()->chains() : QList<chain::ChainSettings> {}) {
            if (c.id == chainId)
                settings = c;
        }
        if (!settings)
            settings = chain::ChainSettingsFile::defaults(chainId);
        std::optional<chain::TokenContract> token;
        for (const auto &t : settings ? settings->tokens : QList<chain::TokenContract> {}) {
            if (t.symbol == symbol)
                token = t;
        }
        if (!token) {
            err(Cli::tr("%1 is not a token Kassa knows on %2.").arg(symbol, chainId));
            return 1;
        }
        const money::Asset asset {symbol, token->decimals};
        auto amount = money::Amount::parse(parser.value(amountOption), asset);
        if (!amount.ok())
            return reportError(amount.error());
        auto policy = Payouts::policy(reader.value());
        if (!policy.ok())
            return reportError(policy.error());
        // The value in the policy's currency, at the stored rate (kassa-cli orders rate).
        auto storefront = engine::StorefrontSettings::load(engine.config().path());
        if (!storefront.ok())
            return reportError(storefront.error());
        std::shared_ptr<store::Database> shared(engine.database(), [](store::Database *) {});
        payments::Payments payments(shared, std::make_shared<payments::StaticAddressSource>(), storefront->payments);
        auto rate = payments.rate(policy->fiat, symbol);
        if (!rate.ok())
            return reportError(rate.error());
        if (!rate->has_value()) {
            err(Cli::tr("There is no %1 rate for %2; set one with “kassa-cli orders rate %1 RATE --asset %2”.")
                    .arg(policy->fiat, symbol));
            return 1;
        }
        auto value = (*rate)->toFiat(amount.value(), policy->fiatAsset(), 2, money::Rounding::HalfUp);
        if (!value.ok())
            return reportError(value.error());
        auto who = signIn(engine, parser.value(operatorOption), engine::OperatorsService::Purpose::StepUp);
        if (const int *code = std::get_if<int>(&who))
            return *code;
        payouts::PayoutDraft draft {chainId, token->contract, amount.value(), parser.value(toOption),
            parser.value(reasonOption), parser.value(referenceOption)};
        payouts::FiatValuation fiat {value.value(), (*rate)->toString(), (*rate)->source(),
            (*rate)->observedAt().toMSecsSinceEpoch()};
        auto made = writeValue<PayoutRequest>(db, [&](QSqlDatabase &c) {
            return Payouts::request(c, std::get<operators::OperatorInfo>(who), draft, fiat, now);
        });
        if (!made.ok())
            return reportError(made.error());
        out(Cli::tr("Payout %1 requested; it waits for approval.").arg(made->id));
        return 0;
    }

    const QString id = positional.constFirst();
    auto found = Payouts::find(reader.value(), id);
    if (!found.ok())
        return reportError(found.error());
    if (!found->has_value()) {
        err(Cli::tr("There is no payout %1.").arg(id));
        return 1;
    }
    const PayoutRequest shown = **found;
    auto approvals = Payouts::approvals(reader.value(), id);
    if (!approvals.ok())
        return reportError(approvals.error());
    if (sub == QLatin1String("show")) {
        if (parser.isSet(jsonOption))
            out(QString::fromUtf8(QJsonDocument(payoutJson(shown, approvals.value())).toJson(QJsonDocument::Indented)).trimmed());
        else
            printPayout(shown, approvals.value());
        return 0;
    }
    // approve / cancel: show exactly what is decided on, then sign in.
    printPayout(shown, approvals.value());
    auto who = signIn(engine, parser.value(operatorOption), engine::OperatorsService::Purpose::StepUp);
    if (const int *code = std::get_if<int>(&who))
        return *code;
    const operators::OperatorInfo &actor = std::get<operators::OperatorInfo>(who);
    if (sub == QLatin1String("cancel")) {
        auto done = writeValue<bool>(db, [&](QSqlDatabase &c) -> Result<bool> {
            auto r = Payouts::cancel(c, actor, id, parser.value(reasonOption), now);
            if (!r.ok())
                return r.error();
            return true;
        });
        if (!done.ok())
            return reportError(done.error());
        out(Cli::tr("Payout %1 cancelled.").arg(id));
        return 0;
    }
    const bool approve = !parser.isSet(rejectOption);
    if (!approve && !parser.isSet(reasonOption)) {
        err(Cli::tr("Missing --%1.").arg(QStringLiteral("reason")));
        return 2;
    }
    // The revision shown above: an edit made meanwhile voids this decision.
    auto decided = writeValue<payouts::PolicyDecision>(db, [&](QSqlDatabase &c) {
        return Payouts::decide(c, actor, id, shown.revision, approve, parser.value(reasonOption), now);
    });
    if (!decided.ok())
        return reportError(decided.error());
    auto after = Payouts::find(reader.value(), id);
    const bool ready = after.ok() && after->has_value() && (*after)->state == payouts::PayoutState::Approved;
    if (!approve)
        out(Cli::tr("Payout %1 rejected.").arg(id));
    else if (ready)
        out(Cli::tr("Payout %1 approved; it will be signed and sent.").arg(id));
    else
        out(Cli::tr("Your approval of payout %1 is recorded; it needs more approvals.").arg(id));
    return 0;
}

} // namespace

Command payoutCommand()
{
    return {QStringLiteral("payout"), &payoutSummary, &runPayout};
}

} // namespace kassa::cli
