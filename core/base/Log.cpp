#include "base/Log.h"

namespace kassa {
Q_LOGGING_CATEGORY(lcApp, "kassa.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "kassa.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "kassa.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "kassa.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "kassa.engine", QtInfoMsg)
} // namespace kassa
