#include "net/NetworkFactory.h"

#include "base/Version.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QWebSocket>

namespace kassa::net {

NetworkFactory::NetworkFactory(NetworkPolicy policy) : m_policy(std::move(policy))
{ }

QNetworkAccessManager *NetworkFactory::createAccessManager(QObject *parent) const
{
    auto *manager = new QNetworkAccessManager(parent);
    manager->setProxy(m_policy.proxy);
    manager->setTransferTimeout(m_policy.requestTimeoutMs);
    manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // Cookies are never wanted: no node or storefront should track Kassa.
    manager->setCookieJar(nullptr);
    return manager;
}

std::unique_ptr<QWebSocket> NetworkFactory::createWebSocket() const
{
    auto socket = std::make_unique<QWebSocket>(QStringLiteral("kassa"), QWebSocketProtocol::VersionLatest);
    socket->setProxy(m_policy.proxy);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_policy.maxResponseBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_policy.maxResponseBytes));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(tls);
    return socket;
}

QNetworkRequest NetworkFactory::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(QStringLiteral("Kassa/") + QLatin1String(kVersion)));
    request.setTransferTimeout(m_policy.requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    return request;
}

bool NetworkFactory::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> NetworkFactory::validateEndpoint(const QString &text, const QStringList &schemes) const
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.isRelative()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Invalid endpoint URL '%1'").arg(trimmed),
            tr("“%1” is not a valid address of a server.").arg(trimmed),
            tr("Enter a full URL such as https://node.example.com/rpc."));
    }
    const QString scheme = url.scheme().toLower();
    if (!schemes.contains(scheme)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Endpoint scheme %1 not allowed").arg(scheme),
            tr("“%1” uses %2, which is not allowed here.").arg(trimmed, scheme),
            tr("Use one of: %1.").arg(schemes.join(QStringLiteral(", "))));
    }
    if (url.host().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Endpoint without host '%1'").arg(trimmed),
            tr("“%1” names no server.").arg(trimmed), tr("Enter a full URL such as https://node.example.com/rpc."));
    }
    if (!url.userInfo().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Endpoint with credentials in the URL"),
            tr("The address of a server must not contain a user name or password."),
            tr("Put API keys in the field for them, not in the URL."));
    }
    const bool plainText = scheme == QLatin1String("http") || scheme == QLatin1String("ws");
    if (plainText && !m_policy.allowPlainTextToRemoteHosts && !isLoopbackHost(url.host())) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("Plain-text endpoint to remote host %1").arg(url.host()),
            tr("“%1” is not encrypted, and %2 is not this computer.").arg(trimmed, url.host()),
            tr("Use https:// or wss://; unencrypted connections are allowed only to this computer."));
    }
    return url;
}

Result<QNetworkProxy> NetworkFactory::parseProxy(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    if (!url.isValid() || type == QNetworkProxy::DefaultProxy || url.host().isEmpty() || url.port() <= 0) {
        return makeError(ErrorCode::Config,
            QStringLiteral("Invalid proxy '%1'").arg(url.toString(QUrl::RemovePassword)),
            tr("The proxy “%1” is not valid.").arg(url.toString(QUrl::RemovePassword)),
            tr("Use socks5://HOST:PORT (for example Tor at socks5://127.0.0.1:9050) or http://HOST:PORT."));
    }
    QNetworkProxy proxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
    if (type == QNetworkProxy::Socks5Proxy)
        proxy.setCapabilities(proxy.capabilities() | QNetworkProxy::HostNameLookupCapability); // resolve remotely
    return proxy;
}

} // namespace kassa::net
