#include "pages/ChainSettingsWidget.h"

#include "engine/ConsoleService.h"
#include "models/TokenContractsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

const QString kWholeChain; // issues about the chain as a whole

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        // One address per line; commas are forgiven (pasted from kassa.conf).
        for (const QString &part : line.split(QLatin1Char(','))) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                out << trimmed;
        }
    }
    return out;
}

QString joinUrls(const QList<QUrl> &urls)
{
    QStringList out;
    for (const QUrl &url : urls)
        out << url.toString();
    return out.join(QLatin1Char('\n'));
}

QLabel *makeErrorLabel(QWidget *parent, const QString &key)
{
    auto *label = new QLabel(parent);
    label->setObjectName(key.isEmpty() ? QStringLiteral("chainError") : key + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QLabel *makeHint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ChainSettingsWidget::ChainSettingsWidget(engine::ConsoleService *service, QWidget *parent)
    : QGroupBox(parent), m_service(service)
{
    setObjectName(QStringLiteral("chainSettingsGroup"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_chainCombo = new QComboBox(this);
    m_chainCombo->setObjectName(QStringLiteral("chainCombo"));
    m_chainCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(QStringLiteral("chainEnabledCheck"));
    m_chainId = new QLineEdit(this);
    m_chainId->setObjectName(QStringLiteral("chainIdEdit"));
    m_chainId->setMaximumWidth(220);
    m_http = new QPlainTextEdit(this);
    m_http->setObjectName(QStringLiteral("httpEndpointsEdit"));
    m_ws = new QPlainTextEdit(this);
    m_ws->setObjectName(QStringLiteral("wsEndpointsEdit"));
    for (QPlainTextEdit *edit : {m_http, m_ws}) {
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
    }
    m_httpHint = makeHint(this);
    m_wsHint = makeHint(this);
    m_gridUrl = new QLineEdit(this);
    m_gridUrl->setObjectName(QStringLiteral("tronGridUrlEdit"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);

    m_tokens = new TokenContractsModel(this);
    m_tokensView = new QTableView(this);
    m_tokensView->setObjectName(QStringLiteral("tokensView"));
    m_tokensView->setModel(m_tokens);
    m_tokensView->verticalHeader()->hide();
    m_tokensView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tokensView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tokensView->horizontalHeader()->setSectionResizeMode(
        TokenContractsModel::SymbolColumn, QHeaderView::ResizeToContents);
    m_tokensView->horizontalHeader()->setSectionResizeMode(TokenContractsModel::ContractColumn, QHeaderView::Stretch);
    m_tokensView->horizontalHeader()->setSectionResizeMode(
        TokenContractsModel::DecimalsColumn, QHeaderView::ResizeToContents);
    m_tokensView->setFixedHeight(m_tokensView->horizontalHeader()->sizeHint().height()
        + m_tokensView->verticalHeader()->defaultSectionSize() * 3 + 4);
    m_addToken = new QPushButton(this);
    m_addToken->setObjectName(QStringLiteral("addTokenButton"));
    m_removeToken = new QPushButton(this);
    m_removeToken->setObjectName(QStringLiteral("removeTokenButton"));
    auto *tokenBox = new QWidget(this);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_tokensView);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_addToken);
    tokenButtons->addWidget(m_removeToken);
    tokenButtons->addStretch();
    tokenLayout->addLayout(tokenButtons);

    m_finality = new QComboBox(this);
    m_finality->setObjectName(QStringLiteral("finalityCombo"));
    m_finality->addItem(QString(), int(chain::FinalityPolicy::Finalized));
    m_finality->addItem(QString(), int(chain::FinalityPolicy::Depth));
    m_finality->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_confirmations = new QSpinBox(this);
    m_confirmations->setObjectName(QStringLiteral("confirmationsSpin"));
    m_confirmations->setRange(1, 100000);
    m_poll = new QSpinBox(this);
    m_poll->setObjectName(QStringLiteral("pollIntervalSpin"));
    m_poll->setRange(100, 600000);
    m_poll->setSingleStep(500);

    for (const QString &key : {kWholeChain, QStringLiteral("chain_id"), QStringLiteral("http"), QStringLiteral("ws"),
             QStringLiteral("trongrid_url"), QStringLiteral("api_key"), QStringLiteral("tokens"),
             QStringLiteral("finality"), QStringLiteral("confirmations"), QStringLiteral("poll_ms")})
        m_errors.insert(key, makeErrorLabel(this, key));

    m_chainLabel = new QLabel(this);
    m_chainIdLabel = new QLabel(this);
    m_httpLabel = new QLabel(this);
    m_wsLabel = new QLabel(this);
    m_gridLabel = new QLabel(this);
    m_keyLabel = new QLabel(this);
    m_tokensLabel = new QLabel(this);
    m_finalityLabel = new QLabel(this);
    m_confirmationsLabel = new QLabel(this);
    m_pollLabel = new QLabel(this);
    m_chainIdLabel->setBuddy(m_chainId);
    m_httpLabel->setBuddy(m_http);
    m_wsLabel->setBuddy(m_ws);
    m_gridLabel->setBuddy(m_gridUrl);
    m_keyLabel->setBuddy(m_apiKey);
    m_finalityLabel->setBuddy(m_finality);
    m_confirmationsLabel->setBuddy(m_confirmations);
    m_pollLabel->setBuddy(m_poll);

    // Each field sits in a cell with its hint and its inline error right
    // under it, so a row (and a family's rows) can be shown or hidden whole.
    auto cell = [this](QWidget *field, QLabel *hint, const QString &errorKey) {
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        if (hint)
            column->addWidget(hint);
        column->addWidget(m_errors.value(errorKey));
        return box;
    };
    for (QWidget *w :
        {static_cast<QWidget *>(m_finality), static_cast<QWidget *>(m_confirmations), static_cast<QWidget *>(m_poll)})
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_confirmations->setMinimumWidth(120);
    m_poll->setMinimumWidth(120);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_chainLabel, m_chainCombo);
    m_form->addRow(QString(), cell(m_enabled, nullptr, kWholeChain));
    m_chainIdCell = cell(m_chainId, nullptr, QStringLiteral("chain_id"));
    m_form->addRow(m_chainIdLabel, m_chainIdCell);
    m_form->addRow(m_httpLabel, cell(m_http, m_httpHint, QStringLiteral("http")));
    m_wsCell = cell(m_ws, m_wsHint, QStringLiteral("ws"));
    m_form->addRow(m_wsLabel, m_wsCell);
    m_gridCell = cell(m_gridUrl, nullptr, QStringLiteral("trongrid_url"));
    m_form->addRow(m_gridLabel, m_gridCell);
    m_keyCell = cell(m_apiKey, nullptr, QStringLiteral("api_key"));
    m_form->addRow(m_keyLabel, m_keyCell);
    m_form->addRow(m_tokensLabel, cell(tokenBox, nullptr, QStringLiteral("tokens")));
    m_form->addRow(m_finalityLabel, cell(m_finality, nullptr, QStringLiteral("finality")));
    m_form->addRow(m_confirmationsLabel, cell(m_confirmations, nullptr, QStringLiteral("confirmations")));
    m_form->addRow(m_pollLabel, cell(m_poll, nullptr, QStringLiteral("poll_ms")));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chainCheckStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveChainButton"));
    m_save->setDefault(true);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertChainButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_chainCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { selectChain(m_chainCombo->itemData(index).toString()); });
    connect(m_finality, &QComboBox::currentIndexChanged, this, &ChainSettingsWidget::updateFinalityRows);
    connect(m_addToken, &QPushButton::clicked, this, [this] {
        const int row = m_tokens->appendToken();
        m_tokensView->setCurrentIndex(m_tokens->index(row, TokenContractsModel::SymbolColumn));
        m_tokensView->edit(m_tokensView->currentIndex());
    });
    connect(m_removeToken, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_tokensView->currentIndex();
        if (current.isValid())
            m_tokens->removeRow(current.row());
    });
    connect(m_save, &QPushButton::clicked, this, &ChainSettingsWidget::saveClicked);
    connect(m_revert, &QPushButton::clicked, this, &ChainSettingsWidget::revertClicked);

    retranslate();
    reload();
}

void ChainSettingsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ChainSettingsWidget::retranslate()
{
    setTitle(tr("Chains"));
    m_intro->setText(tr("Choose the networks Kassa watches for payments to your addresses, and the nodes it asks. "
                        "Kassa checks the nodes before it saves."));
    m_chainLabel->setText(tr("Chain:"));
    m_enabled->setText(tr("Watch this chain"));
    m_chainIdLabel->setText(tr("Chain id:"));
    m_httpLabel->setText(tr("Node addresses:"));
    m_httpHint->setText(tr("One per line, in order of preference. Kassa switches to the next when one fails."));
    m_wsLabel->setText(tr("WebSocket addresses:"));
    m_wsHint->setText(tr("Optional. With one, new blocks arrive within milliseconds; without, Kassa asks regularly."));
    m_gridLabel->setText(tr("TronGrid address:"));
    m_keyLabel->setText(tr("TronGrid API key:"));
    m_tokensLabel->setText(tr("Tokens:"));
    m_addToken->setText(tr("Add token"));
    m_removeToken->setText(tr("Remove token"));
    m_finalityLabel->setText(tr("A payment is final:"));
    m_pollLabel->setText(tr("Poll interval (milliseconds):"));
    m_save->setText(tr("Check and save"));
    m_revert->setText(tr("Revert"));
    Q_EMIT m_tokens->headerDataChanged(Qt::Horizontal, 0, TokenContractsModel::ColumnCount - 1);
    updateChainList();
    updateFamilyRows();
    updateFinalityRows();
}

