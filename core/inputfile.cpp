#include "core/inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cutline {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::InputFile)
};

} // namespace

Result<QByteArray> readInputFile(const QString &path, const QString &what, qint64 maxSize)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, Text::tr("%1 does not exist.").arg(name)};
    if (info.isDir())
        return Error{ErrorCode::Unreadable, Text::tr("%1 is a folder, not %2.").arg(name, what)};
    if (!info.isFile())
        return Error{ErrorCode::Unreadable,
                     Text::tr("%1 is not a regular file, so it cannot be %2.").arg(name, what)};
    if (info.size() > maxSize)
        return Error{ErrorCode::Unreadable, Text::tr("%1 is too large (%2 MB) to be %3.")
                                                .arg(name)
                                                .arg(info.size() / (1024 * 1024))
                                                .arg(what)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable,
                     Text::tr("%1 cannot be read: %2.").arg(name, file.errorString())};
    QByteArray bytes = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::Unreadable,
                     Text::tr("%1 cannot be read: %2.").arg(name, file.errorString())};
    return bytes;
}

} // namespace cutline
