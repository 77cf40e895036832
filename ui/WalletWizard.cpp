#include "WalletWizard.h"

#include "engine/ConsoleService.h"
#include "engine/OwnerSetup.h"
#include "keys/KeyRing.h"
#include "wallets/Wallet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStringListModel>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

using chain::ChainFamily;
using wallets::WalletKind;
using wallets::Wallets;

const char kErrorStyle[] = "color: #b3261e;";
const char kBadFieldStyle[] = "QLineEdit { background: #fde7e9; }";

QLabel *wrapLabel(const QString &name = {})
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

QStringList allWords()
{
    QStringList words;
    words.reserve(crypto::Mnemonic::WordListSize);
    for (int i = 0; i < crypto::Mnemonic::WordListSize; ++i)
        words.append(QString(crypto::Mnemonic::word(i)));
    return words;
}

QCompleter *wordCompleter(QObject *parent)
{
    auto *completer = new QCompleter(new QStringListModel(allWords(), parent), parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

//! A page that retranslates itself on a language change.
class Page : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    WalletWizard *wiz() const { return static_cast<WalletWizard *>(wizard()); }
    virtual void retranslate() = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWizardPage::changeEvent(event);
    }
};

// ---- language

class LanguageStep : public Page
{
public:
    LanguageStep()
    {
        m_intro = wrapLabel();
        m_combo = new QComboBox;
        m_combo->setObjectName(QStringLiteral("languageCombo"));
        m_combo->addItem(QString(), QStringLiteral("system"));
        for (const auto &language : i18n::shippedLanguages())
            m_combo->addItem(language.nativeName, language.code);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addWidget(m_combo);
        layout->addStretch(1);
        connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this] { wiz()->previewLanguage(m_combo->currentData().toString()); });
        retranslate();
    }
    void initializePage() override
    {
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(qMax(0, m_combo->findData(wiz()->chosenLanguage())));
    }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Welcome to Kassa"));
        setSubTitle(WalletWizard::tr("A few steps set up your first wallet. Nothing is saved until you press Finish."));
        m_intro->setText(WalletWizard::tr("Choose the language for Kassa. You can change it later in Settings."));
        m_combo->setItemText(0, WalletWizard::tr("Same as the system"));
    }

private:
    QLabel *m_intro;
    QComboBox *m_combo;
};

// ---- owner password

