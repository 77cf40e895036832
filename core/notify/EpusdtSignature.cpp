#include "notify/EpusdtSignature.h"

#include "keys/ApiSecrets.h"
#include "money/WireNumber.h"
#include "payments/Order.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <string>
#include <vector>

namespace kassa::notify {

namespace {

//! A recursive-descent reader over UTF-8 bytes. Nested values are checked
//! (grammar, depth, sizes) but only top-level members are returned.
class Reader
{
public:
    Reader(QByteArrayView in, const JsonLimits &limits) : m_in(in), m_limits(limits) { }

    QString error; // English; empty when fine
    qsizetype errorAt = 0;

    bool fail(const char *what)
    {
        if (error.isEmpty()) {
            error = QLatin1String(what);
            errorAt = m_pos;
        }
        return false;
    }

    void ws()
    {
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return atEnd() ? '\0' : m_in[m_pos]; }

    bool string(QString &out)
    {
        if (peek() != '"')
            return fail("expected a string");
        ++m_pos;
        QByteArray bytes;
        while (true) {
            if (atEnd())
                return fail("unterminated string");
            const auto c = static_cast<unsigned char>(m_in[m_pos]);
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (c < 0x20)
                return fail("control character in a string");
            if (c == '\\') {
                ++m_pos;
                if (atEnd())
                    return fail("unterminated escape");
                const char e = m_in[m_pos++];
                switch (e) {
                case '"': bytes += '"'; break;
                case '\\': bytes += '\\'; break;
                case '/': bytes += '/'; break;
                case 'b': bytes += '\b'; break;
                case 'f': bytes += '\f'; break;
                case 'n': bytes += '\n'; break;
                case 'r': bytes += '\r'; break;
                case 't': bytes += '\t'; break;
                case 'u': {
                    uint cp = 0;
                    if (!hex4(cp))
                        return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        uint low = 0;
                        if (m_pos + 1 >= m_in.size() || m_in[m_pos] != '\\' || m_in[m_pos + 1] != 'u')
                            return fail("unpaired surrogate");
                        m_pos += 2;
                        if (!hex4(low))
                            return false;
                        if (low < 0xDC00 || low > 0xDFFF)
                            return fail("unpaired surrogate");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return fail("unpaired surrogate");
                    }
                    const char32_t c32 = char32_t(cp);
                    bytes += QString::fromUcs4(&c32, 1).toUtf8();
                    break;
                }
                default: return fail("invalid escape");
                }
            } else {
                bytes += char(c);
                ++m_pos;
            }
            if (bytes.size() > m_limits.maxStringLength * 4)
                return fail("string too long");
        }
        // Strict UTF-8: decoding must not replace anything.
        QString decoded = QString::fromUtf8(bytes);
        if (decoded.toUtf8() != bytes)
            return fail("invalid UTF-8 in a string");
        if (decoded.size() > m_limits.maxStringLength)
            return fail("string too long");
        out = decoded;
        return true;
    }

    bool hex4(uint &out)
    {
        if (m_pos + 4 > m_in.size())
            return fail("short \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_in[m_pos++];
            out <<= 4;
            if (h >= '0' && h <= '9')
                out |= uint(h - '0');
            else if (h >= 'a' && h <= 'f')
                out |= uint(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                out |= uint(h - 'A' + 10);
            else
                return fail("bad \\u escape");
        }
        return true;
    }

    bool number(QString &out)
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        } else {
            return fail("bad number");
        }
        if (peek() == '.') {
            ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return fail("bad number");
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return fail("bad number");
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (m_pos - start > 1024)
            return fail("number too long");
        out = QString::fromLatin1(m_in.sliced(start, m_pos - start));
        return true;
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_in.size() - m_pos < n || m_in.sliced(m_pos, n) != QByteArrayView(word, n))
            return fail("unexpected character");
        m_pos += n;
        return true;
    }

