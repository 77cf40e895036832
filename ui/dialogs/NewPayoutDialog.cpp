#include "dialogs/NewPayoutDialog.h"

#include "engine/PayoutsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

NewPayoutDialog::NewPayoutDialog(engine::PayoutsService *service, QString operatorId, QWidget *parent)
    : QDialog(parent), m_service(service), m_operatorId(std::move(operatorId))
{
    setWindowTitle(tr("New payout request"));
    m_asset = new QComboBox;
    m_asset->setObjectName(QStringLiteral("assetCombo"));
    for (const engine::PayoutAsset &a : m_service->assets())
        //: A token on a chain, e.g. "USDT on Ethereum".
        m_asset->addItem(tr("%1 on %2").arg(a.asset.symbol, a.chainName));
    m_destination = new QLineEdit;
    m_destination->setObjectName(QStringLiteral("destinationEdit"));
    m_destinationError = errorLabel(QStringLiteral("destinationError"));
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amountError = errorLabel(QStringLiteral("amountError"));
    m_fiat = new QLabel;
    m_fiat->setObjectName(QStringLiteral("fiatPreview"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("What is it for? Approvers read this."));
    m_reasonError = errorLabel(QStringLiteral("reasonError"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Optional: invoice or ticket number"));
    m_error = errorLabel(QStringLiteral("requestError"));

    auto *form = new QFormLayout;
    form->addRow(tr("Asset:"), m_asset);
    form->addRow(tr("To address:"), m_destination);
    form->addRow(QString(), m_destinationError);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(QString(), m_amountError);
    form->addRow(tr("Value:"), m_fiat);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(QString(), m_reasonError);
    form->addRow(tr("Reference:"), m_reference);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_requestButton = buttons->addButton(tr("Request payout"), QDialogButtonBox::AcceptRole);
    m_requestButton->setObjectName(QStringLiteral("requestButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_requestButton, &QPushButton::clicked, this, &NewPayoutDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_destination, m_amount, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &NewPayoutDialog::validate);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &NewPayoutDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

void NewPayoutDialog::validate()
{
    const auto assets = m_service->assets();
    const int i = m_asset->currentIndex();
    bool ok = i >= 0 && i < assets.size() && !m_busy;
    // Say nothing about an empty field until something is typed into it.
    QString destinationProblem;
    if (!m_destination->text().isEmpty() && ok) {
        auto checked = m_service->checkAddress(assets[i].chain, m_destination->text().trimmed());
        if (!checked.ok())
            destinationProblem = checked.error().userMessage;
    }
    showError(m_destinationError, destinationProblem);
    ok = ok && !m_destination->text().isEmpty() && destinationProblem.isEmpty();

    QString amountProblem;
    m_fiat->clear();
    if (!m_amount->text().isEmpty() && i >= 0 && i < assets.size()) {
        auto amount = money::Amount::parse(m_amount->text(), assets[i].asset);
        if (!amount.ok()) {
            amountProblem = amount.error().userMessage;
        } else if (amount->isZero()) {
            amountProblem = tr("Enter an amount above zero.");
        } else {
            auto value = m_service->valuation(*amount);
            if (value.ok())
                //: The fiat value of the payout and where the rate came from, e.g. "≈ 1,234.50 USD (rate 1.0001, okx)".
                m_fiat->setText(tr("≈ %1 %2 (rate %3, %4)")
                                    .arg(value->value.toFixedString(), value->value.asset().symbol, value->rate, value->rateSource));
            else
                amountProblem = value.error().userMessage;
        }
    }
    showError(m_amountError, amountProblem);
    ok = ok && !m_amount->text().isEmpty() && amountProblem.isEmpty();

    const bool reasonTyped = m_reason->isModified() || !m_reason->text().isEmpty();
    showError(m_reasonError, reasonTyped && m_reason->text().trimmed().isEmpty() ? tr("Say what the payout is for.") : QString());
    ok = ok && !m_reason->text().trimmed().isEmpty();
    m_requestButton->setEnabled(ok);
    // Grow with a shown message so a wrapped one is never cut off.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

void NewPayoutDialog::submit()
{
    validate();
    if (!m_requestButton->isEnabled())
        return;
    const auto assets = m_service->assets();
    const engine::PayoutAsset &a = assets[m_asset->currentIndex()];
    payouts::PayoutDraft draft{a.chain, a.tokenContract, money::Amount::parse(m_amount->text(), a.asset).value(),
        m_destination->text().trimmed(), m_reason->text(), m_reference->text()};
    m_busy = true;
    validate();
    showError(m_error, QString());
    m_service->request(m_operatorId, draft, this, [this](Result<payouts::PayoutRequest> r) {
        m_busy = false;
        if (r.ok()) {
            accept();
            return;
        }
        showError(m_error, r.error().displayText());
        validate();
    });
}

} // namespace kassa::ui
