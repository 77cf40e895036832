// CallbackDispatcher: delivers the outbox. One request at a time per
// endpoint (scheme://host:port), endpoints in parallel, so a storefront that
// is down or hangs only delays its own callbacks. Each attempt is logged;
// an unacknowledged one is tried again after a backoff with jitter until
// the callback's tries run out, then it waits for an operator's resend.
//
// Acknowledgement: Epusdt dialect — HTTP 200 and a body that, trimmed, is
// "ok" or "success" (any case); native — any 2xx. Epusdt bodies are signed
// when sent (MD5 with the API token), native ones carry
// `Kassa-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`.
//
// Lives on one thread (it makes its QNetworkAccessManager there); reads and
// writes the database through Database's reader and writer.
#pragma once

#include "base/Clock.h"
#include "net/NetworkFactory.h"
#include "notify/Outbox.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace kassa::store {
class Database;
}

namespace kassa::notify {

struct DispatchSettings {
    QByteArray epusdtToken; //!< the Epusdt API token (from the key store)
    QByteArray webhookSecret; //!< the native webhook secret (from the key store)
    int timeoutMs = 5000; //!< per attempt (Epusdt: 5 s)
    int pollMs = 1000; //!< look for due callbacks at least this often
};

class CallbackDispatcher : public QObject
{
    Q_OBJECT

public:
    CallbackDispatcher(std::shared_ptr<store::Database> database, DispatchSettings settings,
        net::NetworkPolicy network = {}, const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~CallbackDispatcher() override;

    //! Starts delivering (call on the thread this object lives on).
    void start();
    void stop();
    //! Look for due callbacks now (connect Payments::callbacksQueued here).
    void poke();

    //! `Kassa-Signature` header value for a native webhook body.
    static QByteArray nativeSignature(QByteArrayView secret, qint64 unixSeconds, QByteArrayView body);
    //! Is this answer an acknowledgement in `dialect`?
    static bool acknowledged(const QString &dialect, int httpStatus, QByteArrayView body);

Q_SIGNALS:
    //! An attempt finished and was logged (delivered, retried later or given up).
    void attemptLogged(const kassa::notify::CallbackRecord &callback, const kassa::notify::CallbackAttempt &attempt);

private:
    void pump();
    void send(const CallbackRecord &callback);
    void finished(const CallbackRecord &callback, QNetworkReply *reply, qint64 startedMs, const QString &error = {});
    void schedule();

    std::shared_ptr<store::Database> m_database;
    DispatchSettings m_settings;
    net::NetworkFactory m_network;
    const Clock &m_clock;
    QNetworkAccessManager *m_manager = nullptr;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_pumpQueued = false;
    QSet<QString> m_busyEndpoints;
    QSet<qint64> m_inFlight;
};

} // namespace kassa::notify
