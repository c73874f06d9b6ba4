// InputFile: reads a file a person named, refusing what cannot be one — missing, a folder, a
// pipe or device (which could block forever), too large — with a message naming the file.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace cutline {

// `what` completes the messages: "a Cutline workshop file", "a CSV file".
Result<QByteArray> readInputFile(const QString &path, const QString &what, qint64 maxSize);

} // namespace cutline
