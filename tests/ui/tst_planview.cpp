// Tests the Plan view as a facilitator uses it: the cut line follows every edit, and adopting
// the plan is one undoable step.
#include "core/model/field.h"
#include "core/sample/sampleworkshop.h"
#include "ui/document/workshopdocument.h"
#include "ui/plan/oddscontroller.h"
#include "ui/plan/oddspanel.h"
#include "ui/plan/plancontroller.h"
#include "ui/plan/planmodel.h"
#include "ui/plan/planview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QtTest>
#include <QUndoStack>

using namespace cutline;

class TestPlanView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutLineFollowsEdits();
    void adoptIsOneUndoStep();
    void infeasibleIsExplained();
    void rowsFitOnFirstDisplay();
    void cutLineSitsBetweenRows();
    void reasonsGainTheirMargins();
    void reasonsArriveTogether();
    void usedFollowsAnEditThatKeepsTheRanking();
    void workersDoNotNeedQtsPool();
    void selectionSurvivesANewRanking();
};

namespace {
// The keys of the first `rows` rows, in order.
QStringList keysOf(const PlanModel *model, int rows)
{
    QStringList keys;
    for (int row = 0; row < rows; ++row)
        keys.append(model->index(row, PlanModel::Key).data().toString());
    return keys;
}

QStringList keysAbove(const PlanModel *model)
{
    return keysOf(model, model->cutRow());
}
} // namespace

void TestPlanView::cutLineFollowsEdits()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    PlanView view(&doc);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(view.controller()->isCurrent());
    const PlanModel *model = view.model();
    QCOMPARE(model->rowCount(), 32);
    QCOMPARE(model->cutRow(), view.controller()->plan().selected.size());
    QVERIFY(model->index(model->cutRow(), 0).data(PlanModel::FirstBelowCutRole).toBool());
    QVERIFY(!keysAbove(model).contains(QStringLiteral("C-11")));

    // Make C-11 cheap and valuable: it moves above the line.
    const int id = doc.workshop().candidateByKey(QStringLiteral("C-11"))->id;
    QVERIFY(doc.editField(id, Field::EffortLow, QVariant())); // its low estimate was 4
    QVERIFY(doc.editField(id, Field::Effort, 0.5));
    QVERIFY(doc.editField(id, Field::Impact, 10.0));
    QTRY_VERIFY(view.controller()->isCurrent());
    QTRY_VERIFY(keysAbove(model).contains(QStringLiteral("C-11")));
    // Every row below the line carries its reason.
    for (int row = model->cutRow(); row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, PlanModel::Reason).data().toString().isEmpty());
    // Undo puts it back below.
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QTRY_VERIFY(view.controller()->isCurrent());
    QTRY_VERIFY(!keysAbove(model).contains(QStringLiteral("C-11")));
}

void TestPlanView::adoptIsOneUndoStep()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const Workshop before = doc.workshop();
    PlanView view(&doc);
    QTRY_VERIFY(view.controller()->isCurrent());
    auto *adopt = view.findChild<QPushButton *>();
    QVERIFY(adopt);
    // Adopting waits for the reasons below the line (they arrive after the plan): the button
    // is off until then, however slow the machine.
    QTRY_VERIFY_WITH_TIMEOUT(adopt->isEnabled(), 60000);
    QVERIFY(!view.controller()->reasonsPending());
    QTest::mouseClick(adopt, Qt::LeftButton);
    QCOMPARE(doc.undoStack()->count(), 1);
    for (int id : view.controller()->plan().selected)
        QCOMPARE(doc.workshop().candidate(id)->decision, Decision::Commit);
    const Candidate *c28 = doc.workshop().candidateByKey(QStringLiteral("C-28"));
    QCOMPARE(c28->decision, Decision::Defer);
    QVERIFY(c28->rationale.startsWith(QStringLiteral("Below the cut line: ")));
    // Decisions already taken are kept.
    QCOMPARE(doc.workshop().candidateByKey(QStringLiteral("C-27"))->decision, Decision::Drop);
    doc.undoStack()->undo();
    QCOMPARE(doc.workshop(), before);
}

void TestPlanView::infeasibleIsExplained()
{
    WorkshopDocument doc;
    Workshop w = sampleWorkshop();
    w.capacity = 5;
    doc.reset(w, {});
    PlanView view(&doc);
    QTRY_VERIFY(view.controller()->isCurrent());
    QVERIFY(!view.controller()->plan().feasible);
    QVERIFY(view.controller()->plan().infeasibility.startsWith(
        QStringLiteral("Mandatory and committed work alone needs")));
    QVERIFY(!view.findChild<QPushButton *>()->isEnabled());
}

