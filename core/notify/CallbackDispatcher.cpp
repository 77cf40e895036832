#include "notify/CallbackDispatcher.h"

#include "base/Log.h"
#include "notify/EpusdtSignature.h"
#include "store/Database.h"

#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace kassa::notify {

namespace {

net::NetworkPolicy withTimeout(net::NetworkPolicy policy, int timeoutMs)
{
    policy.requestTimeoutMs = timeoutMs;
    policy.maxResponseBytes = 64 * 1024;
    return policy;
}

} // namespace

CallbackDispatcher::CallbackDispatcher(std::shared_ptr<store::Database> database, DispatchSettings settings,
    net::NetworkPolicy network, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_settings(std::move(settings)),
      m_network(withTimeout(std::move(network), m_settings.timeoutMs)), m_clock(clock)
{
    qRegisterMetaType<kassa::notify::CallbackRecord>();
    qRegisterMetaType<kassa::notify::CallbackAttempt>();
}

CallbackDispatcher::~CallbackDispatcher()
{
    stop();
}

QByteArray CallbackDispatcher::nativeSignature(QByteArrayView secret, qint64 unixSeconds, QByteArrayView body)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret.toByteArray());
    mac.addData(t);
    mac.addData(".");
    mac.addData(body.toByteArray());
    return "t=" + t + ",v1=" + mac.result().toHex();
}

bool CallbackDispatcher::acknowledged(const QString &dialect, int httpStatus, QByteArrayView body)
{
    if (dialect == QLatin1String("epusdt")) {
        if (httpStatus != 200)
            return false;
        const QByteArray text = body.toByteArray().trimmed().toLower();
        return text == "ok" || text == "success";
    }
    return httpStatus >= 200 && httpStatus < 300;
}

void CallbackDispatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_manager)
        m_manager = m_network.createAccessManager(this);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &CallbackDispatcher::pump);
    }
    pump();
}

void CallbackDispatcher::stop()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
}

void CallbackDispatcher::poke()
{
    if (!m_running || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void CallbackDispatcher::schedule()
{
    if (!m_running || !m_timer)
        return;
    qint64 wait = m_settings.pollMs;
    if (auto reader = m_database->reader(); reader.ok()) {
        auto next = Outbox::nextDue(reader.value());
        if (next.ok() && next->has_value())
            wait = std::clamp<qint64>(**next - m_clock.nowMs(), 0, m_settings.pollMs);
    }
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(wait, 10)));
}

void CallbackDispatcher::pump()
{
    if (!m_running)
        return;
    auto reader = m_database->reader();
    if (!reader.ok()) {
        qCWarning(lcEngine) << "callbacks: no database reader:" << reader.error().message;
        schedule();
        return;
    }
    auto due = Outbox::due(
        reader.value(), m_clock.nowMs(), 200, QStringList(m_busyEndpoints.cbegin(), m_busyEndpoints.cend()));
    if (!due.ok()) {
        qCWarning(lcEngine) << "callbacks: reading the outbox failed:" << due.error().message;
        schedule();
        return;
    }
    for (const auto &callback : due.value()) {
        if (m_inFlight.contains(callback.id) || m_busyEndpoints.contains(callback.endpoint))
            continue;
        send(callback);
    }
    schedule();
}

void CallbackDispatcher::send(const CallbackRecord &callback)
{
    const qint64 started = m_clock.nowMs();
    QByteArray body = callback.body;
    if (callback.dialect == QLatin1String("epusdt")) {
        auto signedBody = EpusdtSignature::signedCallbackBody(callback.body, m_settings.epusdtToken);
        if (!signedBody.ok()) {
            m_inFlight.insert(callback.id);
            m_busyEndpoints.insert(callback.endpoint);
            finished(callback, nullptr, started, signedBody.error().message);
            return;
        }
        body = signedBody.value();
    }
    const QUrl url(callback.url, QUrl::StrictMode);
    QNetworkRequest request = m_network.request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (callback.dialect == QLatin1String("native")) {
        request.setRawHeader("Kassa-Signature", nativeSignature(m_settings.webhookSecret, started / 1000, body));
        request.setRawHeader("Kassa-Event", callback.event.toUtf8());
        request.setRawHeader("Kassa-Event-Id", callback.eventId.toUtf8());
    }
    m_inFlight.insert(callback.id);
    m_busyEndpoints.insert(callback.endpoint);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        finished(callback, nullptr, started, QStringLiteral("not an http(s) URL: %1").arg(callback.endpoint));
        return;
    }
    QNetworkReply *reply = m_manager->post(request, body);
    connect(reply, &QNetworkReply::finished, this,
        [this, callback, reply, started] { finished(callback, reply, started); });
}

void CallbackDispatcher::finished(
    const CallbackRecord &callback, QNetworkReply *reply, qint64 startedMs, const QString &error)
{
    CallbackAttempt attempt;
    attempt.error = error;
    attempt.callbackId = callback.id;
    attempt.startedMs = startedMs;
    attempt.durationMs = std::max<qint64>(0, m_clock.nowMs() - startedMs);
    if (reply) {
        reply->deleteLater();
        attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->read(4096);
        attempt.responseBody = QString::fromUtf8(answer);
        if (reply->error() != QNetworkReply::NoError && attempt.httpStatus == 0)
            attempt.error = reply->errorString();
        attempt.acknowledged = acknowledged(callback.dialect, attempt.httpStatus, answer);
    }
    const double jitter = QRandomGenerator::global()->generateDouble();
    auto logged = std::make_shared<std::optional<CallbackRecord>>();
    m_database
        ->write([callback, attempt, jitter, logged](QSqlDatabase &db) -> Result<void> {
            auto r = Outbox::recordAttempt(db, callback.id, attempt, jitter);
            if (!r.ok())
                return r.error();
            *logged = r.value();
            return {};
        })
        .then(this, [this, callback, attempt, logged](Result<void> result) {
            m_inFlight.remove(callback.id);
            m_busyEndpoints.remove(callback.endpoint);
            if (!result.ok())
                qCWarning(lcEngine) << "callbacks: logging an attempt failed:" << result.error().message;
            else if (logged->has_value())
                Q_EMIT attemptLogged(**logged, attempt);
            if (attempt.acknowledged)
                qCInfo(lcEngine) << "callback" << callback.id << "delivered to" << callback.endpoint;
            else
                qCInfo(lcEngine) << "callback" << callback.id << "to" << callback.endpoint << "not acknowledged:"
                                 << (attempt.error.isEmpty() ? QStringLiteral("HTTP %1").arg(attempt.httpStatus)
                                                             : attempt.error);
            poke();
        });
}

} // namespace kassa::notify
