#include "pages/WalletsPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PassphraseDialog.h"
#include "QrCode.h"
#include "dialogs/StepUpDialog.h"
#include "engine/ConsoleService.h"
#include "engine/OperatorsService.h"
#include "engine/OwnerSetup.h"
#include "engine/WalletsService.h"
#include "models/WalletAddressesModel.h"
#include "models/WalletsModel.h"
#include "pages/EmptyStatePage.h"
#include "money/Amount.h"
#include "wallets/PaymentUri.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

constexpr int kQrPixels = 200;
constexpr int kLargeQrPixels = 520;
constexpr int kBalanceRefreshDelayMs = 2000;

QTableView *makeTable(const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

WalletsPage::WalletsPage(engine::ConsoleService *console, QWidget *parent)
    : QWidget(parent), m_console(console), m_service(console->wallets())
{
    m_wallets = new WalletsModel(this);
    m_addresses = new WalletAddressesModel(this);

    // Empty state: what appears here and how to start, and the way in.
    auto *emptyState = new EmptyStatePage(QStringLiteral(":/icons/empty-wallets.svg"), [] {
        return EmptyStateText {tr("No wallets yet"),
            tr("Your receiving and payout wallets appear here with their addresses, balances and QR codes."),
            tr("Create a new wallet or import your recovery words, an extended public key or watch-only addresses. "
               "Secrets are kept in the system keychain, never in Kassa's files.")};
    });
    m_setupButton = new QPushButton;
    m_setupButton->setObjectName(QStringLiteral("walletsSetupButton"));
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(emptyState, 1);
    emptyLayout->addWidget(m_setupButton, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(48);
    connect(m_setupButton, &QPushButton::clicked, this, &WalletsPage::addWalletRequested);

    // The list.
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("walletsAddButton"));
    m_newAddressButton = new QPushButton;
    m_newAddressButton->setObjectName(QStringLiteral("newAddressButton"));
    m_backupButton = new QPushButton;
    m_backupButton->setObjectName(QStringLiteral("backupButton"));
    m_restoreButton = new QPushButton;
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_revealButton = new QPushButton;
    m_revealButton->setObjectName(QStringLiteral("revealWordsButton"));
    m_renameButton = new QPushButton;
    m_renameButton->setObjectName(QStringLiteral("renameWalletButton"));
    m_refreshBalancesButton = new QPushButton;
    m_refreshBalancesButton->setObjectName(QStringLiteral("refreshBalancesButton"));
    m_keyStoreLabel = new QLabel;
    m_keyStoreLabel->setObjectName(QStringLiteral("keyStoreLabel"));
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_newAddressButton);
    toolbar->addWidget(m_revealButton);
    toolbar->addWidget(m_renameButton);
    toolbar->addWidget(m_refreshBalancesButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_backupButton);
    toolbar->addWidget(m_restoreButton);
    connect(m_addButton, &QPushButton::clicked, this, &WalletsPage::addWalletRequested);
    connect(m_newAddressButton, &QPushButton::clicked, this, &WalletsPage::newReceiveAddress);
    connect(m_backupButton, &QPushButton::clicked, this, &WalletsPage::exportBackup);
    connect(m_restoreButton, &QPushButton::clicked, this, &WalletsPage::restoreBackup);
    connect(m_revealButton, &QPushButton::clicked, this, &WalletsPage::revealWords);
    connect(m_renameButton, &QPushButton::clicked, this, &WalletsPage::renameWallet);
    connect(m_refreshBalancesButton, &QPushButton::clicked, this, &WalletsPage::refreshBalances);

    m_walletsView = makeTable(QStringLiteral("walletsView"), m_wallets);
    m_walletsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_wallets, &WalletsModel::renameRequested, this, &WalletsPage::saveLabel);
    m_addressesView = makeTable(QStringLiteral("addressesView"), m_addresses);
    m_addressesView->horizontalHeader()->setStretchLastSection(false);
    m_addressesView->horizontalHeader()->setSectionResizeMode(WalletAddressesModel::LabelColumn, QHeaderView::Stretch);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("walletsStatus"));
    m_status->setWordWrap(true);

    // The QR panel.
    m_qrTitle = new QLabel;
    m_qrTitle->setWordWrap(true);
    m_qrLabel = new QLabel;
    m_qrLabel->setObjectName(QStringLiteral("qrLabel"));
    m_qrLabel->setFixedSize(kQrPixels, kQrPixels);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrTextEdit = new QLineEdit;
    m_qrTextEdit->setObjectName(QStringLiteral("qrTextEdit"));
    m_qrTextEdit->setReadOnly(true);
    m_chainLabel = new QLabel;
    m_chainCombo = new QComboBox;
    m_chainCombo->setObjectName(QStringLiteral("qrChainCombo"));
    m_amountLabel = new QLabel;
    m_amountEdit = new QLineEdit;
    m_amountEdit->setObjectName(QStringLiteral("qrAmountEdit"));
    m_qrProblem = new QLabel;
    m_qrProblem->setObjectName(QStringLiteral("qrProblem"));
    m_qrProblem->setWordWrap(true);
    m_qrProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_copyAddressButton = new QPushButton;
    m_copyAddressButton->setObjectName(QStringLiteral("copyAddressButton"));
    m_copyTextButton = new QPushButton;
    m_copyTextButton->setObjectName(QStringLiteral("copyQrTextButton"));
    m_largeQrButton = new QPushButton;
    m_largeQrButton->setObjectName(QStringLiteral("largeQrButton"));
    auto *request = new QFormLayout;
    request->addRow(m_chainLabel, m_chainCombo);
    request->addRow(m_amountLabel, m_amountEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyAddressButton);
    buttons->addWidget(m_copyTextButton);
    buttons->addWidget(m_largeQrButton);
    buttons->addStretch(1);
    auto *qrPanel = new QWidget;
    auto *qrLayout = new QVBoxLayout(qrPanel);
    qrLayout->setContentsMargins(0, 0, 0, 0);
    qrLayout->addWidget(m_qrTitle);
    auto *qrRow = new QHBoxLayout;
    qrRow->addWidget(m_qrLabel, 0, Qt::AlignTop);
    auto *qrSide = new QVBoxLayout;
    qrSide->addLayout(request);
    qrSide->addWidget(m_qrTextEdit);
    qrSide->addWidget(m_qrProblem);
    qrSide->addLayout(buttons);
    qrSide->addStretch(1);
    qrSide->addWidget(m_status);
    qrSide->addWidget(m_keyStoreLabel);
    qrRow->addLayout(qrSide, 1);
    qrLayout->addLayout(qrRow);
    connect(m_chainCombo, &QComboBox::currentIndexChanged, this, &WalletsPage::updateQr);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &WalletsPage::updateQr);
    connect(m_copyAddressButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_addressesView->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(current.data(WalletAddressesModel::AddressRole).toString());
    });
    connect(m_copyTextButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_qrText); });
    connect(m_largeQrButton, &QPushButton::clicked, this, &WalletsPage::showLargeQr);

    // Wallets on top, the chosen wallet's addresses below, the QR code of the
    // chosen address at the bottom: every column fits at the default size.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_walletsView);
    splitter->addWidget(m_addressesView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->addLayout(toolbar);
    listLayout->addWidget(splitter, 1);
    listLayout->addWidget(qrPanel);


    // In a narrow window the page scrolls rather than widening the window.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("walletsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(list);
    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_walletsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WalletsPage::selectWallet);
    connect(m_addressesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WalletsPage::updateQr);
    connect(m_service, &engine::WalletsService::ready, this, &WalletsPage::reload);
    connect(m_service, &engine::WalletsService::walletsChanged, this, &WalletsPage::reload);
    connect(m_service, &engine::WalletsService::addressAdded, m_addresses, &WalletAddressesModel::addAddress);
    // A transfer that became final changes a balance: read them again, once
    // for a burst of transfers.
    m_balancesTimer = new QTimer(this);
    m_balancesTimer->setSingleShot(true);
    m_balancesTimer->setInterval(kBalanceRefreshDelayMs);
    connect(m_balancesTimer, &QTimer::timeout, this, &WalletsPage::refreshBalances);
    connect(m_console, &engine::ConsoleService::pendingTransferRemoved, m_balancesTimer, qOverload<>(&QTimer::start));

    retranslate();
    reload();
}

void WalletsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WalletsPage::retranslate()
{
    m_setupButton->setText(tr("Set up a wallet…"));
    m_addButton->setText(tr("Add wallet…"));
    m_newAddressButton->setText(tr("New receive address"));
    m_backupButton->setText(tr("Back up…"));
    m_restoreButton->setText(tr("Restore…"));
    m_revealButton->setText(tr("Show recovery words…"));
    m_renameButton->setText(tr("Rename…"));
    m_refreshBalancesButton->setText(tr("Refresh balances"));
    m_refreshBalancesButton->setToolTip(tr("Read the token balances of these addresses from the chain's nodes again."));
    //: %1 is where secrets are kept, e.g. "system keychain"
    m_keyStoreLabel->setText(tr("Secrets: %1").arg(m_service->keyStoreName()));
    m_qrTitle->setText(tr("Receive to the selected address"));
    m_chainLabel->setText(tr("Chain:"));
    m_amountLabel->setText(tr("Amount (optional):"));
    m_amountEdit->setPlaceholderText(tr("e.g. 12.50"));
    m_copyAddressButton->setText(tr("Copy address"));
    m_copyTextButton->setText(tr("Copy QR text"));
    m_largeQrButton->setText(tr("Large QR code"));
    m_wallets->retranslate();
    m_addresses->retranslate();
    fillChains();
}