class OwnerStep : public Page
{
public:
    OwnerStep()
    {
        m_intro = wrapLabel();
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("ownerNameEdit"));
        m_password = new QLineEdit;
        m_password->setObjectName(QStringLiteral("ownerPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit;
        m_repeat->setObjectName(QStringLiteral("ownerPasswordRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        m_problem = wrapLabel(QStringLiteral("ownerProblem"));
        m_problem->setStyleSheet(QLatin1String(kErrorStyle));
        m_form = new QFormLayout;
        m_form->addRow(new QLabel, m_name);
        m_form->addRow(new QLabel, m_password);
        m_form->addRow(new QLabel, m_repeat);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addLayout(m_form);
        layout->addWidget(m_problem);
        layout->addStretch(1);
        for (auto *edit : {m_name, m_password, m_repeat})
            connect(edit, &QLineEdit::textChanged, this, [this] {
                check();
                Q_EMIT completeChanged();
            });
        retranslate();
    }
    QString name() const { return m_name->text().trimmed(); }
    QString password() const { return m_password->text(); }
    bool isComplete() const override { return check().isEmpty(); }
    QString check() const
    {
        const int minimum = wiz() && wiz()->ownerSetup() ? wiz()->ownerSetup()->minimumPasswordLength() : 10;
        QString problem;
        if (name().isEmpty())
            problem = WalletWizard::tr("Enter your name.");
        else if (password().size() < minimum)
            problem = WalletWizard::tr("The password needs at least %n characters.", nullptr, minimum);
        else if (m_repeat->text() != password())
            problem = WalletWizard::tr("The two passwords differ.");
        const bool show = !m_password->text().isEmpty() || !m_repeat->text().isEmpty();
        m_problem->setText(show ? problem : QString());
        return problem;
    }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Owner password"));
        setSubTitle(WalletWizard::tr("You are the owner of this Kassa: you approve payouts and add colleagues."));
        m_intro->setText(WalletWizard::tr("This password unlocks the console each time Kassa starts. It cannot be "
                                          "recovered, so keep it somewhere safe."));
        static_cast<QLabel *>(m_form->labelForField(m_name))->setText(WalletWizard::tr("Your name:"));
        static_cast<QLabel *>(m_form->labelForField(m_password))->setText(WalletWizard::tr("Password:"));
        static_cast<QLabel *>(m_form->labelForField(m_repeat))->setText(WalletWizard::tr("Repeat:"));
        check();
    }

private:
    QLabel *m_intro;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QFormLayout *m_form;
};

// ---- what kind of wallet

class ChoiceStep : public Page
{
public:
    ChoiceStep()
    {
        m_create = new QRadioButton;
        m_create->setObjectName(QStringLiteral("createRadio"));
        m_create->setChecked(true);
        m_import = new QRadioButton;
        m_import->setObjectName(QStringLiteral("importRadio"));
        m_xpub = new QRadioButton;
        m_xpub->setObjectName(QStringLiteral("xpubRadio"));
        m_addresses = new QRadioButton;
        m_addresses->setObjectName(QStringLiteral("addressesRadio"));
        m_label = new QLineEdit;
        m_label->setObjectName(QStringLiteral("walletLabelEdit"));
        m_role = new QComboBox;
        m_role->setObjectName(QStringLiteral("walletRoleCombo"));
        for (auto role : {wallets::WalletRole::Receiving, wallets::WalletRole::Payout, wallets::WalletRole::Cold})
            m_role->addItem(QString(), int(role));
        m_evm = new QCheckBox;
        m_evm->setObjectName(QStringLiteral("evmCheck"));
        m_evm->setChecked(true);
        m_tron = new QCheckBox;
        m_tron->setObjectName(QStringLiteral("tronCheck"));
        m_tron->setChecked(true);
        m_familyBox = new QGroupBox;
        auto *families = new QVBoxLayout(m_familyBox);
        families->addWidget(m_evm);
        families->addWidget(m_tron);
        m_form = new QFormLayout;
        m_form->addRow(new QLabel, m_label);
        m_form->addRow(new QLabel, m_role);
        m_problem = wrapLabel(QStringLiteral("choiceProblem"));
        m_problem->setStyleSheet(QLatin1String(kErrorStyle));
        auto *layout = new QVBoxLayout(this);
        for (auto *radio : {m_create, m_import, m_xpub, m_addresses}) {
            layout->addWidget(radio);
            connect(radio, &QRadioButton::toggled, this, [this] { update(); });
        }
        layout->addLayout(m_form);
        layout->addWidget(m_familyBox);
        layout->addWidget(m_problem);
        layout->addStretch(1);
        for (auto *check : {m_evm, m_tron})
            connect(check, &QCheckBox::toggled, this, [this] { update(); });
        connect(m_label, &QLineEdit::textChanged, this, [this] { update(); });
        connect(m_role, &QComboBox::currentIndexChanged, this, [this] { update(); });
        retranslate();
    }
    WalletWizard::Source source() const
    {
        if (m_import->isChecked())
            return WalletWizard::ImportPhrase;
        if (m_xpub->isChecked())
            return WalletWizard::ImportXpub;
        if (m_addresses->isChecked())
            return WalletWizard::WatchAddresses;
        return WalletWizard::NewPhrase;
    }
    QString label() const { return m_label->text().trimmed(); }
    wallets::WalletRole role() const { return wallets::WalletRole(m_role->currentData().toInt()); }
    QList<ChainFamily> families() const
    {
        QList<ChainFamily> out;
        if (m_evm->isChecked())
            out.append(ChainFamily::Evm);
        if (m_tron->isChecked())
            out.append(ChainFamily::Tron);
        return out;
    }
    bool isComplete() const override { return problem().isEmpty(); }
    QString problem() const
    {
        const bool hd = source() == WalletWizard::NewPhrase || source() == WalletWizard::ImportPhrase;
        if (label().isEmpty())
            return WalletWizard::tr("Give the wallet a name.");
        if (!Wallets::checkLabel(label()).ok())
            return Wallets::checkLabel(label()).error().userMessage;
        if (hd && families().isEmpty())
            return WalletWizard::tr("Choose at least one chain family.");
        if (!hd && role() == wallets::WalletRole::Payout)
            return WalletWizard::tr("A watch-only wallet cannot pay out: choose Receiving or Cold storage.");
        return {};
    }
    int nextId() const override
    {
        switch (source()) {
        case WalletWizard::NewPhrase: return WalletWizard::CreatePage;
        case WalletWizard::ImportPhrase: return WalletWizard::ImportPage;
        case WalletWizard::ImportXpub: return WalletWizard::XpubPage;
        case WalletWizard::WatchAddresses: return WalletWizard::AddressesPage;
        }
        return WalletWizard::CreatePage;
    }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Your wallet"));
        setSubTitle(WalletWizard::tr("Make a new wallet, or bring one you already have."));
        m_create->setText(WalletWizard::tr("Create a new wallet (new recovery words)"));
        m_import->setText(WalletWizard::tr("Import recovery words from another wallet"));
        m_xpub->setText(WalletWizard::tr("Watch only: import an extended public key (xpub)"));
        m_addresses->setText(WalletWizard::tr("Watch only: list the addresses to watch"));
        static_cast<QLabel *>(m_form->labelForField(m_label))->setText(WalletWizard::tr("Name:"));
        static_cast<QLabel *>(m_form->labelForField(m_role))->setText(WalletWizard::tr("Role:"));
        m_label->setPlaceholderText(WalletWizard::tr("e.g. Shop receipts"));
        // The suggested name follows the language until the person types their own.
        if (m_label->text().isEmpty() || m_label->text() == m_suggested)
            m_label->setText(WalletWizard::tr("Main wallet"));
        m_suggested = WalletWizard::tr("Main wallet");
        for (int i = 0; i < m_role->count(); ++i)
            m_role->setItemText(i, Wallets::roleLabel(wallets::WalletRole(m_role->itemData(i).toInt())));
        m_familyBox->setTitle(WalletWizard::tr("Chains for the recovery words"));
        m_evm->setText(Wallets::familyLabel(ChainFamily::Evm));
        m_tron->setText(Wallets::familyLabel(ChainFamily::Tron));
        update();
    }

private:
    void update()
    {
        const bool hd = source() == WalletWizard::NewPhrase || source() == WalletWizard::ImportPhrase;
        m_familyBox->setVisible(hd);
        m_problem->setText(problem());
        Q_EMIT completeChanged();
    }

    QRadioButton *m_create;
    QRadioButton *m_import;
    QRadioButton *m_xpub;
    QRadioButton *m_addresses;
    QLineEdit *m_label;
    QComboBox *m_role;
    QGroupBox *m_familyBox;
    QCheckBox *m_evm;
    QCheckBox *m_tron;
    QFormLayout *m_form;
    QLabel *m_problem;
    QString m_suggested;
};

// ---- a new phrase, shown once

class CreateStep : public Page
{
public:
    CreateStep()
    {
        m_count = new QComboBox;
        m_count->setObjectName(QStringLiteral("wordCountCombo"));
        m_count->addItem(QString(), 12);
        m_count->addItem(QString(), 24);
        m_countLabel = new QLabel;
        m_warning = wrapLabel(QStringLiteral("backupWarning"));
        m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0b429; padding: 8px; }"));
        m_grid = new QGridLayout;
        m_written = new QCheckBox;
        m_written->setObjectName(QStringLiteral("wordsWrittenCheck"));
        auto *count = new QHBoxLayout;
        count->addWidget(m_countLabel);
        count->addWidget(m_count);
        count->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_warning);
        layout->addLayout(count);
        layout->addLayout(m_grid);
        layout->addWidget(m_written);
        layout->addStretch(1);
        connect(m_count, &QComboBox::currentIndexChanged, this, [this] { generate(); });
        connect(m_written, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        retranslate();
    }
    void initializePage() override
    {
        if (!wiz()->newMnemonic())
            generate();
    }
    bool isComplete() const override { return wiz() && wiz()->newMnemonic() && m_written->isChecked(); }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Your recovery words"));
        setSubTitle(WalletWizard::tr("Write these words on paper, in order. They are shown only now."));
        m_warning->setText(WalletWizard::tr(
            "These words are the wallet. Anyone who sees them can take its money, and if you lose them and this "
            "computer fails, the money is gone for good — Kassa cannot recover it. Write them on paper, keep the paper "
            "somewhere safe and never type them into a website, a chat or a photo."));
        m_countLabel->setText(WalletWizard::tr("Number of words:"));
        m_count->setItemText(0, WalletWizard::tr("12 words"));
        m_count->setItemText(1, WalletWizard::tr("24 words"));
        m_written->setText(WalletWizard::tr("I have written down all the words, in order"));
    }