// Reasons wrap, so a row's height depends on its column's width: it must be right the first
// time the view is shown (rows were ~120 px tall until the first edit).
void TestPlanView::rowsFitOnFirstDisplay()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    for (const QSize size : {QSize(1280, 800), QSize(1366, 768), QSize(1920, 1080)}) {
        PlanView view(&doc);
        view.resize(size);
        QTRY_VERIFY(view.controller()->isCurrent());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.table();
        const QAbstractItemView *items = table;
        const int line = table->fontMetrics().lineSpacing();
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            QVERIFY(table->rowHeight(row) >= items->sizeHintForRow(row));
            // The view measures the title and the reason only: no other cell is taller.
            for (int column = 0; column < PlanModel::ColumnCount; ++column) {
                QStyleOptionViewItem option;
                option.initFrom(table);
                option.features |= QStyleOptionViewItem::WrapText;
                option.rect = QRect(0, 0, table->columnWidth(column), 1);
                const QModelIndex cell = view.model()->index(row, column);
                QVERIFY(table->rowHeight(row) >=
                        table->itemDelegate()->sizeHint(option, cell).height());
            }
            QVERIFY(table->rowHeight(row) <=
                    std::max(items->sizeHintForRow(row),
                             table->verticalHeader()->sectionSizeHint(row)));
            // At most three lines of reason (and the cut line's gap) at these widths.
            QVERIFY2(table->rowHeight(row) <= 5 * line, qPrintable(QString::number(row)));
        }
        // Most of the plan is on screen.
        QVERIFY(table->rowAt(table->viewport()->height() - 1) >= 10 ||
                table->rowAt(table->viewport()->height() - 1) == -1);
    }
}

void TestPlanView::cutLineSitsBetweenRows()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    PlanView view(&doc);
    view.resize(1280, 800);
    QTRY_VERIFY(view.controller()->isCurrent());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    const int cut = view.model()->cutRow();
    const QModelIndex first = view.model()->index(cut, PlanModel::Title);
    // The row under the line reserves a gap for it, above its text.
    QStyleOptionViewItem option;
    option.initFrom(table);
    const QStyledItemDelegate plain;
    const int gap = table->itemDelegate()->sizeHint(option, first).height() -
                    plain.sizeHint(option, first).height();
    QCOMPARE(gap, option.fontMetrics.height());
    // The red line is painted in the gap; the row's text below it has no red.
    const QImage image = table->viewport()->grab().toImage();
    const QRect rect = table->visualRect(first);
    const auto redIn = [&image](int top, int bottom, int left, int right) {
        for (int y = top; y < bottom; ++y)
            for (int x = left; x < right; ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 150 && c.green() < 90 && c.blue() < 90)
                    return true;
            }
        return false;
    };
    const qreal dpr = image.devicePixelRatio();
    const auto px = [dpr](int v) {
        return int(v * dpr);
    };
    QVERIFY(redIn(px(rect.top()), px(rect.top() + gap), px(rect.left()), px(rect.right())));
    QVERIFY(!redIn(px(rect.top() + gap + 1), px(rect.bottom()), px(rect.left()), px(rect.right())));
}

// Issue 14: every "no" reason gains its margin once the odds know them, and loses it at the
// next edit until they know the new plan's.
void TestPlanView::reasonsGainTheirMargins()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    PlanView view(&doc);
    auto *odds = view.findChild<OddsPanel *>()->controller();
    QTRY_VERIFY(view.controller()->isCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(odds->odds().marginsDone && !odds->isComputing(), 60000);
    auto *model = view.findChild<PlanModel *>();
    const Workshop &w = doc.workshop();
    int gained = 0;
    for (int row = model->cutRow(); row < model->rowCount(); ++row) {
        const QString key = model->index(row, PlanModel::Key).data().toString();
        const Candidate *c = w.candidateByKey(key);
        const QString reason = model->index(row, PlanModel::Reason).data().toString();
        if (isLeftOut(c->decision)) {
            QVERIFY2(!reason.contains(QLatin1Char('\n')), qPrintable(reason));
            continue;
        }
        QVERIFY2(reason.contains(QLatin1String("\nwould enter if")) ||
                     reason.contains(QLatin1String("brings it in")),
                 qPrintable(key + QStringLiteral(": ") + reason));
        ++gained;
    }
    QVERIFY(gained > 0);
    // An edit: the margins go at once, until the odds of the new estimates are known.
    const int id = w.candidateByKey(QStringLiteral("C-28"))->id;
    QVERIFY(doc.editField(id, Field::Effort, w.candidate(id)->effort + 1));
    QVERIFY(odds->isComputing());
    const auto anyMargin = [&] {
        for (int row = model->cutRow(); row < model->rowCount(); ++row)
            if (model->index(row, PlanModel::Reason).data().toString().contains(u'\n'))
                return true;
        return false;
    };
    QVERIFY(!anyMargin());
    QTRY_VERIFY(view.controller()->isCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(odds->odds().marginsDone && !odds->isComputing(), 60000);
    QVERIFY(anyMargin());
}

// Reasons arrive one by one from the worker; the views hear of those that come close together
// in one change (the table measures every row's height on each), while the model answers with
// each new reason at once.
void TestPlanView::reasonsArriveTogether()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    PlanModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Plan plan = makePlan(doc.workshop());
    QVERIFY(plan.excluded.size() >= 5);
    model.setPlan(plan);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<int> rows;
    for (int k = 0; k < 5; ++k) {
        Exclusion e = plan.excluded[k * 3 % plan.excluded.size()];
        e.reason = QStringLiteral("new reason %1").arg(k);
        model.updateReason(e);
        for (int row = model.cutRow(); row < model.rowCount(); ++row)
            if (model.index(row, 0).data(PlanModel::CandidateIdRole).toInt() == e.id) {
                QCOMPARE(model.index(row, PlanModel::Reason).data().toString(), e.reason);
                rows.append(row);
            }
    }
    QCOMPARE(rows.size(), 5);
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);
    const auto [from, to] = std::minmax_element(rows.begin(), rows.end());
    const auto topLeft = changed[0][0].value<QModelIndex>();
    const auto bottomRight = changed[0][1].value<QModelIndex>();
    QCOMPARE(topLeft.row(), *from);
    QCOMPARE(bottomRight.row(), *to);
    QCOMPARE(topLeft.column(), int(PlanModel::Reason));
    QCOMPARE(bottomRight.column(), int(PlanModel::Reason));
    // The same reason again changes nothing.
    Exclusion same = plan.excluded[0];
    same.reason = QStringLiteral("new reason 0");
    model.updateReason(same);
    QTest::qWait(250);
    QCOMPARE(changed.count(), 1);
}