void WalletsPage::reload()
{
    m_service->wallets(this, [this](Result<QList<wallets::WalletRecord>> list) {
        if (!list.ok()) {
            m_status->setText(list.error().userMessage);
            return;
        }
        m_status->clear();
        m_wallets->setWallets(list.value());
        m_stack->setCurrentIndex(list->isEmpty() ? 0 : 1);
        if (!m_walletsView->currentIndex().isValid() && m_wallets->rowCount() > 0)
            m_walletsView->setCurrentIndex(m_wallets->index(0, 0));
        else
            selectWallet();
    });
}

void WalletsPage::selectWallet()
{
    const wallets::WalletRecord *w = m_wallets->wallet(m_walletsView->currentIndex().row());
    m_newAddressButton->setEnabled(w && w->canDerive());
    m_revealButton->setEnabled(w && !w->isWatchOnly());
    m_renameButton->setEnabled(w);
    m_refreshBalancesButton->setEnabled(w);
    fillChains();
    if (w)
        loadAddresses(w->id);
}

void WalletsPage::loadAddresses(qint64 walletId)
{
    m_service->addresses(walletId, this, [this, walletId](Result<QList<wallets::WalletAddress>> list) {
        if (!list.ok()) {
            m_status->setText(list.error().userMessage);
            return;
        }
        const wallets::WalletRecord *w = m_wallets->wallet(m_walletsView->currentIndex().row());
        if (!w || w->id != walletId)
            return; // another wallet was chosen meanwhile
        const bool first = m_addresses->walletId() != walletId
            || m_addresses->balanceState() == WalletAddressesModel::BalanceState::Unknown;
        m_addresses->setAddresses(walletId, list.value());
        if (!m_addressesView->currentIndex().isValid() && m_addresses->rowCount() > 0)
            m_addressesView->setCurrentIndex(m_addresses->index(m_addresses->rowCount() - 1, 0));
        updateQr();
        if (first)
            loadBalances(walletId);
    });
}

