// Tests the model's validation: every refusal, and that its message names candidate, field, value.
#include "core/check/workshopcheck.h"
#include "core/model/field.h"
#include "core/model/kindprofile.h"
#include "core/model/validation.h"
#include "tests/common/fixtures.h"

#include <QtTest>

#include <limits>

using namespace cutline;

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesBadValues_data();
    void refusesBadValues();
    void acceptsGoodValues_data();
    void acceptsGoodValues();
    void threePointOrder();
    void duplicateKeys();
    void unknownAndSelfLinks();
    void duplicateLinks();
    void cycleIsNamed();
    void newLinkRefusals();
    void capacity();
    void fieldRoundTrip();
    void nextKeySkipsUsedKeys();
    void missingWhyDependsOnKind();
    void checkFindsContradictions();
    void linksCompareAsSet();
    void linkedKeysInWorkshopOrder();
};

void TestModel::refusesBadValues_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("effort nan") << Field::Effort << QVariant(nan)
                                << "C-3: effort is not a number (nan).";
    QTest::newRow("effort inf") << Field::Effort << QVariant(inf)
                                << "C-3: effort must be finite, not inf.";
    QTest::newRow("effort negative")
        << Field::Effort << QVariant(-2.0) << "C-3: effort -2 is negative; it must be 0 or more.";
    QTest::newRow("effort text") << Field::Effort << QVariant("lots")
                                 << "C-3: effort \"lots\" is not a number.";
    QTest::newRow("effort missing") << Field::Effort << QVariant() << "C-3: effort is missing.";
    QTest::newRow("impact above") << Field::Impact << QVariant(12.0)
                                  << "C-3: impact 12 is outside 0–10.";
    QTest::newRow("impact below") << Field::Impact << QVariant(-0.5)
                                  << "C-3: impact -0.5 is outside 0–10.";
    QTest::newRow("impact -inf") << Field::Impact << QVariant(-inf)
                                 << "C-3: impact must be finite, not -inf.";
    QTest::newRow("confidence above")
        << Field::Confidence << QVariant(101.0) << "C-3: confidence 101 is outside 0–100.";
    QTest::newRow("confidence nan")
        << Field::Confidence << QVariant(nan) << "C-3: confidence is not a number (nan).";
    QTest::newRow("risk zero") << Field::Risk << QVariant(0) << "C-3: risk 0 is outside 1–5.";
    QTest::newRow("risk six") << Field::Risk << QVariant(6) << "C-3: risk 6 is outside 1–5.";
    QTest::newRow("risk fraction")
        << Field::Risk << QVariant(2.5) << "C-3: risk 2.5 must be a whole number from 1 to 5.";
    QTest::newRow("reach negative")
        << Field::Reach << QVariant(-1.0) << "C-3: reach -1 is negative; it must be 0 or more.";
    QTest::newRow("time criticality")
        << Field::TimeCriticality << QVariant(11.0) << "C-3: time criticality 11 is outside 0–10.";
    QTest::newRow("low effort negative") << Field::EffortLow << QVariant(-1.0)
                                         << "C-3: low effort -1 is negative; it must be 0 or more.";
    QTest::newRow("key empty") << Field::Key << QVariant("  ") << "C-3: the key is empty.";
    QTest::newRow("key semicolon")
        << Field::Key << QVariant("C;4")
        << "C-3: key \"C;4\" may not contain spaces at its ends, ';', ',' or line breaks.";
    QTest::newRow("title empty") << Field::Title << QVariant("") << "C-3: the title is empty.";
    QTest::newRow("kind unknown") << Field::Kind << QVariant("marketing")
                                  << "C-3: kind \"marketing\" is not one of product, platform, "
                                     "compliance, research, stabilization.";
    QTest::newRow("decision unknown")
        << Field::Decision << QVariant("maybe")
        << "C-3: decision \"maybe\" is not one of undecided, commit, defer, drop.";
    QTest::newRow("review date") << Field::ReviewDate << QVariant("2027-13-45")
                                 << "C-3: review date \"2027-13-45\" is not a date (use "
                                    "YYYY-MM-DD).";
}

