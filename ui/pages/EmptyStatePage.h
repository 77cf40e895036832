// EmptyStatePage: a page that has nothing to show yet says what will appear
// there and how to get started — never a blank pane.
#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;

namespace kassa::ui {

struct EmptyStateText {
    QString title;
    QString description;
    QString gettingStarted;
};

class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    //! `text` is called again on every language change, so it must use tr().
    EmptyStatePage(const QString &iconPath, std::function<EmptyStateText()> text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<EmptyStateText()> m_text;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_gettingStarted = nullptr;
};

} // namespace kassa::ui
