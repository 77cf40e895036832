#include "ScriptedHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace kassa::test {

ScriptedHttpServer::ScriptedHttpServer(Handler handler) : m_handler(std::move(handler))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl ScriptedHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void ScriptedHttpServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        HttpExchange exchange;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        exchange.method = requestLine.value(0);
        exchange.path = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            exchange.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            break;
        exchange.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(exchange);

        const HttpAnswer answer = m_handler(exchange);
        if (answer.hang)
            continue;
        if (answer.closeEarly) {
            socket->abort();
            return;
        }
        const QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\nContent-Type: "
            + answer.contentType + "\r\nContent-Length: " + QByteArray::number(answer.body.size())
            + "\r\nConnection: keep-alive\r\n\r\n" + answer.body;
        if (answer.delayMs > 0) {
            QTimer::singleShot(answer.delayMs, socket, [socket, response] { socket->write(response); });
        } else {
            socket->write(response);
        }
    }
    socket->setProperty("buffer", buffer);
}

} // namespace kassa::test
