// Clock: the one source of "now" for core/, injectable so tests control time.
#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace kassa {

class Clock
{
public:
    virtual ~Clock() = default;
    //! Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    qint64 nowSecs() const { return nowMs() / 1000; }
};

//! The wall clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    //! A process-wide instance for code that is not handed a clock.
    static const SystemClock &instance();
};

//! A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000) : m_ms(startMs) { } // 2026-01-01T00:00:00Z
    qint64 nowMs() const override { return m_ms.load(); }
    void setNowMs(qint64 ms) { m_ms.store(ms); }
    void advanceMs(qint64 ms) { m_ms.fetch_add(ms); }

private:
    std::atomic<qint64> m_ms;
};

} // namespace kassa
