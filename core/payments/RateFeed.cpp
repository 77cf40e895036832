#include "payments/RateFeed.h"

#include "base/Log.h"
#include "money/ExchangeRate.h"
#include "payments/Payments.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace kassa::payments {

namespace {

constexpr qsizetype MaxAnswerBytes = 1024 * 1024;
constexpr int MaxDepth = 64;

Error pathError(const QString &english)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("rate source: %1").arg(english),
        RateFeed::tr("The rate source's answer does not hold a rate where its path points: %1").arg(english),
        RateFeed::tr("Check the source's URL and path in [rates] of kassa.conf."));
}

// Follows a path through JSON text the strict parser has accepted already,
// keeping the leaf's literal as written (a number never becomes a double).
class PathScanner
{
public:
    explicit PathScanner(QByteArrayView text) : m_s(text) {}

    Result<QString> follow(const QStringList &segments)
    {
        QString walked;
        for (const QString &segment : segments) {
            walked += (walked.isEmpty() ? QString() : QStringLiteral(".")) + segment;
            ws();
            if (peek() == '{') {
                ++m_pos;
                ws();
                bool found = false;
                if (peek() == '}')
                    return pathError(QStringLiteral("no member %1").arg(walked));
                while (!found) {
                    ws();
                    QString key;
                    if (!string(&key))
                        return pathError(QStringLiteral("broken JSON near %1").arg(walked));
                    ws();
                    if (peek() != ':')
                        return pathError(QStringLiteral("broken JSON near %1").arg(walked));
                    ++m_pos;
                    if (key == segment) {
                        found = true;
                        break;
                    }
                    if (!skip(0))
                        return pathError(QStringLiteral("broken JSON near %1").arg(walked));
                    ws();
                    if (peek() == ',') {
                        ++m_pos;
                        continue;
                    }
                    return pathError(QStringLiteral("no member %1").arg(walked));
                }
            } else if (peek() == '[') {
                bool isIndex = !segment.isEmpty() && segment.size() <= 6;
                for (const QChar c : segment)
                    isIndex = isIndex && c >= QLatin1Char('0') && c <= QLatin1Char('9');
                if (!isIndex)
                    return pathError(QStringLiteral("%1 is an array; use a number").arg(walked));
                const int index = segment.toInt();
                ++m_pos;
                ws();
                if (peek() == ']')
                    return pathError(QStringLiteral("no element %1").arg(walked));
                for (int i = 0; i < index; ++i) {
                    if (!skip(0))
                        return pathError(QStringLiteral("broken JSON near %1").arg(walked));
                    ws();
                    if (peek() != ',')
                        return pathError(QStringLiteral("no element %1").arg(walked));
                    ++m_pos;
                }
            } else {
                return pathError(QStringLiteral("%1 is inside a value that is neither an object nor an array").arg(walked));
            }
        }
        ws();
        if (peek() == '"') {
            QString text;
            if (!string(&text))
                return pathError(QStringLiteral("broken string at %1").arg(walked));
            return text;
        }
        if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
            const qsizetype start = m_pos;
            while (m_pos < m_s.size() && QByteArrayView("+-.eE0123456789").contains(m_s[m_pos]))
                ++m_pos;
            return QString::fromLatin1(m_s.sliced(start, m_pos - start));
        }
        return pathError(QStringLiteral("%1 is neither a number nor a string").arg(walked));
    }

