#include "pages/AddressBookWidget.h"

#include "MessageBox.h"
#include "dialogs/AddressEntryDialog.h"
#include "engine/PayoutsService.h"

#include <QDateTime>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

enum Column { NameColumn, ChainColumn, AddressColumn, StateColumn, ChangedByColumn, ColumnCount };

bool mayEdit(const operators::OperatorInfo &op)
{
    return op.has(operators::Role::Clerk) || op.has(operators::Role::Approver) || op.has(operators::Role::Owner);
}

} // namespace

AddressBookWidget::AddressBookWidget(engine::PayoutsService *service, operators::OperatorInfo signedIn, QWidget *parent)
    : QWidget(parent), m_service(service), m_operator(std::move(signedIn))
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("addressBookTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("addressBookStatus"));
    m_status->setWordWrap(true);
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addAddressButton"));
    m_renameButton = new QPushButton;
    m_renameButton->setObjectName(QStringLiteral("renameAddressButton"));
    m_removeButton = new QPushButton;
    m_removeButton->setObjectName(QStringLiteral("removeAddressButton"));
    m_confirmButton = new QPushButton;
    m_confirmButton->setObjectName(QStringLiteral("confirmAddressButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    for (QPushButton *b : {m_confirmButton, m_removeButton, m_renameButton, m_addButton})
        bar->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_addButton, &QPushButton::clicked, this, &AddressBookWidget::addEntry);
    connect(m_renameButton, &QPushButton::clicked, this, &AddressBookWidget::renameSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AddressBookWidget::removeSelected);
    connect(m_confirmButton, &QPushButton::clicked, this, &AddressBookWidget::confirmSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AddressBookWidget::updateButtons);
    connect(m_service, &engine::PayoutsService::changed, this, &AddressBookWidget::refresh);
    retranslate();
    refresh();
}

void AddressBookWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AddressBookWidget::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Chain"), tr("Address"), tr("Can receive"), tr("Changed by")});
    m_addButton->setText(tr("Add…"));
    m_renameButton->setText(tr("Rename…"));
    m_removeButton->setText(tr("Remove"));
    m_confirmButton->setText(tr("Confirm"));
    fill();
}

void AddressBookWidget::refresh()
{
    m_service->policy(this, [this](Result<engine::PayoutsService::PolicyState> state) {
        if (state.ok())
            m_coolDownMs = state->current.addressCoolDownMs;
    });
    m_service->addressBook(this, [this](Result<QList<payouts::AddressBookEntry>> book) {
        if (!book.ok()) {
            m_status->setText(book.error().displayText());
            return;
        }
        m_entries = *book;
        fill();
    });
}

QString AddressBookWidget::stateText(const payouts::AddressBookEntry &e, qint64 nowMs) const
{
    const bool waitsForOwner = e.needsSecondPerson && e.confirmedBy.isEmpty();
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.activeFromMs), QLocale::ShortFormat);
    if (e.activeFromMs > nowMs && waitsForOwner)
        //: %1 is a date and time.
        return tr("From %1, once another owner confirms").arg(when);
    if (e.activeFromMs > nowMs)
        //: %1 is a date and time: the end of the cool-down.
        return tr("From %1").arg(when);
    if (waitsForOwner)
        return tr("Once another owner confirms");
    return tr("Yes");
}

void AddressBookWidget::fill()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, QString> chainNames;
    for (const engine::PayoutAsset &a : m_service->assets())
        chainNames.insert(a.chain, a.chainName);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const payouts::AddressBookEntry &e = m_entries.at(row);
        auto *address = new QTableWidgetItem(e.address);
        address->setFont(QFont(QStringLiteral("monospace")));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(e.label));
        m_table->setItem(row, ChainColumn, new QTableWidgetItem(chainNames.value(e.chain, e.chain)));
        m_table->setItem(row, AddressColumn, address);
        m_table->setItem(row, StateColumn, new QTableWidgetItem(stateText(e, now)));
        m_table->setItem(row, ChangedByColumn, new QTableWidgetItem(e.createdByName));
    }
    m_status->setText(m_entries.isEmpty() ? tr("No addresses yet. Payouts to an address outside the book need the highest approval tier.")
                                          : QString());
    updateButtons();
}

int AddressBookWidget::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AddressBookWidget::updateButtons()
{
    const int row = selectedRow();
    const bool edit = mayEdit(m_operator);
    m_addButton->setEnabled(edit);
    m_renameButton->setEnabled(edit && row >= 0);
    m_removeButton->setEnabled(edit && row >= 0);
    const bool confirmable = row >= 0 && m_operator.has(operators::Role::Owner) && m_entries.at(row).needsSecondPerson
        && m_entries.at(row).confirmedBy.isEmpty() && m_entries.at(row).createdBy != m_operator.id;
    m_confirmButton->setVisible(m_operator.has(operators::Role::Owner));
    m_confirmButton->setEnabled(confirmable);
}

void AddressBookWidget::openEntryDialog(std::optional<payouts::AddressBookEntry> editing)
{
    auto *dialog = new AddressEntryDialog(m_service, m_operator.id, m_coolDownMs, std::move(editing), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const payouts::AddressBookEntry &e = dialog->saved();
        //: %1 is the entry's name, %2 a date and time.
        m_status->setText(tr("Saved “%1”. It can receive payouts from %2.")
                              .arg(e.label, QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.activeFromMs), QLocale::ShortFormat)));
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void AddressBookWidget::addEntry()
{
    openEntryDialog(std::nullopt);
}

void AddressBookWidget::renameSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        openEntryDialog(m_entries.at(row));
}

void AddressBookWidget::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const payouts::AddressBookEntry e = m_entries.at(row);
    if (MessageBox::question(this, tr("Remove address"),
            tr("Remove “%1” (%2) from the address book? Payouts to it will need the highest approval tier.").arg(e.label, e.address))
        != QMessageBox::Yes)
        return;
    m_service->removeAddress(m_operator.id, e.id, this, [this](Result<void> r) {
        if (!r.ok())
            MessageBox::warning(this, tr("Remove address"), r.error().displayText());
    });
}

void AddressBookWidget::confirmSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const payouts::AddressBookEntry e = m_entries.at(row);
    if (MessageBox::question(this, tr("Confirm address"),
            tr("Confirm “%1” (%2), added or changed by %3? Check the address with them on another channel first.")
                .arg(e.label, e.address, e.createdByName))
        != QMessageBox::Yes)
        return;
    m_service->confirmAddress(m_operator.id, e.id, this, [this](Result<void> r) {
        if (!r.ok())
            MessageBox::warning(this, tr("Confirm address"), r.error().displayText());
    });
}

} // namespace kassa::ui