private:
    void generate()
    {
        auto mnemonic = crypto::Mnemonic::generate(m_count->currentData().toInt());
        if (!mnemonic.ok())
            return;
        wiz()->setNewMnemonic(std::make_unique<crypto::Mnemonic>(std::move(mnemonic).value()));
        m_written->setChecked(false);
        show();
        Q_EMIT completeChanged();
    }
    void show()
    {
        while (QLayoutItem *item = m_grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const crypto::Mnemonic *m = wiz()->newMnemonic();
        if (!m)
            return;
        // Split the phrase into labels without leaving a QString of the whole phrase behind.
        const QByteArrayView phrase = m->phrase().view();
        int index = 0;
        qsizetype start = 0;
        const int columns = 4;
        const int rows = (m->wordCount() + columns - 1) / columns;
        for (qsizetype i = 0; i <= phrase.size(); ++i) {
            if (i < phrase.size() && phrase[i] != ' ')
                continue;
            auto *word = new QLabel(QStringLiteral("%1. %2").arg(index + 1).arg(QLatin1String(phrase.sliced(start, i - start))));
            word->setObjectName(QStringLiteral("newWord%1").arg(index));
            QFont font = word->font();
            font.setPointSizeF(font.pointSizeF() * 1.15);
            word->setFont(font);
            word->setTextInteractionFlags(Qt::NoTextInteraction);
            m_grid->addWidget(word, index % rows, index / rows);
            ++index;
            start = i + 1;
        }
    }

    QComboBox *m_count;
    QLabel *m_countLabel;
    QLabel *m_warning;
    QGridLayout *m_grid;
    QCheckBox *m_written;
};

