#include "core/model/candidate.h"

#include <QCoreApplication>

namespace cutline {

namespace {
struct KindEntry
{
    Kind kind;
    const char *id;
    const char *name;
};
constexpr KindEntry kKinds[] = {
    {Kind::Product, "product", QT_TRANSLATE_NOOP("cutline::Kind", "Product")},
    {Kind::Platform, "platform", QT_TRANSLATE_NOOP("cutline::Kind", "Platform")},
    {Kind::Compliance, "compliance", QT_TRANSLATE_NOOP("cutline::Kind", "Compliance")},
    {Kind::Research, "research", QT_TRANSLATE_NOOP("cutline::Kind", "Research")},
    {Kind::Stabilization, "stabilization", QT_TRANSLATE_NOOP("cutline::Kind", "Stabilization")},
};

struct DecisionEntry
{
    Decision decision;
    const char *id;
    const char *name;
};
constexpr DecisionEntry kDecisions[] = {
    {Decision::Undecided, "undecided", QT_TRANSLATE_NOOP("cutline::Decision", "Undecided")},
    {Decision::Commit, "commit", QT_TRANSLATE_NOOP("cutline::Decision", "Commit")},
    {Decision::Defer, "defer", QT_TRANSLATE_NOOP("cutline::Decision", "Defer")},
    {Decision::Drop, "drop", QT_TRANSLATE_NOOP("cutline::Decision", "Drop")},
};
} // namespace

QString kindId(Kind kind)
{
    for (const auto &e : kKinds)
        if (e.kind == kind)
            return QString::fromLatin1(e.id);
    Q_UNREACHABLE();
    return QString();
}

std::optional<Kind> kindFromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (const auto &e : kKinds)
        if (wanted == QLatin1String(e.id))
            return e.kind;
    return std::nullopt;
}

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (const auto &e : kKinds)
        kinds.append(e.kind);
    return kinds;
}

QString kindName(Kind kind)
{
    for (const auto &e : kKinds)
        if (e.kind == kind)
            return QCoreApplication::translate("cutline::Kind", e.name);
    Q_UNREACHABLE();
    return QString();
}

QString decisionId(Decision decision)
{
    for (const auto &e : kDecisions)
        if (e.decision == decision)
            return QString::fromLatin1(e.id);
    Q_UNREACHABLE();
    return QString();
}

std::optional<Decision> decisionFromId(const QString &id)
{
    QString wanted = id.trimmed().toLower();
    // Spreadsheets often say "committed", "deferred", "dropped".
    if (wanted == QLatin1String("committed"))
        wanted = QStringLiteral("commit");
    else if (wanted == QLatin1String("deferred"))
        wanted = QStringLiteral("defer");
    else if (wanted == QLatin1String("dropped"))
        wanted = QStringLiteral("drop");
    if (wanted.isEmpty())
        return Decision::Undecided;
    for (const auto &e : kDecisions)
        if (wanted == QLatin1String(e.id))
            return e.decision;
    return std::nullopt;
}

QList<Decision> allDecisions()
{
    QList<Decision> decisions;
    for (const auto &e : kDecisions)
        decisions.append(e.decision);
    return decisions;
}

QString decisionName(Decision decision)
{
    for (const auto &e : kDecisions)
        if (e.decision == decision)
            return QCoreApplication::translate("cutline::Decision", e.name);
    Q_UNREACHABLE();
    return QString();
}

double candidateValue(const Candidate &candidate)
{
    return candidate.reach * candidate.impact * candidate.confidence / 100.0;
}

} // namespace cutline
