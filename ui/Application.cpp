#include "Application.h"

#include "MessageBox.h"
#include "base/Log.h"
#include "base/Version.h"

#include <QAtomicInt>
#include <QIcon>

#include <exception>

namespace kassa::ui {

namespace {
QAtomicInt g_internalErrors;
bool g_dialogOpen = false;
} // namespace

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    setApplicationName(QLatin1String(kApplicationName));
    setApplicationDisplayName(QLatin1String(kDisplayName));
    setApplicationVersion(QLatin1String(kVersion));
    setDesktopFileName(QStringLiteral("org.kassa.Kassa"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kassa.svg")));
}

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception &e) {
        reportInternalError(QString::fromUtf8(e.what()));
    } catch (...) {
        reportInternalError(QStringLiteral("unknown exception"));
    }
    return false;
}

void Application::reportInternalError(const QString &what)
{
    g_internalErrors.fetchAndAddRelaxed(1);
    qCCritical(lcApp) << "internal error:" << what;
    if (g_dialogOpen)
        return; // one dialog at a time, however many errors follow
    g_dialogOpen = true;
    MessageBox::critical(nullptr, tr("Internal error"),
        tr("Kassa ran into an internal error and stopped what it was doing. No payment or payout was "
           "changed by it. The details are in the log file; please send it to support."),
        what);
    g_dialogOpen = false;
}

int Application::internalErrorCount()
{
    return g_internalErrors.loadRelaxed();
}

} // namespace kassa::ui
