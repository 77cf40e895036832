// RateFeed: exchange rates from a source the merchant configures — an HTTP
// JSON endpoint and the path of the rate inside its answer — fetched through
// the NetworkFactory every interval and stored like a manual rate (with the
// source and the time it was fetched). Nothing falls back: a failed fetch
// leaves the last rate to age, and once it is older than
// [payments] rate_max_age_minutes new fiat orders are refused.
//
// The rate is read exactly: the JSON number's literal or the string's text
// goes through the strict decimal parser, never through a double.
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "net/NetworkFactory.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace kassa::payments {

class Payments;

//! One configured source ([rates] <FIAT>.url / .path / .asset).
struct RateSource {
    QString fiat; //!< "CNY"
    QString asset = QStringLiteral("USDT");
    QString url; //!< https:// (plain http only to this computer)
    //! Where the rate is in the answer: object keys and array indexes
    //! separated by dots ("tether.cny", "data.0.last"). The value is a JSON
    //! number or a string holding a plain decimal: fiat per one asset unit.
    QString path;
};

struct RateFeedSettings {
    QList<RateSource> sources;
    int intervalSeconds = 300;
};

class RateFeed : public QObject
{
    Q_OBJECT

public:
    RateFeed(std::shared_ptr<Payments> payments, RateFeedSettings settings, net::NetworkFactory network,
        const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~RateFeed() override;

    //! Fetches every source now and then every interval.
    void start();
    void stop();
    //! Fetches every source once.
    void fetchAll();

    //! The text of the value at `path` in `json` (a number's literal, a
    //! string's decoded text). Strict JSON; a missing member, an index out
    //! of range or a value of another type is an error naming the path.
    static Result<QString> extract(QByteArrayView json, const QString &path);
    //! How a source is named on orders: scheme://host/path, without the
    //! query (it may carry an API key).
    static QString sourceName(const QString &url);

Q_SIGNALS:
    void rateStored(const QString &fiat, const QString &asset, const QString &rate);
    void fetchFailed(const QString &fiat, const QString &asset, const QString &message);

private:
    void fetch(const RateSource &source);

    std::shared_ptr<Payments> m_payments;
    RateFeedSettings m_settings;
    net::NetworkFactory m_network;
    const Clock &m_clock;
    QNetworkAccessManager *m_manager = nullptr; // child
    QTimer *m_timer = nullptr; // child
};

} // namespace kassa::payments
