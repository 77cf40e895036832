#include "base/Result.h"

namespace kassa {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal: return "internal";
    case ErrorCode::InvalidInput: return "invalid-input";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Io: return "io";
    case ErrorCode::Config: return "config";
    case ErrorCode::ProfileLocked: return "profile-locked";
    case ErrorCode::Database: return "database";
    case ErrorCode::SchemaTooNew: return "schema-too-new";
    case ErrorCode::MigrationFailed: return "migration-failed";
    case ErrorCode::Network: return "network";
    }
    return "unknown";
}

QString Error::displayText() const
{
    const QString shown = userMessage.isEmpty() ? message : userMessage;
    if (hint.isEmpty())
        return shown;
    return shown + QLatin1Char('\n') + hint;
}

Error makeError(ErrorCode code, QString message, QString userMessage, QString hint)
{
    return Error {code, std::move(message), std::move(userMessage), std::move(hint)};
}

} // namespace kassa
