// WidgetChecks: finds text that does not fit its widget — the clipped
// labels and buttons a translation can cause.
#pragma once

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionButton>
#include <QWidget>

namespace kassa::test {

//! Describes every visible single-line label, button, group box title and
//! list item under `root` whose text is wider than the room it has.
inline QStringList clippedTexts(QWidget *root)
{
    QStringList problems;
    auto visible = [root](QWidget *w) {
        return w->isVisibleTo(root) && w->width() > 0;
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!visible(label) || label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || !label->pixmap().isNull())
            continue;
        const QString text = label->text().remove(QLatin1Char('&'));
        int widest = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            widest = qMax(widest, label->fontMetrics().horizontalAdvance(line));
        if (widest > label->contentsRect().width())
            problems << QStringLiteral("label %1 \"%2\": needs %3 px, has %4")
                            .arg(label->objectName(), text)
                            .arg(widest)
                            .arg(label->contentsRect().width());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!visible(button) || button->text().isEmpty())
            continue;
        const QString text = QString(button->text()).remove(QLatin1Char('&'));
        const int needed = button->fontMetrics().horizontalAdvance(text)
            + (button->icon().isNull() ? 0 : button->iconSize().width() + 4);
        const int room = button->width() - 8; // frame and margins, conservatively small
        if (needed > room)
            problems << QStringLiteral("button %1 \"%2\": needs %3 px, has %4")
                            .arg(button->objectName(), text)
                            .arg(needed)
                            .arg(room);
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (!visible(box) || box->title().isEmpty())
            continue;
        const int needed = box->fontMetrics().horizontalAdvance(box->title());
        if (needed > box->width() - 16)
            problems << QStringLiteral("group %1 \"%2\"").arg(box->objectName(), box->title());
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (!visible(combo))
            continue;
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 24;
        if (needed > combo->width())
            problems << QStringLiteral("combo %1 \"%2\"").arg(combo->objectName(), combo->currentText());
    }
    for (QListWidget *list : root->findChildren<QListWidget *>()) {
        if (!visible(list))
            continue;
        for (int i = 0; i < list->count(); ++i) {
            const QRect rect = list->visualItemRect(list->item(i));
            const int needed =
                list->fontMetrics().horizontalAdvance(list->item(i)->text()) + list->iconSize().width() + 8;
            if (needed > list->viewport()->width() || rect.right() > list->viewport()->width())
                problems << QStringLiteral("list item %1 \"%2\": needs %3 px, has %4")
                                .arg(list->objectName(), list->item(i)->text())
                                .arg(needed)
                                .arg(list->viewport()->width());
        }
    }
    return problems;
}

} // namespace kassa::test