private:
    char peek() const { return m_pos < m_s.size() ? m_s[m_pos] : '\0'; }
    void ws()
    {
        while (m_pos < m_s.size() && (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\n' || m_s[m_pos] == '\r'))
            ++m_pos;
    }

    //! At '"': reads the string, decoded into `out` when given.
    bool string(QString *out)
    {
        if (peek() != '"')
            return false;
        ++m_pos;
        QByteArray run;
        while (m_pos < m_s.size()) {
            const char c = m_s[m_pos++];
            if (c == '"') {
                if (out)
                    *out += QString::fromUtf8(run);
                return true;
            }
            if (c != '\\') {
                run += c;
                continue;
            }
            if (m_pos >= m_s.size())
                return false;
            const char e = m_s[m_pos++];
            switch (e) {
            case '"': run += '"'; break;
            case '\\': run += '\\'; break;
            case '/': run += '/'; break;
            case 'b': run += '\b'; break;
            case 'f': run += '\f'; break;
            case 'n': run += '\n'; break;
            case 'r': run += '\r'; break;
            case 't': run += '\t'; break;
            case 'u': {
                if (m_pos + 4 > m_s.size())
                    return false;
                bool ok = false;
                const ushort unit = QByteArray(m_s.sliced(m_pos, 4).data(), 4).toUShort(&ok, 16);
                if (!ok)
                    return false;
                m_pos += 4;
                if (out) {
                    *out += QString::fromUtf8(run);
                    run.clear();
                    *out += QChar(unit);
                }
                break;
            }
            default: return false;
            }
        }
        return false;
    }

    bool skip(int depth)
    {
        if (depth > MaxDepth)
            return false;
        ws();
        const char c = peek();
        if (c == '"')
            return string(nullptr);
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_pos;
            ws();
            if (peek() == close) {
                ++m_pos;
                return true;
            }
            while (true) {
                ws();
                if (c == '{') {
                    if (!string(nullptr))
                        return false;
                    ws();
                    if (peek() != ':')
                        return false;
                    ++m_pos;
                }
                if (!skip(depth + 1))
                    return false;
                ws();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == close) {
                    ++m_pos;
                    return true;
                }
                return false;
            }
        }
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && QByteArrayView("+-.eE0123456789truefalsn").contains(m_s[m_pos]))
            ++m_pos;
        return m_pos > start;
    }

    QByteArrayView m_s;
    qsizetype m_pos = 0;
};

} // namespace

RateFeed::RateFeed(std::shared_ptr<Payments> payments, RateFeedSettings settings, net::NetworkFactory network,
    const Clock &clock, QObject *parent)
    : QObject(parent), m_payments(std::move(payments)), m_settings(std::move(settings)),
      m_network(std::move(network)), m_clock(clock)
{
}

RateFeed::~RateFeed() = default;

void RateFeed::start()
{
    if (m_settings.sources.isEmpty())
        return;
    if (!m_manager)
        m_manager = m_network.createAccessManager(this);
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &RateFeed::fetchAll);
    }
    m_timer->start(std::chrono::seconds(std::max(1, m_settings.intervalSeconds)));
    fetchAll();
}

void RateFeed::stop()
{
    if (m_timer)
        m_timer->stop();
}

void RateFeed::fetchAll()
{
    if (!m_manager)
        m_manager = m_network.createAccessManager(this);
    for (const RateSource &source : m_settings.sources)
        fetch(source);
}

QString RateFeed::sourceName(const QString &url)
{
    const QUrl u(url);
    return u.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

Result<QString> RateFeed::extract(QByteArrayView json, const QString &path)
{
    if (json.size() > MaxAnswerBytes)
        return pathError(QStringLiteral("the answer is larger than 1 MiB"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull())
        return pathError(QStringLiteral("the answer is not JSON (%1)").arg(parseError.errorString()));
    const QStringList segments = path.split(QLatin1Char('.'));
    if (path.isEmpty() || segments.contains(QString()) || segments.size() > 16)
        return pathError(QStringLiteral("the path \"%1\" is not valid").arg(path));
    return PathScanner(json).follow(segments);
}

void RateFeed::fetch(const RateSource &source)
{
    const QUrl url(source.url);
    QNetworkReply *reply = m_manager->get(m_network.request(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, source] {
        reply->deleteLater();
        const auto fail = [&](const QString &message) {
            qCWarning(lcEngine) << "rate source" << source.fiat << sourceName(source.url) << "failed:" << message;
            Q_EMIT fetchFailed(source.fiat, source.asset, message);
        };
        if (reply->error() != QNetworkReply::NoError)
            return fail(reply->errorString());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return fail(QStringLiteral("HTTP status %1").arg(status));
        const QByteArray body = reply->read(MaxAnswerBytes + 1);
        auto text = extract(body, source.path);
        if (!text.ok())
            return fail(text.error().message);
        auto rate = money::ExchangeRate::create(
            text.value(), source.fiat, source.asset, sourceName(source.url), m_clock.now());
        if (!rate.ok())
            return fail(rate.error().message);
        const QString value = rate->toString();
        m_payments->recordRate(rate.value()).then(this, [this, source, value](Result<void> stored) {
            if (!stored.ok()) {
                qCWarning(lcEngine) << "rate source" << source.fiat << "not stored:" << stored.error().message;
                Q_EMIT fetchFailed(source.fiat, source.asset, stored.error().message);
                return;
            }
            Q_EMIT rateStored(source.fiat, source.asset, value);
        });
    });
}

} // namespace kassa::payments
