#include "DemoSimulatorPanel.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTime>
#include <QVBoxLayout>

namespace kassa::ui {

DemoSimulatorPanel::DemoSimulatorPanel(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("demoSimulatorPanel"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    auto *body = new QWidget(this);
    m_intro = new QLabel(body);
    m_intro->setWordWrap(true);
    // Plain text, not a list: long lines wrap in the dock's width in every
    // language instead of being cut off (a list's wrapped rows got elided).
    m_log = new QPlainTextEdit(body);
    m_log->setObjectName(QStringLiteral("simulatorLog"));
    m_log->setReadOnly(true);
    m_log->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_log->setMaximumBlockCount(MaxLines);
    m_pause = new QPushButton(body);
    m_pause->setObjectName(QStringLiteral("simulatorPauseButton"));
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_running = !m_running;
        retranslate();
        Q_EMIT runningChanged(m_running);
    });
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_intro);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_pause, 0, Qt::AlignRight);
    setWidget(body);
    retranslate();
}

void DemoSimulatorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void DemoSimulatorPanel::retranslate()
{
    setWindowTitle(tr("Storefront Simulator (DEMO)"));
    m_intro->setText(tr("A pretend shop creates an order every few seconds through the storefront API and pays most of "
                        "them exactly, some with too little and some too late, from test accounts. Play money only."));
    m_pause->setText(m_running ? tr("Pause") : tr("Resume"));
}

void DemoSimulatorPanel::append(const QString &line)
{
    // Addresses and transaction hashes shortened to 0x1234…abcd so a line
    // stays readable in the dock (the Orders page has them in full).
    static const QRegularExpression longHex(QStringLiteral("0x([0-9a-fA-F]{4})[0-9a-fA-F]{8,}([0-9a-fA-F]{4})"));
    QString shortLine = line;
    shortLine.replace(longHex, QStringLiteral("0x\\1…\\2"));
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + shortLine);
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void DemoSimulatorPanel::addOrder(const QString &tradeId, const QString &amount, const QString &address)
{
    append(tr("Order %1 created: %2 USDT to %3").arg(tradeId, amount, address));
}

void DemoSimulatorPanel::addPayment(const QString &tradeId, const QString &amount, int kind)
{
    switch (kind) {
    case 1: append(tr("Paid too little for order %1: %2 USDT").arg(tradeId, amount)); break;
    case 2: append(tr("Paid order %1 after it expired: %2 USDT").arg(tradeId, amount)); break;
    default: append(tr("Paid order %1 exactly: %2 USDT").arg(tradeId, amount));
    }
}

void DemoSimulatorPanel::addCallback(const QString &tradeId, bool signatureValid, int status, const QString &txHash)
{
    append(signatureValid ? tr("Callback for order %1: signature valid, status %2, transaction %3")
                                .arg(tradeId)
                                .arg(status)
                                .arg(txHash)
                          : tr("Callback for order %1 with an INVALID signature").arg(tradeId));
}

void DemoSimulatorPanel::addProblem(const QString &text)
{
    append(tr("Problem: %1").arg(text));
}

} // namespace kassa::ui
