// SettingsPage: language (switches at once), the chains Kassa watches
// (ChainSettingsWidget) and where this profile keeps its files. Listener and
// payout settings join as they land.
#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace kassa::engine {
class ConsoleService;
}

namespace kassa::ui {

class ChainSettingsWidget;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(engine::ConsoleService *service, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshInfo();
    void languageChosen(int index);

    engine::ConsoleService *m_service;
    QGroupBox *m_languageGroup = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_languageError = nullptr;
    ChainSettingsWidget *m_chains = nullptr;
    QGroupBox *m_profileGroup = nullptr;
    QFormLayout *m_profileForm = nullptr;
    QLabel *m_profileDir = nullptr;
    QLabel *m_configPath = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_logFile = nullptr;
    QPushButton *m_openFolder = nullptr;
};

} // namespace kassa::ui
