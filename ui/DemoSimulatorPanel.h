// DemoSimulatorPanel: the demo's "storefront simulator" dock — what the
// pretend shop (demo::DemoSimulator, wired up by the kassa program) did:
// orders created through the storefront API, payments sent (exact, short,
// late) and the callbacks it received. Shown only in the demo profile.
#pragma once

#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kassa::ui {

class DemoSimulatorPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit DemoSimulatorPanel(QWidget *parent = nullptr);

    //! How many lines the log keeps (oldest dropped first).
    static constexpr int MaxLines = 500;

public Q_SLOTS:
    void addOrder(const QString &tradeId, const QString &amount, const QString &address);
    //! `kind`: 0 exact, 1 short, 2 late (demo::DemoSimulator::Payment).
    void addPayment(const QString &tradeId, const QString &amount, int kind);
    void addCallback(const QString &tradeId, bool signatureValid, int status, const QString &txHash);
    void addProblem(const QString &text);

Q_SIGNALS:
    //! The person paused (false) or resumed (true) the simulator.
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void append(const QString &line);

    QLabel *m_intro = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_pause = nullptr;
    bool m_running = true;
};

} // namespace kassa::ui
