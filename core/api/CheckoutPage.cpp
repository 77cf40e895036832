#include "api/CheckoutPage.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <qrencode.h>

#include <memory>

namespace kassa::api {

namespace {

// The page's texts. The customer's language, not the merchant's console
// language, so they are kept here instead of in the Qt catalogues.
struct Texts {
    const char *title;
    const char *send; // "Send exactly"
    const char *to;
    const char *network;
    const char *expiresIn;
    const char *waiting;
    const char *confirming;
    const char *paid;
    const char *expired;
    const char *review; // late / under / over: the merchant will look at it
    const char *exactNote;
    const char *copy;
    const char *back;
    const char *notFound;
    const char *demo; // the demo network banner
    const char *demoPay; // the demo's "pay this order" button
};

const QMap<QString, Texts> &texts()
{
    static const QMap<QString, Texts> table {
        {QStringLiteral("en"),
            {"Payment", "Send exactly", "To this address", "Network", "Time left", "Waiting for your payment…",
                "Payment seen, waiting for confirmations…", "Paid. Thank you!", "This payment request has expired.",
                "Your payment arrived and is being checked by the shop.",
                "Send this exact amount in one transfer; a different amount cannot be matched to your order.", "Copy",
                "Back to the shop", "This payment request does not exist.",
                "DEMO — a local test network. This is not real money; do not send real USDT.",
                "Pay this order with test money"}},
        {QStringLiteral("zh_CN"),
            {"付款", "请准确转账", "收款地址", "网络", "剩余时间", "等待您的付款…", "已收到付款，等待确认…",
                "付款成功，谢谢！", "此付款请求已过期。", "您的付款已到账，商家正在核对。",
                "请一次性转入此精确金额；金额不同将无法匹配到您的订单。", "复制", "返回商店", "此付款请求不存在。",
                "演示 — 本地测试网络。这不是真实资金，请勿转入真实的 USDT。", "用测试币支付此订单"}},
        {QStringLiteral("ja"),
            {"お支払い", "この金額を正確に送金してください", "送金先アドレス", "ネットワーク", "残り時間",
                "お支払いをお待ちしています…", "お支払いを確認しました。承認を待っています…",
                "お支払いが完了しました。ありがとうございます！", "この支払いリクエストは期限切れです。",
                "お支払いは届いており、ショップが確認中です。",
                "この金額を1回の送金で正確に送ってください。金額が異なると注文と照合できません。", "コピー",
                "ショップに戻る", "この支払いリクエストは存在しません。",
                "デモ — ローカルのテストネットワークです。本物のお金ではありません。本物の USDT を送らないでください。",
                "テスト用のお金でこの注文を支払う"}},
        {QStringLiteral("nl"),
            {"Betaling", "Stuur precies", "Naar dit adres", "Netwerk", "Resterende tijd", "Wachten op uw betaling…",
                "Betaling gezien, wachten op bevestigingen…", "Betaald. Dank u wel!", "Dit betaalverzoek is verlopen.",
                "Uw betaling is binnen en wordt door de winkel gecontroleerd.",
                "Stuur precies dit bedrag in één overboeking; een ander bedrag kan niet aan uw bestelling worden "
                "gekoppeld.",
                "Kopiëren", "Terug naar de winkel", "Dit betaalverzoek bestaat niet.",
                "DEMO — een lokaal testnetwerk. Dit is geen echt geld; stuur geen echte USDT.",
                "Betaal deze bestelling met testgeld"}},
    };
    return table;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

//! A JavaScript string literal that is also safe inside <script>.
QString jsString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

} // namespace

QString CheckoutPage::pickLanguage(const QString &acceptLanguage)
{
    QString best = QStringLiteral("en");
    double bestQ = 0; // lint: allow-float(q-values of an HTTP header, not money)
    const QStringList parts = acceptLanguage.left(512).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size() && i < 32; ++i) {
        const QStringList bits = parts[i].trimmed().split(QLatin1Char(';'));
        const QString tag = bits[0].trimmed().toLower();
        double q = 1.0; // lint: allow-float(q-values of an HTTP header, not money)
        for (int j = 1; j < bits.size(); ++j) {
            const QString b = bits[j].trimmed();
            if (b.startsWith(QLatin1String("q=")))
                q = b.mid(2).toDouble();
        }
        QString lang;
        if (tag.startsWith(QLatin1String("zh")))
            lang = QStringLiteral("zh_CN");
        else if (tag.startsWith(QLatin1String("ja")))
            lang = QStringLiteral("ja");
        else if (tag.startsWith(QLatin1String("nl")))
            lang = QStringLiteral("nl");
        else if (tag.startsWith(QLatin1String("en")))
            lang = QStringLiteral("en");
        if (!lang.isEmpty() && q > bestQ) {
            best = lang;
            bestQ = q;
        }
    }
    return best;
}

QByteArray CheckoutPage::qrSvg(const QByteArray &text)
{
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int w = code->width;
    const int border = 4;
    QByteArray path;
    for (int y = 0; y < w; ++y)
        for (int x = 0; x < w; ++x)
            if (code->data[y * w + x] & 1)
                path += 'M' + QByteArray::number(x + border) + ',' + QByteArray::number(y + border) + "h1v1h-1z";
    const QByteArray size = QByteArray::number(w + 2 * border);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + ' ' + size
        + "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" "
          "height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path + "\"/></svg>";
}

QByteArray CheckoutPage::notFound(const QString &language)
{
    const Texts &t = texts().value(language, texts().value(QStringLiteral("en")));
    return QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>"
                          "<body><p>%3</p></body></html>")
        .arg(esc(language), esc(u(t.title)), esc(u(t.notFound)))
        .toUtf8();
}

