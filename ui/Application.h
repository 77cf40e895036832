// Application: the QApplication of the console. Its notify() is the
// exception firewall of the GUI thread: nothing thrown in a slot or event
// handler crosses the event loop; it is logged and reported once through
// the single "internal error" dialog.
#pragma once

#include <QApplication>

namespace kassa::ui {

class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    //! Logs an internal error and shows the one internal-error dialog.
    static void reportInternalError(const QString &what);
    //! How many internal errors were reported (tests).
    static int internalErrorCount();
};

} // namespace kassa::ui