void WalletsPage::loadBalances(qint64 walletId)
{
    m_addresses->setBalancesReading(walletId);
    m_service->balances(walletId, this, [this, walletId](Result<QList<chain::BalanceReading>> readings) {
        if (!readings.ok()) {
            m_status->setText(readings.error().userMessage);
            m_addresses->setBalances(walletId, {}, {});
            return;
        }
        QHash<QString, QString> names;
        for (const chain::ChainSettings &c : m_console->chainSettings())
            names.insert(c.id, c.displayName());
        m_addresses->setBalances(walletId, readings.value(), names);
    });
}

void WalletsPage::refreshBalances()
{
    const wallets::WalletRecord *w = m_wallets->wallet(m_walletsView->currentIndex().row());
    if (w && m_addresses->walletId() == w->id)
        loadBalances(w->id);
}

void WalletsPage::renameWallet()
{
    const QModelIndex current = m_walletsView->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex label = m_wallets->index(current.row(), WalletsModel::LabelColumn);
    m_walletsView->setCurrentIndex(label);
    m_walletsView->edit(label);
}

void WalletsPage::saveLabel(qint64 walletId, const QString &label)
{
    m_service->setLabel(walletId, label, this, [this](Result<void> saved) {
        if (saved.ok())
            m_status->clear();
        else
            showError(tr("The wallet was not renamed"), saved.error().displayText());
    });
}

void WalletsPage::fillChains()
{
    const wallets::WalletRecord *w = m_wallets->wallet(m_walletsView->currentIndex().row());
    const QString chosen = m_chainCombo->currentData().toString();
    const QSignalBlocker block(m_chainCombo);
    m_chainCombo->clear();
    if (w) {
        for (const chain::ChainSettings &c : m_console->chainSettings()) {
            if (c.family == w->family)
                m_chainCombo->addItem(c.displayName(), c.id);
        }
    }
    m_chainCombo->setCurrentIndex(qMax(0, m_chainCombo->findData(chosen)));
    updateQr();
}

void WalletsPage::updateQr()
{
    m_qrText.clear();
    m_qrProblem->clear();
    const QModelIndex current = m_addressesView->currentIndex();
    const wallets::WalletAddress *address = m_addresses->address(current.row());
    const bool evm = address && address->family == chain::ChainFamily::Evm;
    m_amountEdit->setEnabled(evm);
    m_copyAddressButton->setEnabled(address);
    m_copyTextButton->setEnabled(address);
    m_largeQrButton->setEnabled(address);
    if (!address) {
        m_qrLabel->clear();
        m_qrTextEdit->clear();
        return;
    }
    std::optional<chain::ChainSettings> settings;
    for (const chain::ChainSettings &c : m_console->chainSettings())
        if (c.id == m_chainCombo->currentData().toString())
            settings = c;
    if (!settings) {
        settings = chain::ChainSettings();
        settings->family = address->family;
    }
    std::optional<chain::TokenContract> token;
    std::optional<money::Amount> amount;
    const QString amountText = m_amountEdit->text().trimmed();
    if (evm && !amountText.isEmpty()) {
        if (settings->tokens.isEmpty()) {
            m_qrProblem->setText(tr("This chain has no token configured; the QR code shows the plain address."));
        } else {
            token = settings->tokens.first();
            auto parsed = money::Amount::parse(amountText, money::Asset {token->symbol, token->decimals});
            if (parsed.ok())
                amount = parsed.value();
            else
                m_qrProblem->setText(parsed.error().userMessage);
        }
    }
    auto text = wallets::PaymentUri::build(*settings, address->address, token, amount);
    if (!text.ok()) {
        m_qrProblem->setText(text.error().userMessage);
        text = wallets::Wallets::displayAddress(address->family, address->address);
    }
    m_qrText = text.value();
    m_qrTextEdit->setText(m_qrText);
    const QrCode code = QrCode::encode(m_qrText);
    m_qrLabel->setPixmap(QPixmap::fromImage(code.toImage(code.scaleFor(kQrPixels))));
    if (m_largeQr) {
        if (auto *label = m_largeQr->findChild<QLabel *>(QStringLiteral("largeQrLabel")))
            label->setPixmap(QPixmap::fromImage(code.toImage(code.scaleFor(kLargeQrPixels))));
        if (auto *label = m_largeQr->findChild<QLabel *>(QStringLiteral("largeQrText")))
            label->setText(m_qrText);
    }
}

