// AuditLogPage: the audit log for owners and auditors — who did what and
// when, filtered by kind of action, period and text, with the full details of
// the selected entry, a check of the hash chain and a CSV export (itself
// audited). Shows the getting-started empty state while the log is empty.
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kassa::engine {
class AuditService;
}

namespace kassa::ui {

class AuditLogModel;

class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(engine::AuditService *service, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }

public Q_SLOTS:
    void verifyChain();
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void showSelected();
    void pollHead();
    void updateVisibility();

    engine::AuditService *m_service;
    AuditLogModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_groupFilter = nullptr;
    QComboBox *m_periodFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QTimer m_headTimer;
    QTimer m_searchDelay;
    qint64 m_knownHead = -1;
};

} // namespace kassa::ui
