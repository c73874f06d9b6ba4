// Tests the one decision dialog as people reach it: from the dialog itself, the table's
// Decision cell, the Plan view and the inspector — asking why only when a reason is missing,
// keeping OK disabled until one is typed, Ctrl+Return to decide, Esc to change nothing.
#include "core/decision/decisions.h"
#include "core/sample/sampleworkshop.h"
#include "ui/decision/decisiondialog.h"
#include "ui/document/workshopdocument.h"
#include "ui/inspector/inspector.h"
#include "ui/plan/plancontroller.h"
#include "ui/plan/planmodel.h"
#include "ui/plan/planview.h"
#include "ui/table/candidatedelegate.h"
#include "ui/table/candidatetablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>
#include <QUndoStack>

using namespace cutline;

class TestDecisionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentencesAreGrammatical();
    void deferAsksWhyAndCtrlReturnDecides();
    void okWaitsForAReason();
    void escapeChangesNothing();
    void commitAgainstThePlanExplainsWhy();
    void noReasonMissingDecidesAtOnce();
    void refusalKeepsTheReason();
    void tableCellAsksWhy();
    void planViewDecidesTheSelectedRow();
    void inspectorAsksWhy();
};

namespace {

// An undecided candidate without a rationale that the plan takes (`inPlan`) or leaves out.
int undecided(const Workshop &w, bool inPlan)
{
    const Plan plan = makePlan(w);
    for (const Candidate &c : w.candidates) {
        if (c.decision != Decision::Undecided || !c.rationale.isEmpty() || c.mandatory)
            continue;
        if (plan.selected.contains(c.id) == inPlan)
            return c.id;
    }
    return 0;
}

void typeReason(DecisionDialog *dialog, const QString &text)
{
    QTest::keyClicks(dialog->reasonEdit(), text);
}

void ctrlReturn(DecisionDialog *dialog)
{
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return, Qt::ControlModifier);
}

QPushButton *ok(DecisionDialog *dialog)
{
    return dialog->buttons()->button(QDialogButtonBox::Ok);
}

} // namespace

void TestDecisionDialog::sentencesAreGrammatical()
{
    const QString key = QStringLiteral("C-22");
    QCOMPARE(DecisionDialog::willBe(key, Decision::Defer),
             QStringLiteral("C-22 will be deferred."));
    QCOMPARE(DecisionDialog::willBe(key, Decision::Drop), QStringLiteral("C-22 will be dropped."));
    QCOMPARE(DecisionDialog::willBe(key, Decision::Commit),
             QStringLiteral("C-22 will be committed."));
}

void TestDecisionDialog::deferAsksWhyAndCtrlReturnDecides()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const int id = undecided(doc.workshop(), true);
    QVERIFY(id);
    const QString key = doc.workshop().candidate(id)->key;
    QWidget parent;
    DecisionDialog *dialog = DecisionDialog::request(&parent, &doc, id, Decision::Defer);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->explanation().startsWith(
        QStringLiteral("Deferring %1 needs a reason: the record shows it to everyone who was not "
                       "in the room.")
            .arg(key)));
    QVERIFY(!ok(dialog)->isEnabled());
    typeReason(dialog, QStringLiteral("Waiting for the vendor's API"));
    QVERIFY(ok(dialog)->isEnabled());
    QPointer<DecisionDialog> guard(dialog);
    ctrlReturn(dialog);
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Defer);
    QCOMPARE(doc.workshop().candidate(id)->rationale,
             QStringLiteral("Waiting for the vendor's API"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!guard || !guard->isVisible());
}

void TestDecisionDialog::okWaitsForAReason()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const int id = undecided(doc.workshop(), false);
    QWidget parent;
    DecisionDialog *dialog = DecisionDialog::request(&parent, &doc, id, Decision::Drop);
    QVERIFY(dialog);
    QVERIFY(dialog->explanation().startsWith(
        QStringLiteral("Dropping %1 needs a reason").arg(doc.workshop().candidate(id)->key)));
    typeReason(dialog, QStringLiteral("   "));
    QVERIFY(!ok(dialog)->isEnabled());
    ctrlReturn(dialog); // a blank reason neither decides nor throws the attempt away
    QVERIFY(dialog->isVisible());
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Undecided);
    QCOMPARE(doc.undoStack()->count(), 0);
    typeReason(dialog, QStringLiteral("Nobody asked for it"));
    QTest::mouseClick(ok(dialog), Qt::LeftButton);
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Drop);
    QCOMPARE(doc.workshop().candidate(id)->rationale, QStringLiteral("Nobody asked for it"));
}

