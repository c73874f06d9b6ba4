// Reimport: a tracker's export imported again into a workshop that holds an earlier import —
// matched by the tracker's key, as a diff (new, changed field by field, gone), where a field
// edited in Cutline and changed in the tracker too is a conflict nobody overwrites unasked.
#pragma once

#include "core/model/field.h"
#include "core/model/workshop.h"
#include "core/result.h"
#include "core/tracker/trackerimport.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace cutline {

struct FieldChange
{
    Field field = Field::Title;
    QString base;          // as last imported
    QString cutline;       // as the workshop holds it now
    QString tracker;       // as the tracker holds it now
    bool conflict = false; // edited in Cutline and changed in the tracker, differently
};

struct CandidateChange
{
    int id = 0; // in the workshop
    QString key;
    QString sourceKey;
    QString statusBefore;
    QString statusAfter;
    QList<FieldChange> fields; // only those the tracker changed
};

struct ReimportDiff
{
    QList<Candidate> added;         // as imported (ids and keys are settled when applied)
    QList<CandidateChange> changed; // tracker-side changes, conflicts among them
    QList<int> gone;                // imported before, not in this import (done, removed)
    QList<std::pair<QString, QString>> newLinks; // tracker keys: first requires second
    int unchanged = 0;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && newLinks.isEmpty(); }
    int conflicts() const;
};

// Which side wins a conflict; one may also choose field by field (see applyReimport).
enum class ConflictChoice
{
    KeepCutline,
    TakeTracker
};

struct ReimportResult
{
    Workshop workshop;
    QStringList warnings; // conflicts kept, links refused, keys renamed, gone candidates
};

class Reimport
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Reimport)

public:
    // The tracker fields a re-import compares and may update.
    static QList<Field> trackedFields();

    static ReimportDiff diff(const Workshop &current, const TrackerImport &incoming);

    // Applies the diff: new candidates appended, tracker changes taken, conflicts resolved
    // by `choice` except the (candidate id, int(field)) pairs in `flipped`, which take the other
    // side. Gone candidates stay (their decision and why are the workshop's) and are named
    // in a warning. Links that would close a cycle are refused with a warning naming it.
    static ReimportResult apply(const Workshop &current, const TrackerImport &incoming,
                                const ReimportDiff &diff, ConflictChoice choice,
                                const QSet<std::pair<int, int>> &flipped = {});

    // One line per change, for the CLI and the preview: "+ PAY-9 Title", "~ PAY-3 effort:
    // 3 → 5", "! PAY-4 title: Cutline "…", tracker "…"", "- PAY-2 (gone)".
    static QStringList describe(const Workshop &current, const ReimportDiff &diff);
    static QString summaryText(const ReimportDiff &diff);
};

} // namespace cutline