// ---- confirm a few of them

class ConfirmStep : public Page
{
public:
    ConfirmStep()
    {
        m_intro = wrapLabel();
        m_form = new QFormLayout;
        for (int i = 0; i < kChecks; ++i) {
            m_edits[i] = new QLineEdit;
            m_edits[i]->setObjectName(QStringLiteral("confirmWord%1").arg(i));
            m_edits[i]->setCompleter(wordCompleter(this));
            m_labels[i] = new QLabel;
            m_labels[i]->setObjectName(QStringLiteral("confirmLabel%1").arg(i));
            m_form->addRow(m_labels[i], m_edits[i]);
            connect(m_edits[i], &QLineEdit::textChanged, this, [this] { update(); });
        }
        m_problem = wrapLabel(QStringLiteral("confirmProblem"));
        m_problem->setStyleSheet(QLatin1String(kErrorStyle));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addLayout(m_form);
        layout->addWidget(m_problem);
        layout->addStretch(1);
        retranslate();
    }
    void initializePage() override
    {
        const crypto::Mnemonic *m = wiz()->newMnemonic();
        const int count = m ? m->wordCount() : 12;
        QList<int> positions;
        while (positions.size() < kChecks) {
            const int p = int(QRandomGenerator::global()->bounded(count));
            if (!positions.contains(p))
                positions.append(p);
        }
        std::sort(positions.begin(), positions.end());
        for (int i = 0; i < kChecks; ++i) {
            m_positions[i] = positions[i];
            m_edits[i]->clear();
        }
        retranslate();
    }
    int nextId() const override { return WalletWizard::ChainsPage; }
    //! The positions (from 0) asked for, for tests.
    QList<int> positions() const { return {m_positions[0], m_positions[1], m_positions[2]}; }
    bool isComplete() const override { return wrongCount() == 0 && filled() == kChecks; }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Check your copy"));
        setSubTitle(WalletWizard::tr("Type the words asked for from your paper copy."));
        m_intro->setText(WalletWizard::tr("This makes sure the words on paper are right before the wallet holds money."));
        for (int i = 0; i < kChecks; ++i)
            m_labels[i]->setText(WalletWizard::tr("Word %1:").arg(m_positions[i] + 1));
        update();
    }

private:
    static constexpr int kChecks = 3;
    QString expected(int i) const
    {
        const crypto::Mnemonic *m = wiz() ? wiz()->newMnemonic() : nullptr;
        if (!m)
            return {};
        // Walk the phrase to word i without copying the whole of it.
        const QByteArrayView phrase = m->phrase().view();
        int index = 0;
        qsizetype start = 0;
        for (qsizetype p = 0; p <= phrase.size(); ++p) {
            if (p < phrase.size() && phrase[p] != ' ')
                continue;
            if (index == m_positions[i])
                return QString::fromLatin1(phrase.sliced(start, p - start));
            ++index;
            start = p + 1;
        }
        return {};
    }
    int filled() const
    {
        int n = 0;
        for (int i = 0; i < kChecks; ++i)
            n += m_edits[i]->text().trimmed().isEmpty() ? 0 : 1;
        return n;
    }
    int wrongCount() const
    {
        int wrong = 0;
        for (int i = 0; i < kChecks; ++i) {
            const QString typed = m_edits[i]->text().trimmed().toLower();
            if (!typed.isEmpty() && crypto::Mnemonic::completeWord(typed) != expected(i)
                && typed != expected(i))
                ++wrong;
        }
        return wrong;
    }
    void update()
    {
        QString problem;
        for (int i = 0; i < kChecks; ++i) {
            const QString typed = m_edits[i]->text().trimmed().toLower();
            const bool complete = crypto::Mnemonic::isWord(typed);
            const bool bad = complete && typed != expected(i);
            m_edits[i]->setStyleSheet(bad ? QLatin1String(kBadFieldStyle) : QString());
            if (bad && problem.isEmpty())
                problem = WalletWizard::tr("Word %1 does not match. Compare it with your paper copy; if the copy is "
                                           "wrong, go back and write the words again.")
                              .arg(m_positions[i] + 1);
        }
        m_problem->setText(problem);
        Q_EMIT completeChanged();
    }

    QLabel *m_intro;
    QFormLayout *m_form;
    QLineEdit *m_edits[kChecks];
    QLabel *m_labels[kChecks];
    int m_positions[kChecks] = {0, 1, 2};
    QLabel *m_problem;
};

// ---- import a phrase, word by word

