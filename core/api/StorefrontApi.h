// StorefrontApi: the storefront's REST surface as plain request → response
// logic, without a socket (ApiServer puts it behind QHttpServer; tests and
// the fuzzer call it directly). The Epusdt-compatible routes follow
// spec/storefront-api.md §1 byte for byte: errors are HTTP 200 with an
// Epusdt envelope, signatures are MD5 over Go's text of each value.
//
// Every rejection happens before anything is stored. Thread-safe: the
// listener's pool calls handle() (order creation there blocks on the
// database's writer thread); the listener thread itself calls handleAsync()
// for create-transaction, which answers after the group commit.
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "payments/Payments.h"
#include "payouts/PayoutTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace kassa::api {

struct ApiRequest {
    QByteArray method; //!< "GET", "POST", …
    QString path; //!< decoded path, no query
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;
    QString query; //!< the raw query string, without '?'
    QByteArray header(const QByteArray &name) const;
};

struct ApiResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

struct ApiSettings {
    QByteArray epusdtToken; //!< the Epusdt API token (from the key store); empty: the Epusdt routes refuse everything
    //! Where the checkout page is reached from outside ("https://pay.example.com"); payment_url uses it.
    QString publicBaseUrl = QStringLiteral("http://127.0.0.1:8000");
    //! What an Epusdt order is paid in, and its fiat currency.
    payments::PaymentTarget target;
    QString fiat = QStringLiteral("CNY");
    qsizetype maxBodyBytes = 16 * 1024;
    int maxJsonDepth = 8;
    int maxUrlLength = 1024;
    //! Requests per second per client address (token bucket; burst = 2 s worth).
    int ratePerSecond = 50;
    //! What POST /v1/payouts may ask for (chain, token, asset); empty: no payouts through the API.
    QList<payments::PaymentTarget> payoutTargets;
    //! The fiat value of a payout amount with its rate (the console's rate
    //! source); unset or failing: 503 rate_unavailable.
    std::function<Result<payouts::FiatValuation>(const money::Amount &amount)> payoutValuation;
    //! Kassa's demo network: the checkout page says the money is not real.
    bool demo = false;
    //! Demo only: pays a waiting order from a test account ("pay this order"
    //! on the checkout page, POST /demo/pay/<trade_id>). Called on the
    //! listener's thread; must not block.
    std::function<void(const payments::Order &)> demoPay;
};

//! Epusdt's status codes (gateways.md §1.3).
namespace epusdt {
inline constexpr int Ok = 200;
inline constexpr int SystemError = 400;
inline constexpr int BadSignature = 401;
inline constexpr int OrderExists = 10002;
inline constexpr int NoAddress = 10003;
inline constexpr int AmountTooSmall = 10004;
inline constexpr int NoFreeAmount = 10005;
inline constexpr int RateError = 10006;
inline constexpr int OrderNotFound = 10008;
inline constexpr int BadParams = 10009;
} // namespace epusdt

//! A checked create-transaction request.
struct CreateTransaction {
    QString orderId;
    QString amountText; //!< Go's text of the amount (what was signed): "100.5"
    QString notifyUrl;
    QString redirectUrl;
    QString currency; //!< extension: a fiat code; empty = the default
    QString network; //!< extension: a chain id; empty = the default
};

//! Why a request was refused, in Epusdt's terms.
struct Refusal {
    int code = epusdt::BadParams;
    QString message; //!< English, for the envelope and the log
};

//! A checked POST /v1/deposit-addresses body.
struct DepositAddressRequest {
    QString customerId; //!< 1–64 characters, no control or format characters
    QString chain; //!< empty: the configured chain
    QString asset; //!< empty: the configured asset
};

//! A refusal of the native surface: HTTP status and {"error":{…}}.
struct NativeRefusal {
    int status = 400;
    QString code;
    QString message;
    QString field;
};

struct ApiKey;

//! A checked POST /v1/payouts body (PayoutsApi.cpp).
struct PayoutAsk {
    QString chain;
    QString token; //!< the contract of the enabled payout target
    money::Amount amount;
    QString destination; //!< canonical form
    QString reason;
    QString reference; //!< the idempotency key; may be empty
};

