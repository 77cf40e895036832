// AboutDialog: version, what Kassa is, its license and the licenses of the
// components it is built from.
#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace kassa::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_licenses = nullptr;
};

} // namespace kassa::ui
