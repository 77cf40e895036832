// TcpProxy: a TCP forwarder on 127.0.0.1 in front of a real peer (anvil),
// so a test can cut every connection mid-stream or refuse new ones — a
// WebSocket that dies, a node that goes away and comes back.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace kassa::test {

class TcpProxy : public QObject
{
public:
    explicit TcpProxy(quint16 targetPort);
    ~TcpProxy() override;

    quint16 port() const { return m_server.serverPort(); }
    //! Closes every open connection (both sides), as a network failure would.
    void cutAll();
    //! While refusing, new connections are closed at once.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    int connectionsAccepted() const { return m_accepted; }
    int openConnections() const;

private:
    void accept();

    quint16 m_targetPort;
    QTcpServer m_server;
    bool m_refusing = false;
    int m_accepted = 0;
    QList<QPair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

} // namespace kassa::test
