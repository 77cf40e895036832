#include "dialogs/AddressEntryDialog.h"

#include "engine/PayoutsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kassa::ui {

namespace {

QLabel *note(const QString &objectName, bool error)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    if (error)
        label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->hide();
    return label;
}

} // namespace

AddressEntryDialog::AddressEntryDialog(engine::PayoutsService *service, QString operatorId, qint64 coolDownMs,
    std::optional<payouts::AddressBookEntry> editing, QWidget *parent)
    : QDialog(parent), m_service(service), m_operatorId(std::move(operatorId)), m_editing(std::move(editing))
{
    setObjectName(QStringLiteral("addressEntryDialog"));
    setWindowTitle(m_editing ? tr("Rename address-book entry") : tr("Add to the address book"));
    m_chain = new QComboBox;
    m_chain->setObjectName(QStringLiteral("bookChainCombo"));
    QStringList chains;
    for (const engine::PayoutAsset &a : m_service->assets()) {
        if (chains.contains(a.chain))
            continue;
        chains << a.chain;
        m_chain->addItem(a.chainName, a.chain);
    }
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("bookAddressEdit"));
    m_address->setFont(QFont(QStringLiteral("monospace")));
    m_addressCheck = note(QStringLiteral("bookAddressCheck"), false);
    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("bookLabelEdit"));
    m_label->setMaxLength(100);
    m_label->setPlaceholderText(tr("Who or what it is, e.g. the supplier's name"));
    m_labelError = note(QStringLiteral("bookLabelError"), true);
    if (m_editing) {
        m_chain->setCurrentIndex(std::max(0, m_chain->findData(m_editing->chain)));
        m_chain->setEnabled(false);
        m_address->setText(m_editing->address);
        m_address->setReadOnly(true);
        m_label->setText(m_editing->label);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Chain:"), m_chain);
    form->addRow(tr("Address:"), m_address);
    form->addRow(QString(), m_addressCheck);
    form->addRow(tr("Name:"), m_label);
    form->addRow(QString(), m_labelError);

    const int hours = int(coolDownMs / 3'600'000);
    // Two labels, not one glued string: Chinese and Japanese put no space between sentences.
    auto *rule = new QLabel(m_editing ? tr("A new name starts a new cool-down: payouts to this address wait %n hour(s) from now.", nullptr, hours)
                                      : tr("Payouts to a new address wait %n hour(s) from now (the cool-down).", nullptr, hours));
    rule->setObjectName(QStringLiteral("bookRule"));
    rule->setWordWrap(true);
    auto *second = new QLabel(tr("With two or more owners, another owner has to confirm the entry too. The change is recorded in the audit log."));
    second->setObjectName(QStringLiteral("bookSecondPerson"));
    second->setWordWrap(true);
    m_error = note(QStringLiteral("bookError"), true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_saveButton = buttons->addButton(m_editing ? tr("Rename") : tr("Add"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveAddressButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &AddressEntryDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rule);
    layout->addWidget(second);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_address, &QLineEdit::textChanged, this, &AddressEntryDialog::validate);
    connect(m_label, &QLineEdit::textChanged, this, &AddressEntryDialog::validate);
    connect(m_chain, &QComboBox::currentIndexChanged, this, &AddressEntryDialog::validate);
    validate();
    resize(600, sizeHint().height());
}

QString AddressEntryDialog::chainAt(int index) const
{
    return m_chain->itemData(index).toString();
}

void AddressEntryDialog::validate()
{
    bool ok = m_chain->currentIndex() >= 0 && !m_busy;
    // Say nothing about an empty field until something is typed into it.
    const QString typed = m_address->text().trimmed();
    if (typed.isEmpty()) {
        m_addressCheck->hide();
        ok = false;
    } else {
        auto checked = m_service->checkAddress(chainAt(m_chain->currentIndex()), typed);
        if (checked.ok()) {
            m_addressCheck->setStyleSheet(QString());
            m_addressCheck->setText(checked.value() == typed ? tr("The address is valid.")
                                                             : tr("Valid; it is saved as %1").arg(checked.value()));
        } else {
            m_addressCheck->setStyleSheet(QStringLiteral("color: #c0392b;"));
            m_addressCheck->setText(checked.error().userMessage);
            ok = false;
        }
        m_addressCheck->show();
    }
    const QString name = m_label->text().simplified();
    m_labelError->setVisible(!m_label->text().isEmpty() && name.isEmpty());
    m_labelError->setText(tr("Give the address a name."));
    ok = ok && !name.isEmpty() && (!m_editing || name != m_editing->label);
    m_saveButton->setEnabled(ok);
}

void AddressEntryDialog::submit()
{
    if (!m_saveButton->isEnabled())
        return;
    m_busy = true;
    validate();
    m_error->hide();
    m_service->saveAddress(m_operatorId, chainAt(m_chain->currentIndex()), m_address->text().trimmed(),
        m_label->text().simplified(), this, [this](Result<payouts::AddressBookEntry> saved) {
            m_busy = false;
            if (!saved.ok()) {
                m_error->setText(saved.error().displayText());
                m_error->show();
                validate();
                return;
            }
            m_saved = *saved;
            accept();
        });
}

} // namespace kassa::ui
