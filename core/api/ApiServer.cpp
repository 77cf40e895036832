#include "api/ApiServer.h"

#include "base/Log.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace kassa::api {

namespace {

void respond(QHttpServerResponder &responder, const ApiResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

} // namespace

ApiServer::ApiServer(std::shared_ptr<StorefrontApi> api) : m_api(std::move(api))
{ }

ApiServer::~ApiServer()
{
    stop();
}

Result<quint16> ApiServer::start(const ListenSettings &settings)
{
    if (m_thread)
        return m_port;
    if (!settings.address.isLoopback())
        qCWarning(lcEngine) << "the storefront API listens on" << settings.address.toString()
                            << "— reachable from other machines; put TLS and a firewall in front of it";
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("kassa-api"));
    m_pool = new QThreadPool;
    // The native order and payout routes wait on their group commit in a
    // pool thread (create-transaction does not: see below): as many threads
    // as the connections a busy storefront keeps open let one commit carry
    // them all (a thread waiting costs no CPU).
    m_pool->setMaxThreadCount(128);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_server = new QHttpServer;
            auto api = m_api;
            QObject *context = m_context;
            QThreadPool *pool = m_pool;
            // The handler blocks on the database (order creation waits for
            // its group commit), so it runs on a pool: requests on other
            // connections proceed meanwhile and share one commit. The
            // answer is written back on this thread, which owns the socket.
            //
            // Order creation does not take a pool thread: it is checked here
            // and answered here after its group commit (one event for all
            // of a commit's orders), so no thread sits waiting on the disk.
            auto inFlight = m_inFlight;
            m_server->setMissingHandler(
                [api, context, pool, inFlight](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                    ApiRequest r;
                    r.method = methodName(request.method());
                    r.path = request.url().path();
                    r.query = request.url().query();
                    r.headers = request.headers();
                    r.body = request.body();
                    r.remote = request.remoteAddress();
                    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
                    inFlight->fetchAndAddOrdered(1);
                    try {
                        if (api->handleAsync(r, context, [pending, inFlight](const ApiResponse &response) {
                                respond(*pending, response);
                                inFlight->fetchAndAddOrdered(-1);
                            }))
                            return;
                        inFlight->fetchAndAddOrdered(-1);
                    } catch (const std::exception &e) {
                        // Thrown before the order was queued: nothing waits.
                        qCCritical(lcEngine) << "storefront API: exception" << e.what();
                        ApiResponse failed;
                        failed.status = 500;
                        failed.body = StorefrontApi::envelope(epusdt::SystemError, QStringLiteral("system error"));
                        respond(*pending, failed);
                        inFlight->fetchAndAddOrdered(-1);
                        return;
                    }
                    QtConcurrent::run(pool, [api, r]() -> ApiResponse {
                        try {
                            return api->handle(r);
                        } catch (const std::exception &e) {
                            qCCritical(lcEngine) << "storefront API: exception" << e.what();
                            ApiResponse failed;
                            failed.status = 500;
                            failed.body = StorefrontApi::envelope(epusdt::SystemError, QStringLiteral("system error"));
                            return failed;
                        }
                    }).then(context, [pending](const ApiResponse &response) { respond(*pending, response); });
                });
            port = m_server->listen(settings.address, settings.port);
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        stop();
        return makeError(ErrorCode::Network,
            QStringLiteral("cannot listen on %1:%2").arg(settings.address.toString()).arg(settings.port),
            tr("The storefront API cannot listen on %1 port %2.").arg(settings.address.toString()).arg(settings.port),
            tr("Another program may be using the port; choose another one in the settings."));
    }
    m_port = port;
    qCInfo(lcEngine) << "storefront API listening on" << settings.address.toString() << port;
    return port;
}

void ApiServer::stop()
{
    if (!m_thread)
        return;
    m_pool->waitForDone();
    // Orders still in a group commit answer on m_thread: let them (the
    // writer always finishes a transaction) before the responders go.
    QElapsedTimer waited;
    waited.start();
    while (m_inFlight->loadAcquire() > 0 && waited.elapsed() < 60'000)
        QThread::msleep(2);
    if (m_server) {
        QHttpServer *server = m_server;
        QMetaObject::invokeMethod(
            m_context, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        m_context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    delete m_pool;
    m_pool = nullptr;
    m_port = 0;
}

} // namespace kassa::api
