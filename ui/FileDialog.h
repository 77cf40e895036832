// FileDialog: the one way ui/ asks for a file name to open or save. Tests
// pre-answer the next dialog with setNextFileName() (the MessageBox seam for
// files), so no test waits on a native dialog.
#pragma once

#include <QString>

class QWidget;

namespace kassa::ui {

class FileDialog
{
public:
    //! Asks where to save; an empty string means the person cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);
    //! Asks which file to open; an empty string means the person cancelled.
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);

    //! The next dialog returns `fileName` at once instead of showing (tests;
    //! an empty name answers "cancelled").
    static void setNextFileName(const QString &fileName);
    //! The title of the last dialog shown or pre-answered (tests).
    static QString lastTitle();
};

} // namespace kassa::ui
