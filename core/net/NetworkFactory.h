// NetworkFactory: the one place Kassa makes network objects. Every HTTP
// request and WebSocket to a chain node, a rate source or a storefront goes
// through here, so proxy, timeouts, TLS policy and size limits are applied
// the same way everywhere (Feather's single network chokepoint).
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QObject;
class QWebSocket;

namespace kassa::net {

struct NetworkPolicy {
    //! Whole-request timeout (connect, send, wait, receive).
    int requestTimeoutMs = 15000;
    //! Responses larger than this are cut off and reported as errors.
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    //! Direct when the type is NoProxy; socks5:// or http:// otherwise.
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    //! Plain http:// and ws:// are allowed only to loopback addresses unless
    //! this is set (a node on the LAN without TLS is the merchant's choice).
    bool allowPlainTextToRemoteHosts = false;
};

class NetworkFactory
{
    Q_DECLARE_TR_FUNCTIONS(kassa::net::NetworkFactory)

public:
    explicit NetworkFactory(NetworkPolicy policy = {});

    const NetworkPolicy &policy() const { return m_policy; }

    //! A QNetworkAccessManager for the calling thread, owned by `parent`
    //! (QNetworkAccessManager is bound to the thread that creates it).
    QNetworkAccessManager *createAccessManager(QObject *parent) const;
    //! A WebSocket with the proxy and message size limit applied.
    std::unique_ptr<QWebSocket> createWebSocket() const;
    //! A request to `url` with Kassa's user agent, timeout and TLS settings.
    QNetworkRequest request(const QUrl &url) const;

    //! Checks an endpoint URL a person typed: the scheme is one of
    //! `schemes` (e.g. https, http), a host is named, and plain-text schemes
    //! point at loopback unless the policy allows otherwise.
    Result<QUrl> validateEndpoint(const QString &text, const QStringList &schemes) const;

    //! Parses the [network] proxy setting: empty, socks5://host:port or
    //! http://host:port.
    static Result<QNetworkProxy> parseProxy(const QString &text);

    //! True for 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString &host);

private:
    NetworkPolicy m_policy;
};

} // namespace kassa::net
