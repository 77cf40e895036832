// Logging categories of core/. Enable debug output per area with
// QT_LOGGING_RULES="kassa.store.debug=true" or the [log] section of kassa.conf.
#pragma once

#include <QLoggingCategory>

namespace kassa {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
} // namespace kassa