void TestDecisionDialog::escapeChangesNothing()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const Workshop before = doc.workshop();
    const int id = undecided(doc.workshop(), true);
    QWidget parent;
    QPointer<DecisionDialog> dialog = DecisionDialog::request(&parent, &doc, id, Decision::Defer);
    QVERIFY(dialog);
    typeReason(dialog, QStringLiteral("Half a reason"));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Escape);
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(doc.workshop(), before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDecisionDialog::commitAgainstThePlanExplainsWhy()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const int id = undecided(doc.workshop(), false);
    QVERIFY(needsRationale(doc.workshop(), id, Decision::Commit));
    const QString key = doc.workshop().candidate(id)->key;
    QWidget parent;
    DecisionDialog *dialog = DecisionDialog::request(&parent, &doc, id, Decision::Commit);
    QVERIFY(dialog);
    const QString prefix =
        QStringLiteral("Committing %1 departs from the plan, which leaves it out: ").arg(key);
    QVERIFY2(dialog->explanation().startsWith(prefix), qPrintable(dialog->explanation()));
    // The plan's own reason follows, not just the prefix.
    QVERIFY(dialog->explanation().size() > prefix.size() + 10);
    typeReason(dialog, QStringLiteral("The customer signed for it"));
    ctrlReturn(dialog);
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Commit);
}

void TestDecisionDialog::noReasonMissingDecidesAtOnce()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const int id = undecided(doc.workshop(), true);
    QWidget parent;
    // Committing what the plan takes needs no reason.
    QVERIFY(!DecisionDialog::request(&parent, &doc, id, Decision::Commit));
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Commit);
    // A candidate that already has its reason is deferred without asking again.
    QVERIFY(doc.editField(id, Field::Rationale, QStringLiteral("Blocked by legal")));
    QVERIFY(!DecisionDialog::request(&parent, &doc, id, Decision::Defer));
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Defer);
    QVERIFY(parent.findChildren<DecisionDialog *>().isEmpty());
}

void TestDecisionDialog::refusalKeepsTheReason()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const int id = undecided(doc.workshop(), true);
    QWidget parent;
    DecisionDialog *dialog = DecisionDialog::request(&parent, &doc, id, Decision::Defer);
    QVERIFY(dialog);
    doc.setReadOnly(true);
    QSignalSpy refused(&doc, &WorkshopDocument::editRefused);
    typeReason(dialog, QStringLiteral("Blocked by legal"));
    ctrlReturn(dialog);
    QCOMPARE(refused.count(), 1);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->refusal(), refused.first().first().toString());
    QVERIFY(!dialog->refusal().isEmpty());
    QCOMPARE(dialog->reasonEdit()->toPlainText(), QStringLiteral("Blocked by legal"));
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Undecided);
}

void TestDecisionDialog::tableCellAsksWhy()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const int id = undecided(doc.workshop(), true);
    CandidateTableModel model(&doc);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView table;
    table.setModel(&proxy);
    table.setItemDelegate(new CandidateDelegate(&table));
    table.resize(1000, 600);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const QModelIndex cell =
        proxy.mapFromSource(model.indexOfId(id, CandidateTableModel::Decision));
    table.setCurrentIndex(cell);
    table.edit(cell);
    auto *combo = table.viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(decisionId(Decision::Defer)));
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's data queued
    auto *dialog = table.findChild<DecisionDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->explanation().startsWith(QStringLiteral("Deferring")));
    typeReason(dialog, QStringLiteral("Next quarter"));
    ctrlReturn(dialog);
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Defer);
    QCOMPARE(doc.workshop().candidate(id)->rationale, QStringLiteral("Next quarter"));
}

void TestDecisionDialog::planViewDecidesTheSelectedRow()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const int id = undecided(doc.workshop(), true);
    PlanView view(&doc);
    QTRY_VERIFY(view.controller()->isCurrent());
    const QList<QAction *> actions = view.decideActions();
    QCOMPARE(actions.size(), 3);
    QVERIFY(!actions[1]->isEnabled()); // nothing selected yet
    for (int row = 0; row < view.model()->rowCount(); ++row)
        if (view.model()->index(row, 0).data(PlanModel::CandidateIdRole).toInt() == id)
            view.table()->selectRow(row);
    QVERIFY(actions[1]->isEnabled());
    QVERIFY(view.table()->actions().contains(actions[2])); // also in the context menu
    actions[1]->trigger();
    auto *dialog = view.findChild<DecisionDialog *>();
    QVERIFY(dialog);
    typeReason(dialog, QStringLiteral("After the migration"));
    ctrlReturn(dialog);
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Defer);
}

void TestDecisionDialog::inspectorAsksWhy()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const int id = undecided(doc.workshop(), true);
    Inspector inspector(&doc);
    inspector.showCandidate(id);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    auto *combo = qobject_cast<QComboBox *>(inspector.editorFor(Field::Decision));
    QVERIFY(combo);
    QCOMPARE(combo->itemData(combo->count() - 1).toString(), decisionId(Decision::Drop));
    QTest::keyClick(combo, Qt::Key_End);
    auto *dialog = inspector.findChild<DecisionDialog *>();
    QVERIFY(dialog);
    // Until the reason is given, the inspector shows the decision actually taken.
    QCOMPARE(combo->currentData().toString(), decisionId(Decision::Undecided));
    typeReason(dialog, QStringLiteral("Blocked by legal"));
    ctrlReturn(dialog);
    QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Drop);
    QCOMPARE(combo->currentData().toString(), decisionId(Decision::Drop));
}

QTEST_MAIN(TestDecisionDialog)
#include "tst_decisiondialog.moc"