    bool value(JsonField &field, int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail("nested too deeply");
        ws();
        switch (peek()) {
        case '"': field.kind = JsonField::Kind::String; return string(field.text);
        case '{': {
            field.kind = JsonField::Kind::Object;
            ++m_pos;
            ws();
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            while (true) {
                ws();
                QString key;
                if (!string(key))
                    return false;
                ws();
                if (peek() != ':')
                    return fail("expected ':'");
                ++m_pos;
                JsonField inner;
                if (!value(inner, depth + 1))
                    return false;
                if (++m_count > m_limits.maxMembers * 16)
                    return fail("too many values");
                ws();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == '}') {
                    ++m_pos;
                    return true;
                }
                return fail("expected ',' or '}'");
            }
        }
        case '[': {
            field.kind = JsonField::Kind::Array;
            ++m_pos;
            ws();
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            while (true) {
                JsonField inner;
                if (!value(inner, depth + 1))
                    return false;
                if (++m_count > m_limits.maxMembers * 16)
                    return fail("too many values");
                ws();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == ']') {
                    ++m_pos;
                    return true;
                }
                return fail("expected ',' or ']'");
            }
        }
        case 't':
            field.kind = JsonField::Kind::Bool;
            field.text = QStringLiteral("true");
            return literal("true");
        case 'f':
            field.kind = JsonField::Kind::Bool;
            field.text = QStringLiteral("false");
            return literal("false");
        case 'n': field.kind = JsonField::Kind::Null; return literal("null");
        default: field.kind = JsonField::Kind::Number; return number(field.text);
        }
    }

    bool object(QList<JsonField> &out)
    {
        ws();
        if (peek() != '{')
            return fail("expected an object");
        ++m_pos;
        ws();
        QSet<QString> keys;
        if (peek() == '}') {
            ++m_pos;
        } else {
            while (true) {
                ws();
                JsonField field;
                if (!string(field.key))
                    return false;
                if (keys.contains(field.key))
                    return fail("duplicate key");
                keys.insert(field.key);
                ws();
                if (peek() != ':')
                    return fail("expected ':'");
                ++m_pos;
                if (!value(field, 2))
                    return false;
                out.append(field);
                if (out.size() > m_limits.maxMembers)
                    return fail("too many members");
                ws();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == '}') {
                    ++m_pos;
                    break;
                }
                return fail("expected ',' or '}'");
            }
        }
        ws();
        if (!atEnd())
            return fail("text after the object");
        return true;
    }

private:
    QByteArrayView m_in;
    const JsonLimits &m_limits;
    qsizetype m_pos = 0;
    int m_count = 0;
};

} // namespace

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return keys::secretsEqual(a, b);
}

Result<QList<JsonField>> RawJson::parseObject(QByteArrayView json, const JsonLimits &limits)
{
    if (json.size() > limits.maxBytes)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("JSON body of %1 bytes is over the limit").arg(json.size()),
            tr("The request is too large."));
    Reader reader(json, limits);
    QList<JsonField> out;
    if (!reader.object(out))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("malformed JSON at byte %1: %2").arg(reader.errorAt).arg(reader.error),
            tr("The request is not a valid JSON object (at byte %1).").arg(reader.errorAt));
    return out;
}

std::optional<QString> RawJson::stringMember(const QList<JsonField> &fields, const char *key, bool *wrongType)
{
    for (const auto &f : fields) {
        if (f.key != QLatin1String(key))
            continue;
        if (f.kind == JsonField::Kind::Null)
            return std::nullopt;
        if (f.kind != JsonField::Kind::String) {
            *wrongType = true;
            return std::nullopt;
        }
        return f.text;
    }
    return std::nullopt;
}