class ImportStep : public Page
{
public:
    ImportStep()
    {
        m_count = new QComboBox;
        m_count->setObjectName(QStringLiteral("importWordCountCombo"));
        for (int n : {12, 15, 18, 21, 24})
            m_count->addItem(QString(), n);
        m_countLabel = new QLabel;
        m_intro = wrapLabel();
        auto *grid = new QGridLayout;
        for (int i = 0; i < kMaxWords; ++i) {
            auto *number = new QLabel(QStringLiteral("%1.").arg(i + 1));
            number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_numbers[i] = number;
            m_edits[i] = new QLineEdit;
            m_edits[i]->setObjectName(QStringLiteral("importWord%1").arg(i));
            m_edits[i]->setCompleter(wordCompleter(this));
            const int row = i % 6;
            const int column = (i / 6) * 2;
            grid->addWidget(number, row, column);
            grid->addWidget(m_edits[i], row, column + 1);
            connect(m_edits[i], &QLineEdit::textEdited, this, [this, i](const QString &text) { edited(i, text); });
            connect(m_edits[i], &QLineEdit::editingFinished, this, [this, i] { complete(i); });
        }
        m_status = wrapLabel(QStringLiteral("importStatus"));
        auto *count = new QHBoxLayout;
        count->addWidget(m_countLabel);
        count->addWidget(m_count);
        count->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addLayout(count);
        layout->addLayout(grid);
        layout->addWidget(m_status);
        layout->addStretch(1);
        connect(m_count, &QComboBox::currentIndexChanged, this, [this] { update(); });
        retranslate();
    }
    int wordCount() const { return m_count->currentData().toInt(); }
    QString phraseText() const
    {
        QStringList words;
        for (int i = 0; i < wordCount(); ++i)
            words.append(m_edits[i]->text().trimmed());
        return words.join(QLatin1Char(' '));
    }
    bool isComplete() const override { return m_valid; }
    int nextId() const override { return WalletWizard::ChainsPage; }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Import recovery words"));
        setSubTitle(WalletWizard::tr("Type or paste the words in order. Each word is checked as you type."));
        m_intro->setText(WalletWizard::tr("The first four letters are enough: Kassa completes each word."));
        m_countLabel->setText(WalletWizard::tr("Number of words:"));
        for (int i = 0; i < m_count->count(); ++i)
            m_count->setItemText(i, WalletWizard::tr("%n words", nullptr, m_count->itemData(i).toInt()));
        update();
    }

private:
    static constexpr int kMaxWords = 24;

    void edited(int i, const QString &text)
    {
        // A whole phrase pasted into one box spreads over the boxes.
        const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (parts.size() > 1) {
            for (int k = 0; k < parts.size() && i + k < kMaxWords; ++k)
                m_edits[i + k]->setText(parts[k]);
            const int total = i + int(parts.size());
            const int at = m_count->findData(total);
            if (at >= 0)
                m_count->setCurrentIndex(at);
            for (int k = 0; k < kMaxWords; ++k)
                complete(k);
        } else if (parts.size() == 1 && text.back().isSpace()) {
            // A space ends the word: on to the next box.
            m_edits[i]->setText(parts.first());
            complete(i);
            if (i + 1 < wordCount())
                m_edits[i + 1]->setFocus();
        }
        update();
    }
    void complete(int i)
    {
        const QString text = m_edits[i]->text().trimmed();
        const QString word = crypto::Mnemonic::completeWord(text);
        if (!word.isEmpty() && word != text) {
            m_edits[i]->setText(word);
            update();
        }
    }
    void update()
    {
        QString problem;
        int filled = 0;
        for (int i = 0; i < kMaxWords; ++i) {
            const bool visible = i < wordCount();
            m_edits[i]->setVisible(visible);
            m_numbers[i]->setVisible(visible);
            if (!visible)
                continue;
            const QString text = m_edits[i]->text().trimmed();
            filled += text.isEmpty() ? 0 : 1;
            const bool known = text.isEmpty() || crypto::Mnemonic::isWord(text)
                || !crypto::Mnemonic::completions(text, 1).isEmpty();
            m_edits[i]->setStyleSheet(known ? QString() : QLatin1String(kBadFieldStyle));
            if (!known && problem.isEmpty()) {
                const QStringList close = crypto::Mnemonic::suggestions(text, 3);
                problem = close.isEmpty()
                    ? WalletWizard::tr("Word %1 is not in the recovery word list.").arg(i + 1)
                    : WalletWizard::tr("Word %1 is not in the recovery word list. Did you mean %2?")
                          .arg(i + 1)
                          .arg(close.join(QStringLiteral(", ")));
            }
        }
        m_valid = false;
        if (problem.isEmpty() && filled == wordCount()) {
            auto parsed = crypto::Mnemonic::parse(phraseText());
            m_valid = parsed.ok();
            problem = parsed.ok() ? QString() : parsed.error().userMessage;
        }
        m_status->setStyleSheet(m_valid ? QString() : QLatin1String(kErrorStyle));
        m_status->setText(m_valid ? WalletWizard::tr("The words are valid.") : problem);
        Q_EMIT completeChanged();
    }

    QComboBox *m_count;
    QLabel *m_countLabel;
    QLabel *m_intro;
    QLabel *m_numbers[kMaxWords];
    QLineEdit *m_edits[kMaxWords];
    QLabel *m_status;
    bool m_valid = false;
};

