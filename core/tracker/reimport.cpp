#include "core/tracker/reimport.h"

#include "core/graph/dependencygraph.h"
#include "core/model/validation.h"

#include <QHash>
#include <QLocale>

namespace cutline {

namespace {

QHash<QString, const Candidate *> bySourceKey(const Workshop &w, const QString &system)
{
    QHash<QString, const Candidate *> map;
    for (const Candidate &c : w.candidates)
        if (c.source.system == system)
            map.insert(c.source.key, &c);
    return map;
}

QString text(const Candidate &c, Field f)
{
    return fieldValue(c, f).toString();
}

// A value as people read it in a diff: one line, not too long.
QString shown(const QString &value)
{
    QString line = value.simplified();
    if (line.size() > 60)
        line = line.left(59) + QChar(0x2026);
    return QLatin1Char('"') + line + QLatin1Char('"');
}

std::optional<CandidateChange> compare(const Candidate &mine, const Candidate &theirs)
{
    CandidateChange change;
    change.id = mine.id;
    change.key = mine.key;
    change.sourceKey = mine.source.key;
    change.statusBefore = mine.source.status;
    change.statusAfter = theirs.source.status;
    for (Field f : Reimport::trackedFields()) {
        FieldChange fc;
        fc.field = f;
        fc.cutline = text(mine, f);
        fc.tracker = text(theirs, f);
        fc.base = mine.source.imported.value(fieldId(f), fc.cutline);
        if (fc.tracker == fc.base || fc.tracker == fc.cutline)
            continue;
        fc.conflict = fc.cutline != fc.base;
        change.fields.append(fc);
    }
    if (change.fields.isEmpty() && change.statusBefore == change.statusAfter)
        return std::nullopt;
    return change;
}

} // namespace

int ReimportDiff::conflicts() const
{
    int n = 0;
    for (const CandidateChange &c : changed)
        for (const FieldChange &f : c.fields)
            n += f.conflict ? 1 : 0;
    return n;
}

QList<Field> Reimport::trackedFields()
{
    return {Field::Title, Field::Description, Field::Kind, Field::Effort};
}

ReimportDiff Reimport::diff(const Workshop &current, const TrackerImport &incoming)
{
    ReimportDiff d;
    const QString system = incoming.data.system;
    const QHash<QString, const Candidate *> mine = bySourceKey(current, system);
    const QHash<QString, const Candidate *> theirs = bySourceKey(incoming.workshop, system);
    for (const Candidate &c : incoming.workshop.candidates) {
        const Candidate *existing = mine.value(c.source.key);
        if (!existing)
            d.added.append(c);
        else if (std::optional<CandidateChange> change = compare(*existing, c))
            d.changed.append(*change);
        else
            ++d.unchanged;
    }
    for (const Candidate &c : current.candidates)
        if (c.source.system == system && !theirs.contains(c.source.key))
            d.gone.append(c.id);
    for (const Dependency &link : incoming.workshop.dependencies) {
        const Candidate *from = incoming.workshop.candidate(link.from);
        const Candidate *to = incoming.workshop.candidate(link.to);
        const Candidate *mineFrom = mine.value(from->source.key);
        const Candidate *mineTo = mine.value(to->source.key);
        if (!mineFrom || !mineTo || !current.hasLink(mineFrom->id, mineTo->id, link.type))
            d.newLinks.append({from->source.key, to->source.key});
    }
    return d;
}

ReimportResult Reimport::apply(const Workshop &current, const TrackerImport &incoming,
                               const ReimportDiff &diff, ConflictChoice choice,
                               const QSet<std::pair<int, int>> &flipped)
{
    ReimportResult r{current, {}};
    Workshop &w = r.workshop;
    for (const CandidateChange &change : diff.changed) {
        Candidate *c = w.candidate(change.id);
        if (!c)
            continue;
        c->source.status = change.statusAfter;
        for (const FieldChange &f : change.fields) {
            const bool flip = flipped.contains({change.id, int(f.field)});
            const bool take = !f.conflict || ((choice == ConflictChoice::TakeTracker) != flip);
            c->source.imported.insert(fieldId(f.field), f.tracker);
            if (take) {
                const QVariant value = f.field == Field::Effort
                                           ? QVariant(QLocale::c().toDouble(f.tracker))
                                           : QVariant(f.tracker);
                if (const std::optional<QString> problem = checkFieldValue(*c, f.field, value))
                    r.warnings.append(tr("%1 Cutline's value is kept.").arg(*problem));
                else
                    setFieldValue(*c, f.field, value);
                continue;
            }
            r.warnings.append(
                tr("%1: the %2 was edited in Cutline and changed in the tracker; "
                   "Cutline's %3 is kept (the tracker has %4).")
                    .arg(c->key, fieldName(f.field), shown(f.cutline), shown(f.tracker)));
        }
    }
    for (Candidate c : diff.added) {
        c.id = w.nextId();
        if (w.candidateByKey(c.key)) {
            const QString renamed = w.nextKey();
            r.warnings.append(tr("%1: the key is taken by a candidate typed in Cutline; the new "
                                 "one is %2.")
                                  .arg(c.key, renamed));
            c.key = renamed;
        }
        w.candidates.append(c);
    }
    const QHash<QString, const Candidate *> byKey = bySourceKey(w, incoming.data.system);
    for (const auto &[fromKey, toKey] : diff.newLinks) {
        const Candidate *from = byKey.value(fromKey);
        const Candidate *to = byKey.value(toKey);
        if (!from || !to || w.hasLink(from->id, to->id, LinkType::Requires))
            continue;
        const Dependency link{from->id, to->id, LinkType::Requires};
        if (const std::optional<QString> problem = checkNewLink(w, link)) {
            r.warnings.append(tr("%1 requires %2 in the tracker, but Cutline refuses the link: %3")
                                  .arg(from->key, to->key, *problem));
            continue;
        }
        w.dependencies.append(link);
    }
    for (int id : diff.gone)
        if (const Candidate *c = w.candidate(id))
            r.warnings.append(tr("%1 is no longer in the export, or is done; it stays in the "
                                 "workshop with its decision.")
                                  .arg(c->key == c->source.key
                                           ? c->key
                                           : QStringLiteral("%1 (%2)").arg(c->key, c->source.key)));
    return r;
}

QStringList Reimport::describe(const Workshop &current, const ReimportDiff &diff)
{
    QStringList lines;
    for (const Candidate &c : diff.added)
        lines.append(tr("+ %1 %2 (new)").arg(c.source.key, c.title));
    for (const CandidateChange &change : diff.changed) {
        if (change.statusBefore != change.statusAfter)
            lines.append(
                tr("~ %1 status: %2 → %3")
                    .arg(change.key, shown(change.statusBefore), shown(change.statusAfter)));
        for (const FieldChange &f : change.fields)
            lines.append(f.conflict ? tr("! %1 %2: edited in Cutline to %3, changed in the tracker "
                                         "from %4 to %5")
                                          .arg(change.key, fieldName(f.field), shown(f.cutline),
                                               shown(f.base), shown(f.tracker))
                                    : tr("~ %1 %2: %3 → %4")
                                          .arg(change.key, fieldName(f.field), shown(f.cutline),
                                               shown(f.tracker)));
    }
    for (const auto &[from, to] : diff.newLinks)
        lines.append(tr("+ link: %1 requires %2").arg(from, to));
    for (int id : diff.gone)
        if (const Candidate *c = current.candidate(id))
            lines.append(tr("- %1 %2 (gone from the export)").arg(c->key, c->title));
    return lines;
}

QString Reimport::summaryText(const ReimportDiff &diff)
{
    return tr("Re-import: %n new", nullptr, int(diff.added.size())) +
           tr(", %n changed", nullptr, int(diff.changed.size())) +
           tr(" (%n conflict(s))", nullptr, diff.conflicts()) +
           tr(", %n unchanged", nullptr, diff.unchanged) +
           tr(", %n gone", nullptr, int(diff.gone.size())) +
           tr(", %n new link(s).", nullptr, int(diff.newLinks.size()));
}

} // namespace cutline