void WalletsPage::showLargeQr()
{
    if (m_qrText.isEmpty())
        return;
    if (!m_largeQr) {
        // A window of its own, so it can sit on a second screen facing the customer.
        m_largeQr = new QDialog(this, Qt::Window);
        m_largeQr->setObjectName(QStringLiteral("largeQrDialog"));
        m_largeQr->setAttribute(Qt::WA_DeleteOnClose);
        auto *image = new QLabel;
        image->setObjectName(QStringLiteral("largeQrLabel"));
        image->setAlignment(Qt::AlignCenter);
        auto *text = new QLabel;
        text->setObjectName(QStringLiteral("largeQrText"));
        text->setAlignment(Qt::AlignCenter);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont mono = text->font();
        mono.setPointSizeF(mono.pointSizeF() * 1.3);
        text->setFont(mono);
        auto *layout = new QVBoxLayout(m_largeQr);
        layout->addWidget(image, 1);
        layout->addWidget(text);
    }
    m_largeQr->setWindowTitle(tr("Scan to pay"));
    updateQr();
    m_largeQr->show();
    m_largeQr->raise();
}

void WalletsPage::newReceiveAddress()
{
    const wallets::WalletRecord *w = m_wallets->wallet(m_walletsView->currentIndex().row());
    if (!w)
        return;
    m_newAddressButton->setEnabled(false);
    m_service->deriveNext(w->id, this, [this](Result<wallets::WalletAddress> address) {
        m_newAddressButton->setEnabled(true);
        if (!address.ok()) {
            showError(tr("No new address"), address.error().displayText());
            return;
        }
        m_addresses->addAddress(address.value());
        m_addressesView->setCurrentIndex(m_addresses->index(m_addresses->rowCount() - 1, 0));
        //: %1 is the new receive address
        m_status->setText(tr("New receive address %1 is ready and watched on every chain of its family.")
                .arg(wallets::Wallets::displayAddress(address->family, address->address)));
    });
}

void WalletsPage::exportBackup()
{
    const QString path = FileDialog::saveFileName(this, tr("Back up wallets"), QStringLiteral("kassa-wallets.kassabackup"),
        tr("Kassa backups (*.kassabackup)"));
    if (path.isEmpty())
        return;
    const auto passphrase = PassphraseDialog::ask(this, PassphraseDialog::Choose, tr("Back up wallets"),
        tr("The backup holds the recovery phrases of your wallets. Anyone with the file and this passphrase can spend "
           "from them. Keep the passphrase apart from the file — without it the backup cannot be opened."));
    if (!passphrase)
        return;
    m_backupButton->setEnabled(false);
    m_status->setText(tr("Writing the backup…"));
    m_service->exportBackup(path, *passphrase, this, [this, path](Result<engine::BackupSummary> summary) {
        m_backupButton->setEnabled(true);
        if (!summary.ok()) {
            m_status->clear();
            showError(tr("Backup failed"), summary.error().displayText());
            return;
        }
        m_status->setText(tr("Backed up %n wallet(s) to %1.", nullptr, summary->wallets).arg(path));
    });
}