void ChainSettingsWidget::reload()
{
    m_saved = m_service->chainSettings();
    if (m_current.isEmpty() && !m_saved.isEmpty())
        m_current = m_saved.first().id;
    updateChainList();
    for (const chain::ChainSettings &s : std::as_const(m_saved)) {
        if (s.id == m_current)
            showSettings(m_drafts.value(s.id, s));
    }
}

void ChainSettingsWidget::updateChainList()
{
    const QSignalBlocker blocker(m_chainCombo);
    m_chainCombo->clear();
    for (const chain::ChainSettings &s : std::as_const(m_saved)) {
        //: An entry of the chain list in Settings → Chains: "Ethereum (watching)"
        m_chainCombo->addItem(
            s.enabled ? tr("%1 (watching)").arg(s.displayName()) : tr("%1 (off)").arg(s.displayName()), s.id);
    }
    const int index = m_chainCombo->findData(m_current);
    m_chainCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void ChainSettingsWidget::selectChain(const QString &chainId)
{
    if (chainId == m_current || chainId.isEmpty())
        return;
    if (!m_current.isEmpty())
        m_drafts.insert(m_current, formSettings());
    m_current = chainId;
    {
        const QSignalBlocker blocker(m_chainCombo);
        m_chainCombo->setCurrentIndex(m_chainCombo->findData(chainId));
    }
    for (const chain::ChainSettings &s : std::as_const(m_saved)) {
        if (s.id == chainId)
            showSettings(m_drafts.value(s.id, s));
    }
}

void ChainSettingsWidget::showSettings(const chain::ChainSettings &s)
{
    m_loading = true;
    clearIssues();
    m_status->clear();
    m_enabled->setChecked(s.enabled);
    m_chainId->setText(s.isEvm() ? QString::number(s.chainId) : QString());
    m_chainId->setReadOnly(!s.isLocal());
    m_http->setPlainText(joinUrls(s.httpEndpoints));
    m_ws->setPlainText(joinUrls(s.wsEndpoints));
    m_gridUrl->setText(s.tronGridUrl.toString());
    m_apiKey->setText(s.apiKey);
    m_tokens->setTokens(s.tokens);
    m_finality->setCurrentIndex(m_finality->findData(int(s.finality)));
    m_confirmations->setValue(s.confirmations);
    m_poll->setValue(s.pollIntervalMs);
    m_loading = false;
    updateFamilyRows();
    updateFinalityRows();
}

chain::ChainSettings ChainSettingsWidget::formSettings() const
{
    chain::ChainSettings s;
    for (const chain::ChainSettings &saved : m_saved) {
        if (saved.id == m_current)
            s = saved;
    }
    s.enabled = m_enabled->isChecked();
    if (s.isEvm()) {
        bool ok = false;
        const quint64 id = m_chainId->text().trimmed().toULongLong(&ok);
        s.chainId = ok ? id : 0;
        s.wsEndpoints.clear();
        for (const QString &line : lines(m_ws))
            s.wsEndpoints << QUrl(line);
    } else {
        s.tronGridUrl = QUrl(m_gridUrl->text().trimmed());
        s.apiKey = m_apiKey->text().trimmed();
    }
    s.httpEndpoints.clear();
    for (const QString &line : lines(m_http))
        s.httpEndpoints << QUrl(line);
    s.tokens = m_tokens->tokens();
    s.finality = chain::FinalityPolicy(m_finality->currentData().toInt());
    s.confirmations = m_confirmations->value();
    s.pollIntervalMs = m_poll->value();
    return s;
}

void ChainSettingsWidget::updateFamilyRows()
{
    bool evm = true;
    bool local = false;
    for (const chain::ChainSettings &s : std::as_const(m_saved)) {
        if (s.id == m_current) {
            evm = s.isEvm();
            local = s.isLocal();
        }
    }
    m_form->setRowVisible(m_chainIdCell, evm);
    m_form->setRowVisible(m_wsCell, evm);
    m_form->setRowVisible(m_gridCell, !evm);
    m_form->setRowVisible(m_keyCell, !evm);
    m_chainId->setToolTip(
        local ? tr("The chain id of your test node.") : tr("Fixed for this network; the nodes must report the same."));
    m_finality->setItemText(0, evm ? tr("When the network marks its block final") : tr("When its block is solidified"));
    m_finality->setItemText(1, tr("After a number of confirmations"));
}

void ChainSettingsWidget::updateFinalityRows()
{
    const bool depth = chain::FinalityPolicy(m_finality->currentData().toInt()) == chain::FinalityPolicy::Depth;
    m_confirmationsLabel->setText(depth ? tr("Confirmations:") : tr("Fallback confirmations:"));
    m_confirmations->setToolTip(depth ? tr("A payment is final after this many blocks (its own block counts as one).")
                                      : tr("Used only if the node does not report finality itself."));
}

QLabel *ChainSettingsWidget::errorLabel(const QString &key) const
{
    return m_errors.value(key, m_errors.value(kWholeChain));
}

void ChainSettingsWidget::clearIssues()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void ChainSettingsWidget::showIssues(const QList<chain::SettingsIssue> &issues)
{
    clearIssues();
    QHash<QLabel *, QStringList> texts;
    for (const chain::SettingsIssue &issue : issues)
        texts[errorLabel(issue.key)] << issue.userMessage;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->show();
    }
}

