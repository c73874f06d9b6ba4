// Tests the candidate table model: Qt's model rules, editing through the document, refusals.
#include "tests/common/fixtures.h"
#include "ui/document/workshopdocument.h"
#include "ui/table/candidatecolumnsizer.h"
#include "ui/table/candidatetablemodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>
#include <QUndoStack>

using namespace cutline;

class TestCandidateTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTesterThroughEdits();
    void editsGoThroughUndo();
    void refusesInvalidValues();
    void showsMissingWhy();
    void sortsKeysNaturally();
    void readOnlyIsNotEditable();
    void titleTakesTheFreeWidth();
    void scoresFollowEdits();
};

void TestCandidateTableModel::passesModelTesterThroughEdits()
{
    WorkshopDocument doc;
    CandidateTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    doc.reset(test::fullWorkshop(10), {});
    QCOMPARE(model.rowCount(), 10);
    const int id = doc.addCandidate();
    QCOMPARE(model.rowCount(), 11);
    doc.duplicateCandidate(id);
    doc.removeCandidates({2, 3});
    doc.editField(1, Field::Title, QStringLiteral("Renamed"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 10);
    doc.reset(Workshop{}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestCandidateTableModel::editsGoThroughUndo()
{
    WorkshopDocument doc;
    doc.reset(test::fullWorkshop(4), {});
    CandidateTableModel model(&doc);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex impact = model.index(1, CandidateTableModel::Impact);
    QVERIFY(model.setData(impact, 7.5));
    QCOMPARE(impact.data(Qt::EditRole).toDouble(), 7.5);
    QCOMPARE(impact.data().toString(), QStringLiteral("7.5"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.setData(model.index(1, CandidateTableModel::Decision), QStringLiteral("defer")));
    QCOMPARE(model.index(1, CandidateTableModel::Decision).data().toString(),
             QStringLiteral("Defer"));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.workshop(), test::fullWorkshop(4));
}

void TestCandidateTableModel::refusesInvalidValues()
{
    WorkshopDocument doc;
    doc.reset(test::fullWorkshop(4), {});
    CandidateTableModel model(&doc);
    QSignalSpy refused(&doc, &WorkshopDocument::editRefused);
    QVERIFY(!model.setData(model.index(0, CandidateTableModel::Impact), 10.5));
    QVERIFY(!model.setData(model.index(0, CandidateTableModel::Risk), 0));
    QVERIFY(!model.setData(model.index(0, CandidateTableModel::Confidence), -5.0));
    QVERIFY(!model.setData(model.index(0, CandidateTableModel::Why), QStringLiteral("x")));
    QCOMPARE(refused.count(), 3);
    QCOMPARE(refused.at(0).first().toString(), QStringLiteral("C-1: impact 10.5 is outside 0–10."));
    QCOMPARE(refused.at(1).first().toString(), QStringLiteral("C-1: risk 0 is outside 1–5."));
    QCOMPARE(refused.at(2).first().toString(),
             QStringLiteral("C-1: confidence -5 is outside 0–100."));
    QCOMPARE(doc.workshop(), test::fullWorkshop(4));
}

void TestCandidateTableModel::showsMissingWhy()
{
    WorkshopDocument doc;
    Workshop w = test::fullWorkshop(2);
    w.candidates[0].problem.clear();
    w.candidates[0].outcome.clear();
    doc.reset(w, {});
    CandidateTableModel model(&doc);
    QCOMPARE(
        model.index(0, CandidateTableModel::Why).data(CandidateTableModel::MissingWhyRole).toInt(),
        2);
    QVERIFY(model.index(0, CandidateTableModel::Why).data().toString().contains("2"));
    QVERIFY(model.index(0, CandidateTableModel::Why)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Problem, Expected outcome")));
    QVERIFY(model.index(1, CandidateTableModel::Why).data().toString().isEmpty());
    // Filling the why clears the badge.
    doc.editField(1, Field::Problem, QStringLiteral("Late payments"));
    doc.editField(1, Field::Outcome, QStringLiteral("-5 days DSO"));
    QCOMPARE(
        model.index(0, CandidateTableModel::Why).data(CandidateTableModel::MissingWhyRole).toInt(),
        0);
}

void TestCandidateTableModel::sortsKeysNaturally()
{
    WorkshopDocument doc;
    doc.reset(test::fullWorkshop(12), {});
    CandidateTableModel model(&doc);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CandidateTableModel::SortRole);
    proxy.sort(CandidateTableModel::Key);
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("C-2"));
    QCOMPARE(proxy.index(11, 0).data().toString(), QStringLiteral("C-12"));
    proxy.sort(CandidateTableModel::Effort, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("C-12"));
}

void TestCandidateTableModel::readOnlyIsNotEditable()
{
    WorkshopDocument doc;
    doc.reset(test::fullWorkshop(2), {});
    CandidateTableModel model(&doc);
    QVERIFY(model.flags(model.index(0, CandidateTableModel::Title)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, CandidateTableModel::Why)) & Qt::ItemIsEditable));
    doc.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, CandidateTableModel::Title)) & Qt::ItemIsEditable));
}

