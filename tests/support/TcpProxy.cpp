#include "TcpProxy.h"

namespace kassa::test {

TcpProxy::TcpProxy(quint16 targetPort) : m_targetPort(targetPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
}

TcpProxy::~TcpProxy()
{
    cutAll();
}

void TcpProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        // Bytes from the client wait until the upstream connection is up.
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        auto close = [c = QPointer<QTcpSocket>(client), u = QPointer<QTcpSocket>(upstream)] {
            for (const QPointer<QTcpSocket> &s : {c, u}) {
                if (s) {
                    s->disconnect();
                    s->abort();
                    s->deleteLater();
                }
            }
        };
        connect(client, &QTcpSocket::disconnected, this, close);
        connect(upstream, &QTcpSocket::disconnected, this, close);
        connect(upstream, &QTcpSocket::errorOccurred, this, close);
        m_pairs.append(qMakePair(QPointer<QTcpSocket>(client), QPointer<QTcpSocket>(upstream)));
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpProxy::cutAll()
{
    const auto pairs = m_pairs;
    m_pairs.clear();
    for (const auto &pair : pairs) {
        if (pair.first)
            pair.first->abort();
        if (pair.second)
            pair.second->abort();
    }
}

int TcpProxy::openConnections() const
{
    int n = 0;
    for (const auto &pair : m_pairs) {
        if (pair.first && pair.first->state() == QAbstractSocket::ConnectedState)
            ++n;
    }
    return n;
}

} // namespace kassa::test
