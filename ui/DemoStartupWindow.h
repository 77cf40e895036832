// DemoStartupWindow: what the person sees while `kassa --demo` gets ready —
// the DEMO mark, each step as it happens (the local node, the test USDT, the
// funding, the settings, the database, the storefront listener, the
// simulator) and, when a step fails or stalls, what went wrong and what to
// do, with Retry and Quit. It only shows what it is told (showStep(),
// showFailure()); the kassa program wires it to demo::DemoNetwork and the
// engine, so tests drive it with a real DemoNetwork or by hand.
#pragma once

#include "base/Result.h"
#include "demo/DemoNetwork.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace kassa::ui {

class DemoStartupWindow : public QWidget
{
    Q_OBJECT

public:
    using Step = demo::DemoNetwork::Step;

    explicit DemoStartupWindow(QWidget *parent = nullptr);

    //! Without a new step for this long, the start counts as failed (never a hang).
    static constexpr int DefaultStallMs = 90000;
    void setStallTimeout(int ms);

    //! The text for `step`, as the list shows it.
    static QString stepText(Step step);

    bool hasFailed() const { return m_failed; }
    //! The steps shown so far, in order.
    QList<Step> steps() const { return m_steps; }

public Q_SLOTS:
    void showStep(kassa::demo::DemoNetwork::Step step);
    void showFailure(const kassa::Error &error);
    //! The console is open: the window closes without asking to quit.
    void finish();

Q_SIGNALS:
    //! After a failure the person asked to try again (the window has reset).
    void retryRequested();
    //! The person asked to stop (Quit, or closing the window).
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void refreshList();
    void stalled();

    QLabel *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_quit = nullptr;
    QTimer m_stall;
    QElapsedTimer m_elapsed;
    QList<Step> m_steps;
    std::optional<Error> m_failure;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace kassa::ui