QByteArray RawJson::quote(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out +=
                    QByteArray("\\u00") + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

Result<QByteArray> EpusdtSignature::signingText(const QList<JsonField> &fields)
{
    std::vector<std::string> pairs;
    for (const auto &field : fields) {
        if (field.key == QLatin1String("signature") || field.kind == JsonField::Kind::Null)
            continue;
        QString text;
        if (field.kind == JsonField::Kind::String) {
            text = field.text;
        } else if (field.kind == JsonField::Kind::Number) {
            auto go = money::WireNumber::signingText(field.text);
            if (!go.ok())
                return go.error();
            text = go.value();
        } else {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("field %1 is neither a string nor a number").arg(field.key),
                tr("The field “%1” must be a string or a number.").arg(field.key));
        }
        if (text.isEmpty())
            continue;
        pairs.push_back(QString(field.key + QLatin1Char('=') + text).toStdString());
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (i)
            out += '&';
        out += QByteArray::fromStdString(pairs[i]);
    }
    return out;
}

Result<QString> EpusdtSignature::sign(const QList<JsonField> &fields, QByteArrayView token)
{
    auto text = signingText(fields);
    if (!text.ok())
        return text.error();
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(text.value());
    md5.addData(token);
    return QString::fromLatin1(md5.result().toHex());
}

bool EpusdtSignature::verify(const QList<JsonField> &fields, QByteArrayView token)
{
    const auto given = std::find_if(fields.begin(), fields.end(),
        [](const JsonField &f) { return f.key == QLatin1String("signature") && f.kind == JsonField::Kind::String; });
    if (given == fields.end())
        return false;
    auto expected = sign(fields, token);
    if (!expected.ok())
        return false;
    return constantTimeEquals(given->text.toUtf8(), expected.value().toLatin1());
}

QByteArray EpusdtSignature::unsignedCallbackBody(const payments::Order &order)
{
    // amount echoes the storefront's price (fiat), actual_amount is what
    // the customer paid in the asset.
    const QString amount = order.isFiat() ? order.fiatAmount : money::WireNumber::jsonLiteral(order.amount);
    QByteArray body = "{";
    body += "\"trade_id\":" + RawJson::quote(order.tradeId);
    body += ",\"order_id\":" + RawJson::quote(order.merchantOrderId);
    body += ",\"amount\":" + amount.toLatin1();
    body += ",\"actual_amount\":" + money::WireNumber::jsonLiteral(order.amount).toLatin1();
    body += ",\"token\":" + RawJson::quote(order.address);
    body += ",\"block_transaction_id\":" + RawJson::quote(order.txHash);
    body += ",\"status\":" + QByteArray::number(payments::epusdtStatusCode(order.status));
    body += "}";
    return body;
}

Result<QByteArray> EpusdtSignature::signedCallbackBody(QByteArrayView unsignedBody, QByteArrayView token)
{
    auto fields = RawJson::parseObject(unsignedBody);
    if (!fields.ok())
        return fields.error();
    auto signature = sign(fields.value(), token);
    if (!signature.ok())
        return signature.error();
    QByteArray body = "{";
    bool first = true;
    const auto member = [&](const QString &key, const QByteArray &valueText) {
        if (!first)
            body += ',';
        first = false;
        body += RawJson::quote(key) + ':' + valueText;
    };
    for (const auto &field : fields.value()) {
        if (field.key == QLatin1String("signature"))
            continue;
        if (field.key == QLatin1String("status"))
            member(QStringLiteral("signature"), RawJson::quote(signature.value()));
        switch (field.kind) {
        case JsonField::Kind::String: member(field.key, RawJson::quote(field.text)); break;
        case JsonField::Kind::Number:
        case JsonField::Kind::Bool: member(field.key, field.text.toLatin1()); break;
        case JsonField::Kind::Null: member(field.key, "null"); break;
        default:
            return makeError(ErrorCode::Internal, QStringLiteral("nested value in a callback body"),
                tr("A callback could not be signed."));
        }
    }
    if (!body.contains("\"signature\""))
        member(QStringLiteral("signature"), RawJson::quote(signature.value()));
    body += '}';
    return body;
}

} // namespace kassa::notify