// The ranking can stay as it was after an edit (a little less effort for a candidate in the
// plan): the rows stay, and what each has used follows the new effort.
void TestPlanView::usedFollowsAnEditThatKeepsTheRanking()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    PlanView view(&doc);
    QTRY_VERIFY(view.controller()->isCurrent());
    const PlanModel *model = view.model();
    const QStringList before = keysOf(model, model->rowCount());
    QVERIFY(model->cutRow() > 1);
    // The densest candidate in the plan gets denser: still first, the rest unchanged.
    const QString firstKey = model->index(0, PlanModel::Key).data().toString();
    const int id = doc.workshop().candidateByKey(firstKey)->id;
    const double effort = doc.workshop().candidate(id)->effort;
    QVERIFY(doc.editField(id, Field::EffortLow, QVariant()));
    QVERIFY(doc.editField(id, Field::Effort, effort - 0.25));
    QTRY_VERIFY(view.controller()->isCurrent());
    QCOMPARE(keysOf(model, model->rowCount()), before); // the case under test: rows kept
    double used = 0;
    for (int row = 0; row < model->cutRow(); ++row) {
        const QString key = model->index(row, PlanModel::Key).data().toString();
        used += doc.workshop().candidateByKey(key)->effort;
        QCOMPARE(model->index(row, PlanModel::Used).data().toString(), formatNumber(used));
    }
}

// Qt paints large areas with its global thread pool: the solver and the sampler have threads of
// their own, so painting never waits for a solve (it waited a second per edit of a
// 400-candidate workshop) and a busy global pool never holds up the plan.
void TestPlanView::workersDoNotNeedQtsPool()
{
    QThreadPool *global = QThreadPool::globalInstance();
    QSemaphore release;
    const int busy = global->maxThreadCount();
    for (int k = 0; k < busy; ++k)
        global->start([&release] { release.acquire(); });
    const auto freed = qScopeGuard([&] { // also when a check fails: the pool is waited for at exit
        release.release(busy);
        global->waitForDone(5000);
    });
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    PlanView view(&doc);
    auto *odds = view.findChild<OddsPanel *>()->controller();
    QTRY_VERIFY(view.controller()->isCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(!view.controller()->reasonsPending(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(odds->odds().marginsDone && !odds->isComputing(), 60000);
    QCOMPARE(global->activeThreadCount(), busy); // still held: nothing above needed them
}

// An edit that reorders the plan keeps the candidate selected, so the decide buttons still
// act on it.
void TestPlanView::selectionSurvivesANewRanking()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    PlanView view(&doc);
    QTRY_VERIFY(view.controller()->isCurrent());
    const PlanModel *model = view.model();
    const int row = model->cutRow() + 2; // below the line
    const int id = model->index(row, 0).data(PlanModel::CandidateIdRole).toInt();
    const auto selectedId = [&view] {
        const QModelIndexList rows = view.table()->selectionModel()->selectedRows();
        return rows.isEmpty() ? 0 : rows.first().data(PlanModel::CandidateIdRole).toInt();
    };
    view.table()->selectRow(row);
    QCOMPARE(selectedId(), id);
    // Cheap and valuable: it moves above the line, the rows are ranked anew.
    QVERIFY(doc.editField(id, Field::EffortLow, QVariant()));
    QVERIFY(doc.editField(id, Field::Effort, 0.5));
    QVERIFY(doc.editField(id, Field::Impact, 10.0));
    QTRY_VERIFY(view.controller()->isCurrent());
    QTRY_VERIFY(view.controller()->plan().selected.contains(id));
    QCOMPARE(selectedId(), id);
    const QModelIndexList rows = view.table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().row() < model->cutRow());
    const auto buttons = view.findChildren<QToolButton *>();
    QVERIFY(!buttons.isEmpty());
    for (const QToolButton *button : buttons)
        QVERIFY(button->isEnabled());
}

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
