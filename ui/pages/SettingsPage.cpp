#include "pages/SettingsPage.h"

#include "engine/ConsoleService.h"
#include "i18n/Languages.h"
#include "pages/ChainSettingsWidget.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {
QLabel *selectableLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

SettingsPage::SettingsPage(engine::ConsoleService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    m_languageGroup = new QGroupBox(this);
    m_languageCombo = new QComboBox(m_languageGroup);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(QString(), QStringLiteral("system"));
    for (const i18n::Language &language : i18n::shippedLanguages())
        m_languageCombo->addItem(language.nativeName, language.code);
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel = new QLabel(m_languageGroup);
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageNote = new QLabel(m_languageGroup);
    m_languageNote->setWordWrap(true);
    m_languageError = new QLabel(m_languageGroup);
    m_languageError->setObjectName(QStringLiteral("languageError"));
    m_languageError->setWordWrap(true);
    m_languageError->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_languageError->hide();
    auto *languageForm = new QFormLayout(m_languageGroup);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageForm->addRow(m_languageLabel, m_languageCombo);
    languageForm->addRow(m_languageNote);
    languageForm->addRow(m_languageError);

    m_chains = new ChainSettingsWidget(m_service, this);

    m_profileGroup = new QGroupBox(this);
    m_profileForm = new QFormLayout(m_profileGroup);
    m_profileForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_profileDir = selectableLabel(m_profileGroup, QStringLiteral("profileDirLabel"));
    m_configPath = selectableLabel(m_profileGroup, QStringLiteral("configPathLabel"));
    m_database = selectableLabel(m_profileGroup, QStringLiteral("databaseLabel"));
    m_schema = selectableLabel(m_profileGroup, QStringLiteral("schemaLabel"));
    m_logFile = selectableLabel(m_profileGroup, QStringLiteral("logFileLabel"));
    for (QLabel *value : {m_profileDir, m_configPath, m_database, m_schema, m_logFile})
        m_profileForm->addRow(new QLabel(m_profileGroup), value);
    m_openFolder = new QPushButton(m_profileGroup);
    m_openFolder->setObjectName(QStringLiteral("openProfileFolderButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_openFolder);
    buttonRow->addStretch();
    m_profileForm->addRow(QString(), buttonRow);
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_service->info().profileDirectory)); });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_languageGroup);
    layout->addWidget(m_chains);
    layout->addWidget(m_profileGroup);
    layout->addStretch();
    content->setMaximumWidth(900);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    const int current = m_languageCombo->findData(m_service->languageSetting());
    m_languageCombo->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
    connect(m_service, &engine::ConsoleService::infoChanged, this, &SettingsPage::refreshInfo);

    retranslate();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::languageChosen(int index)
{
    const QString code = m_languageCombo->itemData(index).toString();
    const auto result = m_service->setLanguageSetting(code);
    if (!result.ok()) {
        m_languageError->setText(result.error().displayText());
        m_languageError->show();
        return;
    }
    m_languageError->hide();
}

void SettingsPage::retranslate()
{
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("Display language:"));
    m_languageCombo->setItemText(0, tr("System default"));
    m_languageNote->setText(tr("The change takes effect immediately and is saved in the settings file."));
    m_profileGroup->setTitle(tr("Profile"));
    const QStringList labels = {
        tr("Profile folder:"), tr("Settings file:"), tr("Database:"), tr("Database version:"), tr("Log file:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_profileForm->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels[row]);
    }
    m_openFolder->setText(tr("Open profile folder"));
    refreshInfo();
}

void SettingsPage::refreshInfo()
{
    const engine::EngineInfo info = m_service->info();
    m_profileDir->setText(info.profileDirectory);
    m_configPath->setText(info.configPath);
    m_database->setText(info.databaseDisplay);
    switch (info.state) {
    case engine::EngineState::Starting: m_schema->setText(tr("Opening…")); break;
    case engine::EngineState::Ready: m_schema->setText(QString::number(info.schemaVersion)); break;
    case engine::EngineState::Failed: m_schema->setText(tr("Not available: %1").arg(info.error.userMessage)); break;
    }
    m_logFile->setText(info.logFile.isEmpty() ? tr("Logging to the terminal only") : info.logFile);
}

} // namespace kassa::ui
