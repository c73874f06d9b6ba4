// Tests the document's edits: each is one undo step, and undo restores exactly what was before.
#include "tests/common/fixtures.h"
#include "ui/document/workshopdocument.h"

#include <QSignalSpy>
#include <QtTest>
#include <QUndoStack>

using namespace cutline;

class TestWorkshopDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editFieldUndoRedo_data();
    void editFieldUndoRedo();
    void refusedEditChangesNothing_data();
    void refusedEditChangesNothing();
    void duplicateKeyRefused();
    void kindComplianceMakesMandatoryInOneStep();
    void addDuplicateAlternative();
    void removeRestoresCandidateAndLinksInPlace();
    void removeSeveralIsOneStep();
    void linksAndCycleRefusal();
    void settingsUndo();
    void readOnlyRefusesEdits();
    void modifiedFollowsCleanState();
    void signalsNameWhatChanged();
    void scoresAndCriteria();
    void dissentUndo();
    void consecutiveEditsOfOneFieldMerge();
    void editsOfOtherFieldsDoNotMerge();
    void editBackToStartLeavesNothingToUndo();
    void noMergeAcrossSave();
    void detailsChangeHasItsOwnSignal();
    void changedDecisionDropsTheOldReason();

private:
    void checkUndoRestores(const std::function<void()> &edit);
    WorkshopDocument *m_doc = nullptr;
    QScopedPointer<WorkshopDocument> m_owner;
};

void TestWorkshopDocument::init()
{
    m_owner.reset(new WorkshopDocument);
    m_doc = m_owner.data();
    m_doc->reset(test::fullWorkshop(8), QStringLiteral("/tmp/x.cutline"));
}

// Runs `edit`, then undoes everything it pushed and expects the exact workshop before it;
// then redoes and expects the exact workshop after it.
void TestWorkshopDocument::checkUndoRestores(const std::function<void()> &edit)
{
    const Workshop before = m_doc->workshop();
    const int steps = m_doc->undoStack()->count();
    edit();
    const Workshop after = m_doc->workshop();
    QVERIFY(!(after == before) || m_doc->undoStack()->count() == steps);
    while (m_doc->undoStack()->index() > steps)
        m_doc->undoStack()->undo();
    QCOMPARE(m_doc->workshop(), before);
    QCOMPARE(m_doc->workshop().dependencies, before.dependencies); // also the order
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    QCOMPARE(m_doc->workshop(), after);
    QCOMPARE(m_doc->workshop().dependencies, after.dependencies);
}

void TestWorkshopDocument::editFieldUndoRedo_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("title") << Field::Title << QVariant("Dunning v2");
    QTest::newRow("impact") << Field::Impact << QVariant(9.5);
    QTest::newRow("effort") << Field::Effort << QVariant(2.0);
    QTest::newRow("low unset") << Field::EffortLow << QVariant();
    QTest::newRow("risk") << Field::Risk << QVariant(5);
    QTest::newRow("decision") << Field::Decision << QVariant("drop");
    QTest::newRow("problem") << Field::Problem << QVariant("Line one\nline two");
    QTest::newRow("review date") << Field::ReviewDate << QVariant(QDate(2027, 6, 30));
    QTest::newRow("tags") << Field::Tags << QVariant(QStringList{"a", "b"});
    QTest::newRow("key") << Field::Key << QVariant("PAY-1");
}

void TestWorkshopDocument::editFieldUndoRedo()
{
    QFETCH(Field, field);
    QFETCH(QVariant, value);
    checkUndoRestores([&] { QVERIFY(m_doc->editField(1, field, value)); });
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestWorkshopDocument::refusedEditChangesNothing_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("impact") << Field::Impact << QVariant(11.0) << "C-2: impact 11 is outside 0–10.";
    QTest::newRow("effort") << Field::Effort << QVariant(-1.0)
                            << "C-2: effort -1 is negative; it must be 0 or more.";
    QTest::newRow("nan") << Field::Confidence << QVariant(qQNaN())
                         << "C-2: confidence is not a number (nan).";
    QTest::newRow("title") << Field::Title << QVariant("  ") << "C-2: the title is empty.";
}

