#include "DemoStartupWindow.h"

#include <QCloseEvent>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

// The last step's position + 1: the bar is full once the simulator runs.
constexpr int kStepCount = int(DemoStartupWindow::Step::StartingSimulator) + 1;

} // namespace

DemoStartupWindow::DemoStartupWindow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("demoStartupWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/demo.svg")));
    // The same mark as the console's banner: this can never pass for real money.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("demoStartupBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral("QLabel#demoStartupBanner { background: #ffd400; color: #000000; "
                                           "font-weight: bold; padding: 6px; border-bottom: 2px dashed #000000; }"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("demoStartupTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("demoStartupSteps"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("demoStartupProgress"));
    m_progress->setRange(0, kStepCount);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("demoStartupStatus"));
    m_status->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("demoStartupError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel#demoStartupError { color: #b91c1c; font-weight: bold; }"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("demoStartupHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("demoStartupRetryButton"));
    m_quit = new QPushButton(this);
    m_quit->setObjectName(QStringLiteral("demoStartupQuitButton"));

    auto *body = new QVBoxLayout;
    body->setContentsMargins(16, 12, 16, 16);
    body->addWidget(m_title);
    body->addWidget(m_list, 1);
    body->addWidget(m_progress);
    body->addWidget(m_status);
    body->addWidget(m_error);
    body->addWidget(m_hint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_quit);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_failed = false;
        m_failure.reset();
        m_steps.clear();
        m_elapsed.restart();
        m_stall.start();
        refreshList();
        retranslate();
        Q_EMIT retryRequested();
    });
    connect(m_quit, &QPushButton::clicked, this, [this] { Q_EMIT quitRequested(); });
    m_stall.setSingleShot(true);
    m_stall.setInterval(DefaultStallMs);
    connect(&m_stall, &QTimer::timeout, this, &DemoStartupWindow::stalled);
    // Seconds so far, so a slow step still shows that something is going on.
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (!m_failed && !m_finished)
            retranslate();
    });
    tick->start();
    m_elapsed.start();
    m_stall.start();
    resize(560, 420);
    refreshList();
    retranslate();
}

void DemoStartupWindow::setStallTimeout(int ms)
{
    m_stall.setInterval(ms);
    if (!m_failed && !m_finished)
        m_stall.start();
}

QString DemoStartupWindow::stepText(Step step)
{
    switch (step) {
    case Step::StartingNode: return tr("Starting the local test network (anvil)");
    case Step::ReusingChain: return tr("Found the test USDT from the last demo on the saved test chain");
    case Step::DeployingToken: return tr("Deploying the test USDT (6 decimals)");
    case Step::FundingAccounts: return tr("Funding the payout wallet and nine customer accounts with test USDT");
    case Step::WritingSettings: return tr("Writing the demo profile's settings");
    case Step::OpeningProfile: return tr("Opening the demo profile");
    case Step::StartingListener: return tr("Starting the storefront listener on 127.0.0.1");
    case Step::StartingSimulator: return tr("Starting the storefront simulator");
    }
    return {};
}

void DemoStartupWindow::showStep(Step step)
{
    if (m_failed || m_finished)
        return;
    if (m_steps.isEmpty() || m_steps.last() != step)
        m_steps << step;
    m_stall.start();
    refreshList();
    retranslate();
}

void DemoStartupWindow::showFailure(const Error &error)
{
    if (m_finished)
        return;
    m_failed = true;
    m_failure = error;
    m_stall.stop();
    refreshList();
    retranslate();
    m_retry->setFocus();
}

void DemoStartupWindow::finish()
{
    m_finished = true;
    m_stall.stop();
    m_progress->setValue(kStepCount);
    close();
}

void DemoStartupWindow::stalled()
{
    if (m_failed || m_finished)
        return;
    const int seconds = m_stall.interval() / 1000;
    const QString step = m_steps.isEmpty() ? tr("Starting the demo") : stepText(m_steps.last());
    showFailure(makeError(ErrorCode::Network,
        QStringLiteral("demo start made no progress for %1 s (step %2)").arg(seconds).arg(int(m_steps.size())),
        tr("The demo made no progress for %n second(s): “%1” did not finish.", nullptr, seconds).arg(step),
        tr("Try again. If it stalls again, quit and start “kassa --demo” from a terminal to read its messages.")));
}

void DemoStartupWindow::refreshList()
{
    m_list->clear();
    for (int i = 0; i < m_steps.size(); ++i) {
        const bool current = i == m_steps.size() - 1;
        auto *item = new QListWidgetItem(stepText(m_steps.at(i)), m_list);
        QString icon = QStringLiteral(":/icons/status-ok.svg");
        if (current && m_failed)
            icon = QStringLiteral(":/icons/status-error.svg");
        else if (current)
            icon = QStringLiteral(":/icons/status-off.svg");
        item->setIcon(QIcon(icon));
        if (current) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_progress->setValue(m_steps.isEmpty() ? 0 : int(m_steps.last()));
}

void DemoStartupWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshList();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DemoStartupWindow::closeEvent(QCloseEvent *event)
{
    if (!m_finished)
        Q_EMIT quitRequested();
    event->accept();
}

void DemoStartupWindow::retranslate()
{
    setWindowTitle(tr("Kassa — starting the DEMO (test network, not real money)"));
    m_banner->setText(tr("DEMO — a local test network with play money. Nothing here is real money."));
    m_title->setText(m_failed ? tr("The demo did not start") : tr("Starting the demo"));
    const int seconds = int(m_elapsed.elapsed() / 1000);
    m_status->setText(tr("This takes a few seconds (%n s so far).", nullptr, seconds));
    m_status->setVisible(!m_failed);
    m_progress->setVisible(!m_failed);
    m_error->setText(m_failure ? m_failure->userMessage : QString());
    m_error->setVisible(m_failed);
    m_hint->setText(m_failure ? m_failure->hint : QString());
    m_hint->setVisible(m_failed && !m_hint->text().isEmpty());
    m_retry->setText(tr("&Retry"));
    m_retry->setVisible(m_failed);
    m_quit->setText(tr("&Quit"));
}

} // namespace kassa::ui
