// ApiServer: the local REST listener. A QHttpServer on a thread of its own
// hands every request to StorefrontApi. Off until started; loopback unless
// the merchant binds it elsewhere on purpose (a warning is logged).
#pragma once

#include "api/StorefrontApi.h"
#include "base/Result.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QHostAddress>

#include <memory>

class QObject;
class QThread;
class QThreadPool;
class QHttpServer;

namespace kassa::api {

struct ListenSettings {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8000; //!< 0: any free port (tests)
};

class ApiServer
{
    Q_DECLARE_TR_FUNCTIONS(kassa::api::ApiServer)

public:
    explicit ApiServer(std::shared_ptr<StorefrontApi> api);
    ~ApiServer();
    ApiServer(const ApiServer &) = delete;
    ApiServer &operator=(const ApiServer &) = delete;

    //! Starts the listener thread and listens; answers with the port.
    Result<quint16> start(const ListenSettings &settings);
    //! Stops listening and joins the thread. Safe to call twice.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    quint16 port() const { return m_port; }

private:
    std::shared_ptr<StorefrontApi> m_api;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread
    QThreadPool *m_pool = nullptr; // runs the handlers
    //! Requests answered later on the listener thread (order creation).
    std::shared_ptr<QAtomicInt> m_inFlight = std::make_shared<QAtomicInt>(0);
    QHttpServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
};

} // namespace kassa::api