void TestModel::refusesBadValues()
{
    QFETCH(Field, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    Candidate c;
    c.key = QStringLiteral("C-3");
    c.effort = 4;
    const auto problem = checkFieldValue(c, field, value);
    QVERIFY2(problem.has_value(), "the value was accepted");
    QCOMPARE(*problem, message);

    // The same value reaches validateWorkshop when it is already in a workshop.
    if (field == Field::Key || field == Field::Kind || field == Field::Decision ||
        !value.isValid() || value.typeId() == QMetaType::QString)
        return;
    Workshop w;
    setFieldValue(c, field, value);
    c.id = 1;
    w.candidates.append(c);
    if (field != Field::Risk) // risk is stored as int, so 2.5 cannot even reach the model
        QVERIFY(validateWorkshop(w).contains(message));
}

void TestModel::acceptsGoodValues_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("impact 0") << Field::Impact << QVariant(0.0);
    QTest::newRow("impact 10") << Field::Impact << QVariant(10.0);
    QTest::newRow("confidence 100") << Field::Confidence << QVariant(100.0);
    QTest::newRow("effort 0") << Field::Effort << QVariant(0.0);
    QTest::newRow("reach big") << Field::Reach << QVariant(1e6);
    QTest::newRow("risk 5") << Field::Risk << QVariant(5);
    QTest::newRow("low unset") << Field::EffortLow << QVariant();
    QTest::newRow("date unset") << Field::ReviewDate << QVariant(QDate());
    QTest::newRow("date") << Field::ReviewDate << QVariant(QDate(2027, 3, 31));
    QTest::newRow("kind") << Field::Kind << QVariant("Research");
    QTest::newRow("decision") << Field::Decision << QVariant("dropped");
}

void TestModel::acceptsGoodValues()
{
    QFETCH(Field, field);
    QFETCH(QVariant, value);
    Candidate c;
    c.key = QStringLiteral("C-1");
    c.effort = 4;
    const auto problem = checkFieldValue(c, field, value);
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
}

void TestModel::threePointOrder()
{
    Candidate c;
    c.key = QStringLiteral("C-2");
    c.effort = 5;
    QCOMPARE(*checkFieldValue(c, Field::EffortLow, 6.0),
             QStringLiteral("C-2: low effort 6 is above the likely effort 5."));
    QCOMPARE(*checkFieldValue(c, Field::EffortHigh, 4.0),
             QStringLiteral("C-2: high effort 4 is below the likely effort 5."));
    c.effortLow = 3;
    c.effortHigh = 8;
    QCOMPARE(*checkFieldValue(c, Field::Effort, 2.0),
             QStringLiteral("C-2: effort 2 is below its low estimate 3."));
    QCOMPARE(*checkFieldValue(c, Field::Effort, 9.0),
             QStringLiteral("C-2: effort 9 is above its high estimate 8."));
    QVERIFY(!checkFieldValue(c, Field::Effort, 8.0));
}

void TestModel::duplicateKeys()
{
    Workshop w = test::fullWorkshop(3);
    w.candidates[2].key = QStringLiteral("c-1"); // keys compare case-insensitively
    QVERIFY(validateWorkshop(w).contains(
        QStringLiteral("c-1: the key is used by more than one candidate.")));
}

void TestModel::unknownAndSelfLinks()
{
    Workshop w = test::fullWorkshop(3);
    w.dependencies = {{1, 99, LinkType::Requires}, {2, 2, LinkType::Excludes}};
    const QStringList problems = validateWorkshop(w);
    QVERIFY2(problems.contains(
                 QStringLiteral("A requires-link points to candidate #99, which does not exist.")),
             qPrintable(problems.join('\n')));
    QVERIFY(problems.contains(QStringLiteral("C-2: a candidate cannot exclude itself.")));
}

void TestModel::duplicateLinks()
{
    Workshop w = test::fullWorkshop(3);
    w.dependencies = {{1, 2, LinkType::Excludes}, {2, 1, LinkType::Excludes}};
    QCOMPARE(validateWorkshop(w), QStringList{QStringLiteral("C-2 excludes C-1 is listed twice.")});
}

void TestModel::linkedKeysInWorkshopOrder()
{
    // The planner's reasons name the first missing prerequisite in workshop order, so the
    // order matters, whatever order the links were listed in; excludes reads from both ends.
    Workshop w = test::fullWorkshop(6);
    w.dependencies = {{2, 5, LinkType::Requires},
                      {2, 1, LinkType::Requires},
                      {2, 4, LinkType::Requires},
                      {6, 2, LinkType::Excludes},
                      {2, 3, LinkType::Excludes}};
    QCOMPARE(w.linkedKeys(2, LinkType::Requires),
             (QStringList{QStringLiteral("C-1"), QStringLiteral("C-4"), QStringLiteral("C-5")}));
    QCOMPARE(w.linkedKeys(2, LinkType::Excludes),
             (QStringList{QStringLiteral("C-3"), QStringLiteral("C-6")}));
    QCOMPARE(w.linkedKeys(6, LinkType::Excludes), QStringList{QStringLiteral("C-2")});
    // Requires reads one way only: C-2 requires C-5, not the other way round.
    QVERIFY(w.linkedKeys(5, LinkType::Requires).isEmpty());
}

void TestModel::cycleIsNamed()
{
    Workshop w = test::fullWorkshop(8);
    w.dependencies = {{3, 7, LinkType::Requires}, {7, 3, LinkType::Requires}};
    QCOMPARE(validateWorkshop(w),
             QStringList{QStringLiteral("Requires-links form a cycle: C-3 → C-7 → C-3.")});
    // Excludes-links never form a requires-cycle.
    w.dependencies = {{3, 7, LinkType::Excludes}, {7, 4, LinkType::Requires}};
    QVERIFY(validateWorkshop(w).isEmpty());
}

