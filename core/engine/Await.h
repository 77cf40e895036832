// Waits for one answer of an engine service — the calls of engine/*Service.h
// that take a context object and a callback — on a local event loop. For
// kassa-cli, tests and the demo's set-up; never on the GUI thread, which
// must stay responsive while the answer is on its way.
#pragma once

#include <QEventLoop>
#include <QObject>

#include <optional>
#include <utility>

namespace kassa::engine {

//! `call(context, done)` starts the request; `done(R)` is its callback.
template<typename R, typename Call>
R await(Call call)
{
    std::optional<R> result;
    QEventLoop loop;
    QObject context;
    call(&context, [&](R r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace kassa::engine