// ---- watch-only: xpub

QComboBox *familyCombo(const QString &name)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->addItem(QString(), int(ChainFamily::Evm));
    combo->addItem(QString(), int(ChainFamily::Tron));
    return combo;
}

void retranslateFamilies(QComboBox *combo)
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, Wallets::familyLabel(ChainFamily(combo->itemData(i).toInt())));
}

class XpubStep : public Page
{
public:
    XpubStep()
    {
        m_intro = wrapLabel();
        m_family = familyCombo(QStringLiteral("xpubFamilyCombo"));
        m_xpub = new QLineEdit;
        m_xpub->setObjectName(QStringLiteral("xpubEdit"));
        m_status = wrapLabel(QStringLiteral("xpubStatus"));
        m_form = new QFormLayout;
        m_form->addRow(new QLabel, m_family);
        m_form->addRow(new QLabel, m_xpub);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addLayout(m_form);
        layout->addWidget(m_status);
        layout->addStretch(1);
        connect(m_xpub, &QLineEdit::textChanged, this, [this] { update(); });
        connect(m_family, &QComboBox::currentIndexChanged, this, [this] { update(); });
        retranslate();
    }
    ChainFamily family() const { return ChainFamily(m_family->currentData().toInt()); }
    QString xpub() const { return m_xpub->text().trimmed(); }
    bool isComplete() const override { return m_valid; }
    int nextId() const override { return WalletWizard::ChainsPage; }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Watch an extended public key"));
        setSubTitle(WalletWizard::tr("Kassa derives receive addresses from it but can never spend."));
        m_intro->setText(WalletWizard::tr("Export the account xpub (m/44'/60'/0' for Ethereum, m/44'/195'/0' for "
                                          "Tron) from your hardware or mobile wallet and paste it here."));
        static_cast<QLabel *>(m_form->labelForField(m_family))->setText(WalletWizard::tr("Chains:"));
        static_cast<QLabel *>(m_form->labelForField(m_xpub))->setText(WalletWizard::tr("xpub:"));
        retranslateFamilies(m_family);
        update();
    }

private:
    void update()
    {
        m_valid = false;
        if (xpub().isEmpty()) {
            m_status->clear();
        } else {
            auto parsed = crypto::ExtendedPublicKey::parse(xpub());
            auto receive = parsed.ok() ? crypto::ReceiveAddresses::fromXpub(parsed.value())
                                       : Result<crypto::ReceiveAddresses>(parsed.error());
            auto first = receive.ok() ? Wallets::deriveAddress(family(), receive.value(), 0)
                                      : Result<QString>(receive.error());
            m_valid = first.ok();
            m_status->setStyleSheet(m_valid ? QString() : QLatin1String(kErrorStyle));
            //: %1 is the first receive address, for the person to compare with their wallet app
            m_status->setText(m_valid ? WalletWizard::tr("First receive address: %1. Check that your wallet app "
                                                         "shows the same.")
                                            .arg(Wallets::displayAddress(family(), first.value()))
                                      : first.error().userMessage);
        }
        Q_EMIT completeChanged();
    }

    QLabel *m_intro;
    QComboBox *m_family;
    QLineEdit *m_xpub;
    QLabel *m_status;
    QFormLayout *m_form;
    bool m_valid = false;
};

// ---- watch-only: addresses

class AddressesStep : public Page
{
public:
    AddressesStep()
    {
        m_intro = wrapLabel();
        m_family = familyCombo(QStringLiteral("addressesFamilyCombo"));
        m_familyLabel = new QLabel;
        m_text = new QPlainTextEdit;
        m_text->setObjectName(QStringLiteral("addressesEdit"));
        m_status = wrapLabel(QStringLiteral("addressesStatus"));
        auto *family = new QHBoxLayout;
        family->addWidget(m_familyLabel);
        family->addWidget(m_family);
        family->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addLayout(family);
        layout->addWidget(m_text, 1);
        layout->addWidget(m_status);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] { update(); });
        connect(m_family, &QComboBox::currentIndexChanged, this, [this] { update(); });
        retranslate();
    }
    ChainFamily family() const { return ChainFamily(m_family->currentData().toInt()); }
    QStringList addresses() const { return m_text->toPlainText().split(QLatin1Char('\n')); }
    bool isComplete() const override { return m_valid; }
    int nextId() const override { return WalletWizard::ChainsPage; }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Watch addresses"));
        setSubTitle(WalletWizard::tr("One address per line. Kassa watches them but can never spend."));
        m_intro->setText(WalletWizard::tr("Use this for addresses of an exchange, a hardware wallet or a colleague's "
                                          "wallet that should count as yours."));
        m_familyLabel->setText(WalletWizard::tr("Chains:"));
        retranslateFamilies(m_family);
        update();
    }

