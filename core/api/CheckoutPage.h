// CheckoutPage: the customer's payment page (Epusdt's checkout counter):
// the address, the exact amount, a QR code of the address, a countdown and
// the live status (the page polls /pay/check-status). Self-contained HTML
// (inline style and script, the QR as inline SVG), in English, Chinese,
// Japanese or Dutch by Accept-Language. Everything from the order is
// HTML-escaped.
#pragma once

#include "payments/Order.h"

#include <QByteArray>
#include <QString>

namespace kassa::api {

class CheckoutPage
{
public:
    //! "en", "zh_CN", "ja" or "nl": the first supported language of an
    //! Accept-Language header, by q-value; "en" when none matches.
    static QString pickLanguage(const QString &acceptLanguage);
    //! `demo`: the order is on Kassa's demo network; a banner says the
    //! money is not real.
    static QByteArray render(const payments::Order &order, const QString &language, qint64 nowMs, bool demo = false);
    static QByteArray notFound(const QString &language);
    //! The QR code of `text` as an SVG element (empty if it cannot be encoded).
    static QByteArray qrSvg(const QByteArray &text);
};

} // namespace kassa::api
