// DemoSimulator: a pretend shop for the demo profile. Every few seconds it
// creates an order through the real Epusdt route of the demo storefront
// (HTTP, signed with the demo token), then has a customer account of the
// demo network pay it — mostly the exact amount, sometimes too little,
// sometimes after the order expired — and it receives the storefront
// callbacks on its own loopback endpoint and checks their signatures. So
// the dashboard, orders and callbacks come alive within a minute.
#pragma once

#include "base/Result.h"
#include "net/NetworkFactory.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QHttpServer;
class QNetworkAccessManager;

namespace kassa::demo {

class DemoNetwork;

class DemoSimulator : public QObject
{
    Q_OBJECT

public:
    enum class Payment { Exact, Short, Late };
    Q_ENUM(Payment)

    //! `apiBase`: the storefront ("http://127.0.0.1:PORT"); `expirySeconds`:
    //! the demo's order window (a late payment waits that long).
    DemoSimulator(DemoNetwork *network, QUrl apiBase, QByteArray epusdtToken, qint64 expirySeconds,
        QObject *parent = nullptr);
    ~DemoSimulator() override;

    //! Opens the callback endpoint and creates an order every `intervalMs`.
    Result<void> start(int intervalMs = 5000);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    //! Which payment order number `n` gets: 4 of 6 exact, 1 short, 1 late.
    static Payment paymentFor(int n);

Q_SIGNALS:
    void orderCreated(const QString &tradeId, const QString &amount, const QString &address);
    void paymentSent(const QString &tradeId, const QString &amount, kassa::demo::DemoSimulator::Payment kind);
    void callbackReceived(const QString &tradeId, bool signatureValid, int status, const QString &txHash);
    void problem(const QString &text);

private:
    void createOrder();
    void pay(const QString &tradeId, const QString &address, const QString &amount, Payment kind);

    DemoNetwork *m_network;
    QUrl m_apiBase;
    QByteArray m_token;
    qint64 m_expirySeconds;
    net::NetworkFactory m_factory;
    QNetworkAccessManager *m_http = nullptr;
    QHttpServer *m_callbacks = nullptr;
    quint16 m_callbackPort = 0;
    QTimer m_timer;
    int m_count = 0;
};

} // namespace kassa::demo