QByteArray CheckoutPage::render(const payments::Order &order, const QString &language, qint64 nowMs, bool demo)
{
    const Texts &t = texts().value(language, texts().value(QStringLiteral("en")));
    const QString amount = order.amount.toString();
    const QString symbol = order.amount.asset().symbol;
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"%LANG%\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>%TITLE%</title><style>"
        "body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;padding:24px;color:#1d1f23}"
        ".card{max-width:420px;margin:0 auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 2px 12px "
        "#0001}"
        ".amount{font-size:32px;font-weight:700;margin:4px 0 16px}.label{color:#666;font-size:13px;margin-top:12px}"
        ".addr{font-family:monospace;word-break:break-all;font-size:15px;background:#f4f5f7;padding:8px;border-radius:"
        "6px}"
        ".qr{text-align:center;margin:16px 0}.status{margin-top:16px;padding:10px;border-radius:6px;background:#eef3ff}"
        ".demo{background:#ffd400;color:#000;font-weight:700;padding:10px;border-radius:6px;margin-bottom:12px;"
        "border:2px dashed #000}"
        ".note{font-size:12px;color:#666;margin-top:12px}button{margin-top:6px}</style></head><body><div "
        "class=\"card\">"
        "%DEMO%<h1>%TITLE%</h1><div class=\"label\">%SEND%</div><div class=\"amount\" id=\"amount\">%AMOUNT% %SYMBOL%</div>"
        "<div class=\"label\">%TO%</div><div class=\"addr\" id=\"address\">%ADDRESS%</div>"
        "<button type=\"button\" id=\"copy\">%COPY%</button>"
        "<div class=\"qr\">%QR%</div><div class=\"label\">%NETWORK%: %CHAIN%</div>"
        "<div class=\"label\">%EXPIRESIN%: <span id=\"countdown\"></span></div>"
        "<div class=\"status\" id=\"status\">%STATUS%</div><div class=\"note\">%NOTE%</div>%BACK%</div>"
        "<script>(function(){var tradeId=%JSTRADE%,expires=%EXPIRES%,skew=Date.now()-%NOW%,done=%DONE%;"
        "var texts={1:%JSWAIT%,2:%JSPAID%,3:%JSEXPIRED%};"
        "var cd=document.getElementById('countdown'),st=document.getElementById('status');"
        "document.getElementById('copy').onclick=function(){if(navigator.clipboard)"
        "navigator.clipboard.writeText(document.getElementById('address').textContent);};"
        "function tick(){var s=Math.max(0,Math.floor((expires-(Date.now()-skew))/1000));"
        "cd.textContent=Math.floor(s/60)+':'+('0'+s%60).slice(-2);}"
        "function poll(){if(done)return;fetch('/pay/check-status/'+encodeURIComponent(tradeId)).then(function(r){"
        "return r.json();}).then(function(j){if(j&&j.data&&texts[j.data.status]){st.textContent=texts[j.data.status];"
        "if(j.data.status!==1)done=true;}}).catch(function(){});}"
        "var dp=document.getElementById('demopay');if(dp)dp.onclick=function(){dp.disabled=true;"
        "fetch('/demo/pay/'+encodeURIComponent(tradeId),{method:'POST'}).catch(function(){dp.disabled=false;});};"
        "tick();setInterval(tick,1000);setInterval(poll,3000);})();</script></body></html>");
    QString status;
    switch (order.status) {
    case payments::OrderStatus::Waiting: status = u(t.waiting); break;
    case payments::OrderStatus::Confirming: status = u(t.confirming); break;
    case payments::OrderStatus::Paid: status = u(t.paid); break;
    case payments::OrderStatus::Expired:
    case payments::OrderStatus::Cancelled: status = u(t.expired); break;
    default: status = u(t.review);
    }
    const bool done = payments::epusdtStatusCode(order.status) != 1;
    QString back;
    if (!order.redirectUrl.isEmpty()
        && (order.redirectUrl.startsWith(QLatin1String("https://"))
            || order.redirectUrl.startsWith(QLatin1String("http://"))))
        back = QStringLiteral("<p><a href=\"%1\" rel=\"noreferrer\">%2</a></p>")
                   .arg(esc(order.redirectUrl), esc(u(t.back)));
    // One pass, so a value can never be read as another placeholder.
    const QMap<QString, QString> values {
        {QStringLiteral("%LANG%"), esc(language)},
        {QStringLiteral("%TITLE%"), esc(u(t.title))},
        {QStringLiteral("%SEND%"), esc(u(t.send))},
        {QStringLiteral("%TO%"), esc(u(t.to))},
        {QStringLiteral("%COPY%"), esc(u(t.copy))},
        {QStringLiteral("%NETWORK%"), esc(u(t.network))},
        {QStringLiteral("%EXPIRESIN%"), esc(u(t.expiresIn))},
        {QStringLiteral("%NOTE%"), esc(u(t.exactNote))},
        {QStringLiteral("%STATUS%"), esc(status)},
        {QStringLiteral("%BACK%"), back},
        {QStringLiteral("%DEMO%"),
            demo ? QStringLiteral("<div class=\"demo\" id=\"demo\">%1%2</div>")
                       .arg(esc(u(t.demo)),
                           order.status == payments::OrderStatus::Waiting
                               ? QStringLiteral("<br><button type=\"button\" id=\"demopay\">%1</button>").arg(esc(u(t.demoPay)))
                               : QString())
                 : QString()},
        {QStringLiteral("%CHAIN%"), esc(order.chain)},
        {QStringLiteral("%AMOUNT%"), esc(amount)},
        {QStringLiteral("%SYMBOL%"), esc(symbol)},
        {QStringLiteral("%ADDRESS%"), esc(order.address)},
        {QStringLiteral("%QR%"), QString::fromLatin1(qrSvg(order.address.toUtf8()))},
        {QStringLiteral("%JSTRADE%"), jsString(order.tradeId)},
        {QStringLiteral("%EXPIRES%"), QString::number(order.expiresMs)},
        {QStringLiteral("%NOW%"), QString::number(nowMs)},
        {QStringLiteral("%DONE%"), done ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("%JSWAIT%"),
            jsString(order.status == payments::OrderStatus::Confirming ? u(t.confirming) : u(t.waiting))},
        {QStringLiteral("%JSPAID%"), jsString(u(t.paid))},
        {QStringLiteral("%JSEXPIRED%"), jsString(u(t.expired))},
    };
    static const QRegularExpression placeholder(QStringLiteral("%[A-Z]+%"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(0), m.captured(0));
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out.toUtf8();
}

} // namespace kassa::api