void TestModel::newLinkRefusals()
{
    Workshop w = test::fullWorkshop(8);
    w.dependencies = {{3, 7, LinkType::Requires}, {7, 5, LinkType::Requires}};
    QCOMPARE(*checkNewLink(w, {5, 3, LinkType::Requires}),
             QStringLiteral("C-5 cannot require C-3: that would close the cycle "
                            "C-5 → C-3 → C-7 → C-5."));
    QCOMPARE(*checkNewLink(w, {4, 4, LinkType::Requires}),
             QStringLiteral("C-4 cannot require itself."));
    QCOMPARE(*checkNewLink(w, {3, 7, LinkType::Requires}),
             QStringLiteral("C-3 already requires C-7."));
    QCOMPARE(*checkNewLink(w, {1, 42, LinkType::Excludes}),
             QStringLiteral("The link names a candidate that does not exist."));
    QVERIFY(!checkNewLink(w, {5, 3, LinkType::Excludes})); // alternatives make no cycle
    QVERIFY(!checkNewLink(w, {3, 5, LinkType::Requires}));
}

void TestModel::capacity()
{
    QCOMPARE(*checkCapacity(-1),
             QStringLiteral("The capacity -1 is negative; it must be 0 or more."));
    QCOMPARE(*checkCapacity(std::numeric_limits<double>::quiet_NaN()),
             QStringLiteral("The capacity is not a number (nan)."));
    QVERIFY(!checkCapacity(0));
}

void TestModel::fieldRoundTrip()
{
    const Workshop w = test::fullWorkshop(6);
    for (const Candidate &original : w.candidates) {
        Candidate copy;
        for (Field f : allFields())
            setFieldValue(copy, f, fieldValue(original, f));
        copy.id = original.id;
        QCOMPARE(copy, original);
    }
    for (Field f : allFields())
        QCOMPARE(fieldFromId(fieldId(f)), std::optional<Field>(f));
}

void TestModel::nextKeySkipsUsedKeys()
{
    Workshop w;
    QCOMPARE(w.nextKey(), QStringLiteral("C-1"));
    w.candidates = {Candidate{}, Candidate{}};
    w.candidates[0].id = 1;
    w.candidates[0].key = QStringLiteral("C-9");
    w.candidates[1].id = 5;
    w.candidates[1].key = QStringLiteral("Tax");
    QCOMPARE(w.nextKey(), QStringLiteral("C-10"));
    QCOMPARE(w.nextId(), 6);
}

void TestModel::missingWhyDependsOnKind()
{
    Candidate c;
    c.kind = Kind::Platform;
    QCOMPARE(missingWhy(c).size(), 2); // internal users and adoption measure
    c.beneficiary = QStringLiteral("Payments team");
    c.metric = QStringLiteral("3 services on the new queue");
    QVERIFY(missingWhy(c).isEmpty());
    c.kind = Kind::Compliance;
    QCOMPARE(missingWhy(c).size(), 2); // the rule and its deadline
    QCOMPARE(missingWhy(c).first().label, QStringLiteral("Rule"));
    c.kind = Kind::Product;
    QCOMPARE(missingWhy(c).size(), 3); // problem, outcome, cost of not doing it
    QVERIFY(mandatoryByDefault(Kind::Compliance));
    QVERIFY(!mandatoryByDefault(Kind::Research));
}

void TestModel::checkFindsContradictions()
{
    Workshop w = test::fullWorkshop(4);
    for (Candidate &c : w.candidates)
        c.decision = Decision::Commit;
    w.candidates[1].decision = Decision::Drop;
    w.candidates[1].mandatory = true;
    w.dependencies = {{1, 2, LinkType::Requires}, {3, 4, LinkType::Excludes}};
    QStringList messages;
    for (const Finding &f : checkWorkshop(w))
        messages.append(f.message);
    QVERIFY(messages.contains(QStringLiteral("C-2 is mandatory but was dropped.")));
    QVERIFY(
        messages.contains(QStringLiteral("C-1 is committed but requires C-2, which was dropped.")));
    QVERIFY(
        messages.contains(QStringLiteral("C-3 and C-4 are alternatives, but both are committed.")));
}

void TestModel::linksCompareAsSet()
{
    Workshop a = test::fullWorkshop(3);
    Workshop b = a;
    b.dependencies = {{1, 3, LinkType::Excludes}};
    a.dependencies = {{3, 1, LinkType::Excludes}};
    QCOMPARE(a, b);
    b.dependencies = {{1, 3, LinkType::Requires}};
    a.dependencies = {{3, 1, LinkType::Requires}};
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
