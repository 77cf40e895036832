#include "QrCode.h"

#include <QPainter>

#include <qrencode.h>

namespace kassa::ui {

namespace {
constexpr int kQuietZone = 4;
}

QrCode QrCode::encode(const QString &text)
{
    QrCode out;
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return out;
    out.m_size = code->width;
    out.m_modules.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.m_modules[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return out;
}

QImage QrCode::toImage(int scale) const
{
    if (isNull() || scale < 1)
        return {};
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!module(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy)
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + kQuietZone) * scale + dx, (y + kQuietZone) * scale + dy, 1);
        }
    }
    return image;
}

int QrCode::scaleFor(int pixels) const
{
    if (isNull())
        return 1;
    return qMax(1, pixels / (m_size + 2 * kQuietZone));
}

} // namespace kassa::ui