void WalletsPage::restoreBackup()
{
    const QString path = FileDialog::openFileName(this, tr("Restore wallets"), tr("Kassa backups (*.kassabackup)"));
    if (path.isEmpty())
        return;
    const auto passphrase = PassphraseDialog::ask(
        this, PassphraseDialog::Enter, tr("Restore wallets"), tr("Enter the passphrase the backup was made with."));
    if (!passphrase)
        return;
    m_restoreButton->setEnabled(false);
    m_status->setText(tr("Restoring…"));
    m_service->restoreBackup(path, *passphrase, this, [this](Result<engine::BackupSummary> summary) {
        m_restoreButton->setEnabled(true);
        if (!summary.ok()) {
            m_status->clear();
            showError(tr("Restore failed"), summary.error().displayText());
            return;
        }
        m_status->setText(tr("Restored %n wallet(s).", nullptr, summary->wallets) + QLatin1Char(' ')
            + tr("%n wallet(s) were already here.", nullptr, summary->skipped));
        reload();
    });
}

void WalletsPage::revealWords()
{
    const wallets::WalletRecord *w = m_wallets->wallet(m_walletsView->currentIndex().row());
    if (!w || w->isWatchOnly())
        return;
    const qint64 id = w->id;
    const auto answer = MessageBox::question(this, tr("Show recovery words"),
        tr("Anyone who sees these words can take every coin in this wallet, now and later. Make sure no one is "
           "watching and no screen is being shared or recorded. Showing them is recorded in the audit log.\n\n"
           "Show the words?"));
    if (answer != QMessageBox::Yes)
        return;
    if (!m_owner) {
        showWords(id);
        return;
    }
    confirmOwner(id, m_owner->signedInUsesTotp());
}

void WalletsPage::confirmOwner(qint64 walletId, bool withCode)
{
    const auto answer = StepUpDialog::ask(this, tr("Show recovery words"),
        withCode ? tr("Enter your operator password and the 6-digit code from your authenticator app to confirm it is you.")
                 : tr("Enter your operator password to confirm it is you."),
        withCode);
    if (!answer)
        return;
    m_owner->verifyOwnerPassword(answer->password, answer->totpCode, this, [this, walletId, withCode](Result<void> checked) {
        if (!checked.ok()) {
            // The account started using TOTP since the console was unlocked: ask again, with the code.
            if (!withCode && engine::authFailureOf(checked.error()) == engine::AuthFailure::TotpRequired) {
                confirmOwner(walletId, true);
                return;
            }
            showError(tr("Show recovery words"), checked.error().displayText());
            return;
        }
        showWords(walletId);
    });
}

void WalletsPage::showWords(qint64 walletId)
{
    m_service->revealWords(walletId, this, [this](Result<std::shared_ptr<crypto::Mnemonic>> words) {
        if (!words.ok()) {
            showError(tr("Show recovery words"), words.error().displayText());
            return;
        }
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("recoveryWordsDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Recovery words"));
        auto *layout = new QVBoxLayout(dialog);
        auto *warning = new QLabel(tr("Write them down in this order and close this window. It closes by itself "
                                      "after two minutes."));
        warning->setWordWrap(true);
        layout->addWidget(warning);
        auto *grid = new QGridLayout;
        const QByteArrayView phrase = words.value()->phrase().view();
        const int count = words.value()->wordCount();
        const int rows = (count + 3) / 4;
        int index = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= phrase.size(); ++i) {
            if (i < phrase.size() && phrase[i] != ' ')
                continue;
            auto *word = new QLabel(QStringLiteral("%1. %2").arg(index + 1).arg(QLatin1String(phrase.sliced(start, i - start))));
            word->setObjectName(QStringLiteral("revealedWord%1").arg(index));
            grid->addWidget(word, index % rows, index / rows);
            ++index;
            start = i + 1;
        }
        layout->addLayout(grid);
        auto *close = new QPushButton(tr("Close"));
        connect(close, &QPushButton::clicked, dialog, &QDialog::close);
        layout->addWidget(close, 0, Qt::AlignRight);
        QTimer::singleShot(120000, dialog, &QDialog::close);
        dialog->show();
    });
}

void WalletsPage::showError(const QString &title, const QString &text)
{
    MessageBox::warning(this, title, text);
}

} // namespace kassa::ui