private:
    void update()
    {
        int count = 0;
        QString problem;
        int line = 0;
        for (const QString &text : addresses()) {
            ++line;
            if (text.trimmed().isEmpty())
                continue;
            auto parsed = Wallets::canonicalAddress(family(), text.trimmed());
            if (!parsed.ok()) {
                problem = WalletWizard::tr("Line %1: %2").arg(line).arg(parsed.error().userMessage);
                break;
            }
            ++count;
        }
        m_valid = problem.isEmpty() && count > 0;
        m_status->setStyleSheet(problem.isEmpty() ? QString() : QLatin1String(kErrorStyle));
        m_status->setText(problem.isEmpty() ? WalletWizard::tr("%n address(es) to watch.", nullptr, count) : problem);
        Q_EMIT completeChanged();
    }

    QLabel *m_intro;
    QComboBox *m_family;
    QLabel *m_familyLabel;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    bool m_valid = false;
};

// ---- chains and endpoints

class ChainsStep : public Page
{
public:
    ChainsStep()
    {
        m_intro = wrapLabel();
        m_grid = new QGridLayout;
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addLayout(m_grid);
        layout->addStretch(1);
    }
    void initializePage() override
    {
        while (QLayoutItem *item = m_grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_rows.clear();
        const QList<ChainFamily> families = wiz()->draft().families;
        int row = 0;
        for (const chain::ChainSettings &c : wiz()->console()->chainSettings()) {
            if (!families.contains(c.family))
                continue;
            auto *check = new QCheckBox(c.displayName());
            check->setObjectName(QStringLiteral("chainCheck_%1").arg(c.id));
            check->setChecked(c.enabled || c.id == QLatin1String("tron") || c.id == QLatin1String("ethereum")
                || c.isLocal());
            auto *endpoint = new QLineEdit(c.httpEndpoints.isEmpty() ? QString() : c.httpEndpoints.first().toString());
            endpoint->setObjectName(QStringLiteral("chainEndpoint_%1").arg(c.id));
            m_grid->addWidget(check, row, 0);
            m_grid->addWidget(endpoint, row, 1);
            m_rows.append({c, check, endpoint});
            ++row;
        }
        retranslate();
    }
    QList<chain::ChainSettings> chosen() const
    {
        QList<chain::ChainSettings> out;
        for (const Row &r : m_rows) {
            if (!r.check->isChecked())
                continue;
            chain::ChainSettings s = r.settings;
            s.enabled = true;
            const QUrl url(r.endpoint->text().trimmed());
            if (url.isValid() && !url.isEmpty() && (s.httpEndpoints.isEmpty() || s.httpEndpoints.first() != url)) {
                s.httpEndpoints.removeAll(url);
                s.httpEndpoints.prepend(url);
            }
            out.append(s);
        }
        return out;
    }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Chains to watch"));
        setSubTitle(WalletWizard::tr("Kassa watches these chains for payments to your addresses."));
        m_intro->setText(WalletWizard::tr("The public nodes shown work out of the box; put your own node or "
                                          "provider first if you have one. You can change this later in Settings."));
    }

private:
    struct Row {
        chain::ChainSettings settings;
        QCheckBox *check;
        QLineEdit *endpoint;
    };
    QLabel *m_intro;
    QGridLayout *m_grid;
    QList<Row> m_rows;
};

// ---- summary

class SummaryStep : public Page
{
public:
    SummaryStep()
    {
        m_text = wrapLabel(QStringLiteral("summaryText"));
        m_error = wrapLabel(QStringLiteral("summaryError"));
        m_error->setStyleSheet(QLatin1String(kErrorStyle));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addWidget(m_error);
        layout->addStretch(1);
        setFinalPage(true);
    }
    void initializePage() override
    {
        m_error->clear();
        retranslate();
    }
    void setError(const QString &text) { m_error->setText(text); }
    void retranslate() override
    {
        setTitle(WalletWizard::tr("Ready"));
        setSubTitle(WalletWizard::tr("Press Finish to save. Until then nothing has been stored."));
        if (!wiz())
            return;
        const engine::NewWallet d = wiz()->draft();
        QStringList lines;
        lines << WalletWizard::tr("Wallet: %1 (%2)").arg(d.label, Wallets::roleLabel(d.role));
        QStringList families;
        for (ChainFamily f : d.families)
            families << Wallets::familyLabel(f);
        lines << WalletWizard::tr("Kind: %1").arg(Wallets::kindLabel(d.kind));
        lines << WalletWizard::tr("Chain families: %1").arg(families.join(QStringLiteral(", ")));
        QStringList chains;
        for (const auto &c : wiz()->chosenChains())
            chains << c.displayName();
        lines << WalletWizard::tr("Chains watched: %1")
                     .arg(chains.isEmpty() ? WalletWizard::tr("none yet") : chains.join(QStringLiteral(", ")));
        if (d.kind == WalletKind::Hd)
            lines << WalletWizard::tr("The recovery words go to the %1; Kassa's files never hold them.")
                         .arg(wiz()->console()->wallets()->keyStoreName());
        m_text->setText(lines.join(QLatin1Char('\n')));
    }

private:
    QLabel *m_text;
    QLabel *m_error;
};

} // namespace

