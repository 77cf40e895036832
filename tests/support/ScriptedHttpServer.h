// ScriptedHttpServer: an HTTP/1.1 server on 127.0.0.1 whose every answer a
// test decides — the hostile or flaky node, the storefront that answers
// 500, the endpoint that hangs. Counts and keeps the requests it saw.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace kassa::test {

struct HttpExchange {
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpAnswer {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    int delayMs = 0;
    bool hang = false; //!< never answer (the client must time out)
    bool closeEarly = false; //!< drop the connection without an answer
};

class ScriptedHttpServer : public QObject
{
public:
    using Handler = std::function<HttpAnswer(const HttpExchange &)>;

    explicit ScriptedHttpServer(Handler handler);
    QUrl url(const QString &path = QStringLiteral("/")) const;
    quint16 port() const { return m_server.serverPort(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    int requestCount() const { return int(m_requests.size()); }
    const QList<HttpExchange> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<HttpExchange> m_requests;
};

} // namespace kassa::test