void TestWorkshopDocument::refusedEditChangesNothing()
{
    QFETCH(Field, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    const Workshop before = m_doc->workshop();
    QSignalSpy refused(m_doc, &WorkshopDocument::editRefused);
    QVERIFY(!m_doc->editField(2, field, value));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().first().toString(), message);
    QCOMPARE(m_doc->workshop(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestWorkshopDocument::duplicateKeyRefused()
{
    QSignalSpy refused(m_doc, &WorkshopDocument::editRefused);
    QVERIFY(!m_doc->editField(2, Field::Key, QStringLiteral("c-1")));
    QVERIFY(refused.first().first().toString().startsWith("C-2: the key c-1 is already used by"));
}

void TestWorkshopDocument::kindComplianceMakesMandatoryInOneStep()
{
    const int id = 1; // a product candidate, not mandatory
    QCOMPARE(m_doc->workshop().candidate(id)->mandatory, false);
    checkUndoRestores([&] { QVERIFY(m_doc->editField(id, Field::Kind, "compliance")); });
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->workshop().candidate(id)->mandatory, true);
}

void TestWorkshopDocument::addDuplicateAlternative()
{
    int added = 0;
    checkUndoRestores([&] { added = m_doc->addCandidate(QStringLiteral("Fresh idea")); });
    const Candidate *c = m_doc->workshop().candidate(added);
    QCOMPARE(c->key, QStringLiteral("C-9"));
    QCOMPARE(c->title, QStringLiteral("Fresh idea"));

    int copy = 0;
    checkUndoRestores([&] { copy = m_doc->duplicateCandidate(3); });
    QCOMPARE(m_doc->workshop().indexOf(copy), m_doc->workshop().indexOf(3) + 1);
    QCOMPARE(m_doc->workshop().candidate(copy)->decision, Decision::Undecided);

    int alternative = 0;
    checkUndoRestores([&] { alternative = m_doc->addAlternative(4); });
    QVERIFY(m_doc->workshop().hasLink(alternative, 4, LinkType::Excludes));
    QVERIFY(m_doc->workshop().candidate(alternative)->title.startsWith("Simpler: "));
}

void TestWorkshopDocument::removeRestoresCandidateAndLinksInPlace()
{
    // Candidate 4 is linked on both sides (5 → 4 and 4 → 3).
    checkUndoRestores([&] { m_doc->removeCandidates({4}); });
    QVERIFY(!m_doc->workshop().candidate(4));
    for (const Dependency &d : m_doc->workshop().dependencies)
        QVERIFY(d.from != 4 && d.to != 4);
}

void TestWorkshopDocument::removeSeveralIsOneStep()
{
    checkUndoRestores([&] { m_doc->removeCandidates({2, 5, 7}); });
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->workshop().candidates.size(), 5);
}

void TestWorkshopDocument::linksAndCycleRefusal()
{
    checkUndoRestores([&] { QVERIFY(m_doc->addLink({1, 8, LinkType::Excludes})); });
    checkUndoRestores([&] { m_doc->removeLink({3, 2, LinkType::Requires}); });
    // 2 requires 1, so 1 requiring 2 would close a cycle.
    QSignalSpy refused(m_doc, &WorkshopDocument::editRefused);
    const Workshop before = m_doc->workshop();
    QVERIFY(!m_doc->addLink({1, 2, LinkType::Requires}));
    QCOMPARE(refused.first().first().toString(),
             QStringLiteral("C-1 cannot require C-2: that would close the cycle C-1 → C-2 → C-1."));
    QCOMPARE(m_doc->workshop(), before);
}

void TestWorkshopDocument::settingsUndo()
{
    Workshop settings = m_doc->workshop();
    settings.title = QStringLiteral("Renamed");
    settings.capacity = 12;
    settings.goals.append(Goal{"Churn", "logo churn", "< 2 %"});
    checkUndoRestores([&] { QVERIFY(m_doc->editSettings(settings)); });
    QCOMPARE(m_doc->workshop().title, QStringLiteral("Renamed"));
    QCOMPARE(m_doc->workshop().candidates.size(), 8); // candidates untouched
    settings.capacity = -3;
    QSignalSpy refused(m_doc, &WorkshopDocument::editRefused);
    QVERIFY(!m_doc->editSettings(settings));
    QCOMPARE(refused.first().first().toString(),
             QStringLiteral("The capacity -3 is negative; it must be 0 or more."));
}

void TestWorkshopDocument::readOnlyRefusesEdits()
{
    m_doc->setReadOnly(true);
    QSignalSpy refused(m_doc, &WorkshopDocument::editRefused);
    QVERIFY(!m_doc->editField(1, Field::Title, QStringLiteral("x")));
    QCOMPARE(m_doc->addCandidate(), 0);
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.first().first().toString().contains("read-only"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestWorkshopDocument::modifiedFollowsCleanState()
{
    QSignalSpy modified(m_doc, &WorkshopDocument::modifiedChanged);
    QVERIFY(!m_doc->isModified());
    m_doc->editField(1, Field::Impact, 1.0);
    QVERIFY(m_doc->isModified());
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isModified()); // back to what is on disk
    m_doc->editField(1, Field::Impact, 2.0);
    m_doc->markSaved();
    QVERIFY(!m_doc->isModified());
    m_doc->markUnsaved();
    QVERIFY(m_doc->isModified());
    QVERIFY(modified.count() >= 4);
}

void TestWorkshopDocument::signalsNameWhatChanged()
{
    QSignalSpy changed(m_doc, &WorkshopDocument::candidateChanged);
    QSignalSpy links(m_doc, &WorkshopDocument::linksChanged);
    m_doc->editField(6, Field::Owner, QStringLiteral("Sofia"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toInt(), 6);
    QCOMPARE(changed.first().at(1).value<Field>(), Field::Owner);
    QCOMPARE(links.count(), 0);
    m_doc->addLink({1, 6, LinkType::Requires});
    QCOMPARE(links.count(), 1);
}

void TestWorkshopDocument::scoresAndCriteria()
{
    const int id = m_doc->workshop().candidates[0].id;
    const QString key = m_doc->workshop().candidates[0].key;
    Workshop settings = m_doc->workshop();
    settings.framework = Framework::Weighted;
    settings.criteria = {Criterion{QStringLiteral("Revenue"), 2},
                         Criterion{QStringLiteral("Revenue"), 1}};
    QSignalSpy refused(m_doc, &WorkshopDocument::editRefused);
    QVERIFY(!m_doc->editSettings(settings));
    QCOMPARE(refused.takeFirst().at(0).toString(),
             QStringLiteral("The criterion \"Revenue\" is listed twice."));
    settings.criteria = {Criterion{QStringLiteral("Revenue"), 2},
                         Criterion{QStringLiteral("Trust"), 1}};
    checkUndoRestores([&] {
        QVERIFY(m_doc->editSettings(settings));
        QVERIFY(m_doc->editScore(id, QStringLiteral("Revenue"), 9));
        QCOMPARE(m_doc->workshop().candidate(id)->scores.value(QStringLiteral("Revenue")), 9.0);
    });
    QVERIFY(m_doc->editSettings(settings));
    QVERIFY(!m_doc->editScore(id, QStringLiteral("Trust"), 11));
    QCOMPARE(refused.takeFirst().at(0).toString(),
             QStringLiteral("%1: the score 11 on \"Trust\" is outside 0–10.").arg(key));
}

void TestWorkshopDocument::dissentUndo()
{
    const int id = m_doc->workshop().candidates[1].id;
    checkUndoRestores([&] {
        QVERIFY(
            m_doc->editDissent(id, {Dissent{QStringLiteral("Ana"), QStringLiteral("Too soon")}}));
        QCOMPARE(m_doc->workshop().candidate(id)->dissent.size(), 1);
    });
}

// Ten presses of an arrow key in a spin box are one undo step.
void TestWorkshopDocument::consecutiveEditsOfOneFieldMerge()
{
    const int id = m_doc->workshop().candidates[0].id;
    const double before = m_doc->workshop().candidate(id)->impact;
    const int steps = m_doc->undoStack()->count();
    for (int i = 1; i <= 10; ++i)
        QVERIFY(m_doc->editField(id, Field::Impact, i * 0.5));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->workshop().candidate(id)->impact, 5.0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->workshop().candidate(id)->impact, before);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->workshop().candidate(id)->impact, 5.0);
}

void TestWorkshopDocument::editsOfOtherFieldsDoNotMerge()
{
    const Workshop &w = m_doc->workshop();
    const int first = w.candidates[0].id, second = w.candidates[1].id;
    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_doc->editField(first, Field::Impact, 3.0));
    QVERIFY(m_doc->editField(first, Field::Title, QStringLiteral("Dunning")));
    QVERIFY(m_doc->editField(second, Field::Title, QStringLiteral("Reminders")));
    QVERIFY(m_doc->editField(first, Field::Title, QStringLiteral("Dunning emails")));
    QCOMPARE(m_doc->undoStack()->count(), steps + 4);
}

