// EpusdtSignature: the Epusdt signature dialect (spec/storefront-api.md §1)
// and the strict JSON reader it needs. Epusdt signs the text a Go program
// prints for each top-level value, so numbers must be read as their raw
// literal (QJsonDocument would turn them into doubles first); this reader
// keeps the literal and WireNumber turns it into Go's text.
//
// Signing: every top-level key except "signature"; null values skipped;
// strings as they are, numbers as Go's FormatFloat(v, 'f', -1, 64); any
// other type is refused; empty texts skipped; "key=value" pairs sorted
// bytewise, joined with '&', the API token appended, MD5, lower-case hex.
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kassa::payments {
struct Order;
}

namespace kassa::notify {

//! One top-level member of a JSON object.
struct JsonField {
    enum class Kind { String, Number, Null, Bool, Object, Array };
    QString key;
    Kind kind = Kind::Null;
    QString text; //!< a string's decoded value, a number's raw literal, "true"/"false"
};

struct JsonLimits {
    qsizetype maxBytes = 64 * 1024;
    int maxDepth = 8;
    int maxMembers = 64;
    qsizetype maxStringLength = 4096; //!< in UTF-16 code units, after decoding
};

class RawJson
{
    Q_DECLARE_TR_FUNCTIONS(kassa::notify::RawJson)

public:
    //! Strict RFC 8259: one object, UTF-8 (no BOM), no duplicate keys, no
    //! unpaired surrogates, nothing after it but whitespace; within limits.
    static Result<QList<JsonField>> parseObject(QByteArrayView json, const JsonLimits &limits = {});
    //! A JSON string literal for `text` (quotes included).
    static QByteArray quote(const QString &text);
    //! The string member `key` of a parsed object: nothing when it is absent
    //! or null; nothing and `*wrongType` set when it is another type.
    static std::optional<QString> stringMember(const QList<JsonField> &fields, const char *key, bool *wrongType);
};

class EpusdtSignature
{
    Q_DECLARE_TR_FUNCTIONS(kassa::notify::EpusdtSignature)

public:
    //! The text that is hashed before the token: "amount=100.5&notify_url=…".
    //! Fails on a value of another type than string, number or null.
    static Result<QByteArray> signingText(const QList<JsonField> &fields);
    //! MD5(signingText + token), lower-case hex.
    static Result<QString> sign(const QList<JsonField> &fields, QByteArrayView token);
    //! True if the fields carry a "signature" equal (in constant time) to sign().
    static bool verify(const QList<JsonField> &fields, QByteArrayView token);

    //! The callback body for a paid order without its signature (what the
    //! outbox stores): trade_id, order_id, amount, actual_amount, token,
    //! block_transaction_id, status.
    static QByteArray unsignedCallbackBody(const payments::Order &order);
    //! The body sent: the stored fields in Epusdt's order with "signature"
    //! before "status".
    static Result<QByteArray> signedCallbackBody(QByteArrayView unsignedBody, QByteArrayView token);
};

//! Constant-time comparison of two byte strings (length leaks, content does not).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace kassa::notify