void ChainSettingsWidget::setChecking(bool checking)
{
    m_checking = checking;
    m_save->setEnabled(!checking);
    m_revert->setEnabled(!checking);
    m_chainCombo->setEnabled(!checking);
}

void ChainSettingsWidget::saveClicked()
{
    if (m_checking)
        return;
    const chain::ChainSettings settings = formSettings();
    clearIssues();
    if (settings.isEvm() && settings.chainId == 0) {
        showIssues({chain::SettingsIssue {
            QStringLiteral("chain_id"), QStringLiteral("not a number"), tr("The chain id must be a whole number.")}});
        return;
    }
    if (!settings.enabled) {
        // Turning a chain off needs no node: check offline and save.
        const auto result = m_service->saveChainSettings(settings);
        if (!result.ok()) {
            QList<chain::SettingsIssue> issues = chain::ChainSettingsFile::validate(settings);
            if (issues.isEmpty())
                issues << chain::SettingsIssue {QString(), result.error().message, result.error().displayText()};
            m_status->setText(tr("Not saved: correct the marked fields."));
            showIssues(issues);
            return;
        }
        saved(settings, {});
        return;
    }
    setChecking(true);
    m_status->setText(tr("Checking the nodes…"));
    const QString chainId = settings.id;
    m_service->checkChainSettings(settings).then(this, [this, settings, chainId](const chain::ChainCheckResult &check) {
        setChecking(false);
        if (chainId != m_current)
            return; // the person moved on; nothing is saved
        if (!check.ok()) {
            m_status->setText(tr("Not saved: correct the marked fields."));
            showIssues(check.issues);
            return;
        }
        const auto result = m_service->saveChainSettings(settings);
        if (!result.ok()) {
            m_status->setText(tr("Not saved."));
            showIssues({chain::SettingsIssue {QString(), result.error().message, result.error().displayText()}});
            return;
        }
        QStringList notes = check.notes;
        if (!check.checkedOnline)
            notes << tr("The nodes of this chain cannot be checked before saving yet; watch the status bar.");
        saved(settings, notes);
    });
}

void ChainSettingsWidget::saved(const chain::ChainSettings &settings, const QStringList &notes)
{
    m_drafts.remove(settings.id);
    m_saved = m_service->chainSettings();
    updateChainList();
    QString text = settings.enabled ? tr("Saved. Kassa is watching %1.").arg(settings.displayName())
                                    : tr("Saved. Kassa does not watch %1.").arg(settings.displayName());
    if (!notes.isEmpty())
        text += QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
    m_status->setText(text);
}

void ChainSettingsWidget::revertClicked()
{
    m_drafts.remove(m_current);
    m_saved = m_service->chainSettings();
    for (const chain::ChainSettings &s : std::as_const(m_saved)) {
        if (s.id == m_current)
            showSettings(s);
    }
}

} // namespace kassa::ui
