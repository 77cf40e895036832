#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace kassa::ui {

namespace {
std::optional<QString> g_nextFileName;
QString g_lastTitle;

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}
} // namespace

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    g_lastTitle = title;
    if (g_nextFileName) {
        const QString answer = *g_nextFileName;
        g_nextFileName.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, title, QDir(documentsFolder()).filePath(suggestedName), filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    g_lastTitle = title;
    if (g_nextFileName) {
        const QString answer = *g_nextFileName;
        g_nextFileName.reset();
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, title, documentsFolder(), filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

QString FileDialog::lastTitle()
{
    return g_lastTitle;
}

} // namespace kassa::ui