// The window's default 1280×800 leaves the table about 700 px; 1366×768 about 800 px.
void TestCandidateTableModel::titleTakesTheFreeWidth()
{
    WorkshopDocument doc;
    doc.reset(test::fullWorkshop(12), {});
    CandidateTableModel model(&doc);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView table;
    table.setModel(&proxy);
    auto *sizer = new CandidateColumnSizer(&table);
    QHeaderView *header = table.horizontalHeader();
    const QAbstractItemView *view = &table;
    const int title = CandidateTableModel::Title;
    for (const int width : {700, 800, 1600}) {
        table.resize(width, 500);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(header->sectionSize(title) >= sizer->minimumTitleWidth());
        QVERIFY(sizer->minimumTitleWidth() >= table.fontMetrics().averageCharWidth() * 28);
        int others = 0;
        for (int column = 0; column < header->count(); ++column)
            if (column != title) {
                others += header->sectionSize(column);
                QCOMPARE(header->sectionResizeMode(column), QHeaderView::Interactive);
                // Sized to contents, not to a long header.
                QVERIFY(header->sectionSize(column) <= view->sizeHintForColumn(column) + 60);
            }
        QCOMPARE(header->sectionSize(title),
                 std::max(table.viewport()->width() - others, sizer->minimumTitleWidth()));
    }
    QCOMPARE(model.headerData(CandidateTableModel::Score, Qt::Horizontal).toString(),
             QStringLiteral("Score"));
    // Narrowing a column gives the title the width.
    const int before = header->sectionSize(title);
    header->resizeSection(CandidateTableModel::Kind,
                          header->sectionSize(CandidateTableModel::Kind) - 20);
    QCOMPARE(header->sectionSize(title), before + 20);
    // The full title is on hover.
    const QModelIndex cell = model.index(0, title);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(cell.data().toString()));
}

// Scores are cached for the whole workshop; every kind of change refreshes them.
void TestCandidateTableModel::scoresFollowEdits()
{
    WorkshopDocument doc;
    Workshop w = test::fullWorkshop(8);
    w.framework = Framework::ValueEffort;
    w.scoreUnlockedValue = true;
    doc.reset(w, {});
    CandidateTableModel model(&doc);
    const auto check = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            const Candidate &c = doc.workshop().candidates[row];
            const Score expected = scoreOf(doc.workshop(), c);
            QCOMPARE(model.index(row, CandidateTableModel::Score).data().toString(),
                     formatScore(expected.value));
            QCOMPARE(model.index(row, CandidateTableModel::Score).data(Qt::ToolTipRole).toString(),
                     expected.formula);
        }
    };
    check();
    const int id = doc.workshop().candidates[2].id;
    QVERIFY(doc.editField(id, Field::Impact, 9.0));
    check();
    const int added = doc.addCandidate(QStringLiteral("New"));
    check();
    QVERIFY(doc.addLink({added, id, LinkType::Requires}));
    check();
    doc.removeCandidates({added});
    check();
    Workshop settings = doc.workshop();
    settings.framework = Framework::Rice;
    QVERIFY(doc.editSettings(settings));
    check();
    doc.undoStack()->undo();
    check();
}

QTEST_MAIN(TestCandidateTableModel)
#include "tst_candidatetablemodel.moc"
