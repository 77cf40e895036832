#include "pages/EmptyStatePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kassa::ui {

EmptyStatePage::EmptyStatePage(const QString &iconPath, std::function<EmptyStateText()> text, QWidget *parent)
    : QWidget(parent), m_text(std::move(text))
{
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("emptyStateIcon"));
    icon->setPixmap(QIcon(iconPath).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    icon->setMinimumHeight(96);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignHCenter);

    m_gettingStarted = new QLabel(this);
    m_gettingStarted->setObjectName(QStringLiteral("emptyStateGettingStarted"));
    m_gettingStarted->setWordWrap(true);
    m_gettingStarted->setAlignment(Qt::AlignHCenter);
    QPalette palette = m_gettingStarted->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_gettingStarted->setPalette(palette);

    auto *column = new QWidget(this);
    column->setMaximumWidth(600);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(icon);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_description);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_gettingStarted);

    // Centred, as wide as 600 px allows, growing downwards with the text.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 8);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    retranslate();
}

void EmptyStatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyStatePage::retranslate()
{
    const EmptyStateText text = m_text();
    m_title->setText(text.title);
    m_description->setText(text.description);
    m_gettingStarted->setText(text.gettingStarted);
}

} // namespace kassa::ui
