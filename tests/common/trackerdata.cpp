#include "tests/common/trackerdata.h"

#include <QFile>

namespace cutline::test {

QString data(const QString &name)
{
    return QStringLiteral(CUTLINE_TEST_DATA "/import/") + name;
}

QByteArray bytes(const QString &name)
{
    QFile file(data(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TrackerImport importOk(const QString &name, const ImportSettings &settings)
{
    Result<TrackerImport> r = TrackerImporter::readFile(data(name), std::nullopt, settings);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value();
}

const Candidate &byKey(const Workshop &w, const QString &key)
{
    const Candidate *c = w.candidateByKey(key);
    if (!c)
        qFatal("no candidate %s", qPrintable(key));
    return *c;
}

bool linked(const Workshop &w, const QString &from, const QString &to)
{
    return w.hasLink(byKey(w, from).id, byKey(w, to).id, LinkType::Requires);
}

} // namespace cutline::test
