// Error and Result: how core/ reports failure to its callers.
//
// An Error carries an English message for the log and a translated message
// for the screen (Bitcoin's bilingual_str idea), plus a hint that tells the
// person what to do next. Core code never throws across a thread or slot
// boundary; it returns a Result.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kassa {

enum class ErrorCode {
    Internal,
    InvalidInput,
    NotFound,
    Io,
    Config,
    ProfileLocked,
    Database,
    SchemaTooNew,
    MigrationFailed,
    Network,
};

//! Short stable name of an error code, for logs and machine-readable output.
const char *errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; //!< English, for the log; never contains a secret
    QString userMessage; //!< translated, for the screen
    QString hint; //!< translated, what to do about it (may be empty)

    //! The translated message followed by the hint, for a dialog or stderr.
    QString displayText() const;
};

//! Builds an Error. `message` is English; `userMessage`/`hint` come from tr().
Error makeError(ErrorCode code, QString message, QString userMessage, QString hint = {});

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace kassa