//! A native-API refusal: HTTP status and {"error":{code, message, field}}.
struct ApiRefusal {
    int status = 400;
    QString code;
    QString message; //!< English
    QString field;
};

class StorefrontApi
{
    Q_DECLARE_TR_FUNCTIONS(kassa::api::StorefrontApi)

public:
    StorefrontApi(std::shared_ptr<payments::Payments> payments, ApiSettings settings,
        const Clock &clock = SystemClock::instance());

    ApiResponse handle(const ApiRequest &request);
    //! Order creation on the Epusdt routes without holding a thread while
    //! the order waits for its group commit: checks the request on the
    //! calling thread and calls `reply` on `context`'s thread with what
    //! handle() would answer (at once for a refusal). False for every other
    //! request: those go to handle().
    bool handleAsync(const ApiRequest &request, QObject *context, std::function<void(const ApiResponse &)> reply);

    //! Parses and checks a create-transaction body: strict JSON, signature,
    //! field types and limits. Pure: stores nothing (fuzzed).
    static std::variant<CreateTransaction, Refusal> parseCreateTransaction(
        QByteArrayView body, QByteArrayView token, const ApiSettings &settings);
    //! Parses and checks a deposit-address body: strict JSON, string
    //! fields, limits, no unknown members. Pure: stores nothing (fuzzed).
    static std::variant<DepositAddressRequest, NativeRefusal> parseDepositAddressRequest(
        QByteArrayView body, const ApiSettings &settings);
    //! Parses and checks a POST /v1/payouts body: strict JSON, known
    //! members only, types, lengths, an enabled chain and asset, the amount
    //! and the destination address. Pure: stores nothing (fuzzed).
    static std::variant<PayoutAsk, ApiRefusal> parsePayoutRequest(QByteArrayView body, const ApiSettings &settings);
    //! Epusdt's envelope: {"status_code":…,"message":…,"data":…,"request_id":…}.
    static QByteArray envelope(int code, const QString &message, const QByteArray &dataJson = "null");
    //! True for an http(s) URL with a host and no credentials, within `maxLength`.
    static bool isCallbackUrl(const QString &url, int maxLength);

    //! The native JSON of an order (decimal-string amounts, ISO times).
    QByteArray orderJson(const payments::Order &order) const;

private:
    ApiResponse createTransaction(const ApiRequest &request);
    //! createTransaction() up to the database: the order to create, or the answer.
    std::variant<std::pair<payments::OrderRequest, QString>, ApiResponse> prepareCreateTransaction(
        const ApiRequest &request);
    //! createTransaction() after it: `amountText` as the storefront sent it.
    ApiResponse answerCreateTransaction(const payments::CreateOutcome &outcome, const QString &amountText) const;
    //! handle()'s checks that come before any route: rate and body size.
    std::optional<ApiResponse> admit(const ApiRequest &request);
    // Native /v1 (NativeApi.cpp)
    ApiResponse handleNative(const ApiRequest &request);
    ApiResponse createNativeOrder(const ApiRequest &request, const QString &apiKeyId);
    ApiResponse listOrders(const ApiRequest &request);
    // /v1/deposit-addresses and /v1/deposits (DepositApi.cpp)
    ApiResponse handleDeposits(const ApiRequest &request, const ApiKey &key);
    // Native /v1/payouts (PayoutsApi.cpp)
    ApiResponse createPayout(const ApiRequest &request, const QString &apiKeyId, const QString &apiKeyName,
        const QStringList &scopes);
    ApiResponse showPayout(const QString &id, const QString &apiKeyId);
    ApiResponse payDemoOrder(const QString &tradeId);
    ApiResponse checkStatus(const QString &tradeId);
    ApiResponse checkoutPage(const QString &tradeId, const ApiRequest &request);
    bool allow(const QHostAddress &remote);

    std::shared_ptr<payments::Payments> m_payments;
    ApiSettings m_settings;
    const Clock &m_clock;
    QMutex m_bucketsMutex;
    struct Bucket {
        qint64 milliTokens = 0; // thousandths of a request
        qint64 atMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace kassa::api