void TestWorkshopDocument::editBackToStartLeavesNothingToUndo()
{
    const int id = m_doc->workshop().candidates[0].id;
    const double before = m_doc->workshop().candidate(id)->impact;
    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_doc->editField(id, Field::Impact, before + 1));
    QVERIFY(m_doc->editField(id, Field::Impact, before));
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

// An edit after saving is a step of its own, so undo returns to the saved state.
void TestWorkshopDocument::noMergeAcrossSave()
{
    const int id = m_doc->workshop().candidates[0].id;
    QVERIFY(m_doc->editField(id, Field::Impact, 2.0));
    m_doc->markSaved();
    QVERIFY(!m_doc->isModified());
    QVERIFY(m_doc->editField(id, Field::Impact, 3.0));
    QVERIFY(m_doc->isModified());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->workshop().candidate(id)->impact, 2.0);
    QVERIFY(!m_doc->isModified());
}

void TestWorkshopDocument::detailsChangeHasItsOwnSignal()
{
    const int id = m_doc->workshop().candidates[1].id;
    QSignalSpy fields(m_doc, &WorkshopDocument::candidateChanged);
    QSignalSpy details(m_doc, &WorkshopDocument::candidateDetailsChanged);
    QVERIFY(m_doc->editDissent(id, {Dissent{QStringLiteral("Ana"), QStringLiteral("Too soon")}}));
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().first().toInt(), id);
    QCOMPARE(fields.size(), 0); // no field changed
}

// Reported: deferred by "Adopt Plan", then committed, the candidate kept "Below the cut line…"
// as the reason for its commit.
void TestWorkshopDocument::changedDecisionDropsTheOldReason()
{
    Workshop w;
    w.capacity = 5;
    for (int i = 1; i <= 2; ++i) {
        Candidate c;
        c.id = i;
        c.key = QStringLiteral("C-%1").arg(i);
        c.title = c.key;
        c.effort = 3;
        c.impact = 10 - i;
        w.candidates.append(c);
    }
    WorkshopDocument doc;
    doc.reset(w, QString());
    QVERIFY(doc.decide(2, Decision::Defer, QStringLiteral("Below the cut line: no room")));
    QVERIFY(doc.decide(1, Decision::Drop, QStringLiteral("Legal said no")));
    QVERIFY(doc.decide(2, Decision::Commit)); // the plan takes it now: no reason needed
    QCOMPARE(doc.workshop().candidate(2)->rationale, QString());
    QCOMPARE(doc.workshop().decisionLog.last().rationale, QString());
}

QTEST_GUILESS_MAIN(TestWorkshopDocument)
#include "tst_workshopdocument.moc"