WalletWizard::WalletWizard(Mode mode, engine::ConsoleService *console, engine::OwnerSetup *owner, QWidget *parent)
    : QWizard(parent), m_mode(mode), m_console(console), m_owner(owner)
{
    setObjectName(QStringLiteral("walletWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_language = console->languageSetting();
    if (mode == FirstRun) {
        setPage(LanguagePage, new LanguageStep);
        if (owner && !owner->hasOwner())
            setPage(OwnerPage, new OwnerStep);
    }
    setPage(ChoicePage, new ChoiceStep);
    setPage(CreatePage, new CreateStep);
    setPage(ConfirmPage, new ConfirmStep);
    setPage(ImportPage, new ImportStep);
    setPage(XpubPage, new XpubStep);
    setPage(AddressesPage, new AddressesStep);
    setPage(ChainsPage, new ChainsStep);
    setPage(SummaryPage, new SummaryStep);
    setStartId(mode == FirstRun ? LanguagePage : ChoicePage);
    resize(760, 600);
    auto retitle = [this] {
        setWindowTitle(m_mode == FirstRun ? tr("Set up Kassa") : tr("Add a wallet"));
    };
    retitle();
    connect(this, &QWizard::currentIdChanged, this, retitle);
}

WalletWizard::~WalletWizard() = default;

engine::NewWallet WalletWizard::draft() const
{
    engine::NewWallet d;
    auto *choice = static_cast<ChoiceStep *>(page(ChoicePage));
    d.label = choice->label();
    d.role = choice->role();
    switch (choice->source()) {
    case NewPhrase:
        d.kind = WalletKind::Hd;
        d.families = choice->families();
        if (m_mnemonic)
            d.mnemonic = std::make_shared<crypto::Mnemonic>(m_mnemonic->clone());
        break;
    case ImportPhrase: {
        d.kind = WalletKind::Hd;
        d.imported = true;
        d.families = choice->families();
        auto parsed = crypto::Mnemonic::parse(static_cast<ImportStep *>(page(ImportPage))->phraseText());
        if (parsed.ok())
            d.mnemonic = std::make_shared<crypto::Mnemonic>(std::move(parsed).value());
        break;
    }
    case ImportXpub: {
        auto *xpub = static_cast<XpubStep *>(page(XpubPage));
        d.kind = WalletKind::Xpub;
        d.families = {xpub->family()};
        d.xpub = xpub->xpub();
        break;
    }
    case WatchAddresses: {
        auto *list = static_cast<AddressesStep *>(page(AddressesPage));
        d.kind = WalletKind::Addresses;
        d.families = {list->family()};
        d.addresses = list->addresses();
        break;
    }
    }
    return d;
}

QList<chain::ChainSettings> WalletWizard::chosenChains() const
{
    return static_cast<ChainsStep *>(page(ChainsPage))->chosen();
}

void WalletWizard::previewLanguage(const QString &code)
{
    m_language = code;
    m_preview.apply(code);
}

void WalletWizard::reject()
{
    if (m_saving)
        return;
    // Nothing was saved; the language goes back to what it was.
    m_preview.removeAll();
    m_mnemonic.reset();
    QWizard::reject();
}

void WalletWizard::accept()
{
    if (m_saving)
        return;
    m_saving = true;
    m_lastError.clear();
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    if (m_mode == FirstRun && m_owner && !m_owner->hasOwner() && hasVisitedPage(OwnerPage)) {
        auto *owner = static_cast<OwnerStep *>(page(OwnerPage));
        m_owner->createOwner(owner->name(), owner->password(), this, [this](Result<void> created) {
            if (!created.ok()) {
                fail(created.error());
                return;
            }
            saveAll();
        });
        return;
    }
    saveAll();
}

void WalletWizard::saveAll()
{
    m_console->wallets()->create(draft(), this, [this](Result<QList<wallets::WalletRecord>> made) {
        if (!made.ok()) {
            fail(made.error());
            return;
        }
        for (const chain::ChainSettings &c : chosenChains()) {
            auto saved = m_console->saveChainSettings(c);
            if (!saved.ok())
                m_lastError = saved.error().displayText(); // the wallet is made; chains can be fixed in Settings
        }
        if (m_mode == FirstRun && m_language != m_console->languageSetting())
            (void)m_console->setLanguageSetting(m_language);
        m_preview.removeAll();
        m_mnemonic.reset();
        m_saving = false;
        Q_EMIT finishedSetup(made.value());
        QWizard::accept();
    });
}

void WalletWizard::fail(const Error &error)
{
    m_saving = false;
    m_lastError = error.displayText();
    static_cast<SummaryStep *>(page(SummaryPage))->setError(m_lastError);
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
}

} // namespace kassa::ui
