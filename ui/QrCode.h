// QrCode: a QR code of a text (libqrencode, error correction level M), as
// modules and as an image with the standard quiet zone of four modules.
#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace kassa::ui {

class QrCode
{
public:
    //! Encodes `text` (UTF-8, byte mode, case kept). Null if it does not fit.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } //!< modules per side
    bool module(int x, int y) const { return m_modules[y * m_size + x]; }

    //! Black modules on white, `scale` pixels per module, quiet zone included.
    QImage toImage(int scale) const;
    //! The largest scale whose image fits in `pixels` (at least 1).
    int scaleFor(int pixels) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace kassa::ui
