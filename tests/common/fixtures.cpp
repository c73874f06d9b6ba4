#include "tests/common/fixtures.h"

#include <QFile>

namespace cutline::test {

Candidate plainCandidate(int id, double effort, double value)
{
    Candidate c;
    c.id = id;
    c.key = QStringLiteral("C-%1").arg(id);
    c.title = c.key;
    c.effort = effort;
    c.impact = value;
    c.reach = 1;
    c.confidence = 100;
    return c;
}

Candidate rangedCandidate(int id, double effort, double low, double high, double value)
{
    Candidate c;
    c.id = id;
    c.key = QStringLiteral("C-%1").arg(id);
    c.title = c.key;
    c.effort = effort;
    if (low > 0) {
        c.effortLow = low;
        c.effortHigh = high;
    }
    c.impact = 10;
    c.reach = value / 10;
    return c;
}

Workshop fullWorkshop(int count)
{
    Workshop w;
    w.title = QStringLiteral("Invoicing Q1 planning");
    w.objective = QStringLiteral("Cut days-sales-outstanding, ship e-invoicing");
    w.horizon = QStringLiteral("2027 Q1");
    w.date = QDate(2026, 12, 3);
    w.facilitator = QStringLiteral("Ana Ruiz");
    w.decider = QStringLiteral("Jon Park");
    w.participants = {QStringLiteral("Ana Ruiz"), QStringLiteral("Jon Park"),
                      QStringLiteral("Émile Dubois")};
    w.goals = {{QStringLiteral("Faster payment"), QStringLiteral("DSO"), QStringLiteral("-5 days")},
               {QStringLiteral("Activation"), QStringLiteral("activated accounts"),
                QStringLiteral("+10 %")}};
    w.capacity = 42.5;
    w.capacityUnit = QStringLiteral("person-weeks");
    w.notes = QStringLiteral("Line one\nline two, with \"quotes\"");
    // The fewest samples the odds take: these workshops test files, tables and pages, and the
    // record's odds of 200 linked candidates would otherwise cost seconds per record.
    w.odds.samples = kMinOddsSamples;
    const QList<Kind> kinds = allKinds();
    const QList<Decision> decisions = allDecisions();
    for (int i = 0; i < count; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.title = QStringLiteral("Candidate %1, \"quoted\"").arg(i + 1);
        c.description = QStringLiteral("Multi-line\ndescription %1 — ünïcode").arg(i + 1);
        c.kind = kinds[i % kinds.size()];
        c.problem = QStringLiteral("Problem %1").arg(i + 1);
        c.beneficiary = QStringLiteral("Finance teams");
        c.metric = QStringLiteral("conversion");
        c.outcome = QStringLiteral("+2 % paid on time");
        c.ifNotDone = QStringLiteral("Churn, fines");
        c.effort = 1.5 + i;
        if (i % 2 == 0) {
            c.effortLow = 1.0 + i;
            c.effortHigh = 3.25 + i;
        }
        c.impact = (i * 3) % 11;
        c.confidence = 50 + (i * 7) % 51;
        c.reach = 0.5 * (i + 1);
        c.risk = 1 + i % 5;
        c.timeCriticality = (i * 2) % 11;
        c.mandatory = c.kind == Kind::Compliance;
        c.decision = decisions[i % decisions.size()];
        c.rationale = QStringLiteral("Because %1").arg(i);
        c.owner = QStringLiteral("Owner %1").arg(i);
        c.successMetric = QStringLiteral("DSO below 40");
        c.reviewDate = i % 3 == 0 ? QDate() : QDate(2027, 4, 1 + i % 28);
        c.tags =
            i % 2 ? QStringList{QStringLiteral("billing"), QStringLiteral("q1")} : QStringList{};
        w.candidates.append(c);
    }
    for (int i = 1; i < count; ++i)
        w.dependencies.append({i + 1, i, i % 3 == 0 ? LinkType::Excludes : LinkType::Requires});
    return w;
}

Workshop oddsWorkshop()
{
    Workshop w;
    w.title = QStringLiteral("small");
    w.capacity = 14;
    // Values without common sums, so no two plans tie.
    w.candidates = {rangedCandidate(1, 3, 2, 5, 9.13),   rangedCandidate(2, 4, 3, 7, 10.27),
                    rangedCandidate(3, 2, 1, 4, 5.71),   rangedCandidate(4, 5, 4, 8, 12.39),
                    rangedCandidate(5, 1, 0.5, 2, 2.05), rangedCandidate(6, 3, 2, 6, 8.61),
                    rangedCandidate(7, 2, 0, 0, 4.37),   rangedCandidate(8, 4, 3, 6, 7.53)};
    w.candidates[4].mandatory = true;
    w.candidates[7].decision = Decision::Drop;
    w.candidates[1].valueLow = 6;
    w.candidates[1].valueHigh = 14;
    w.dependencies = {
        {2, 3, LinkType::Requires}, {4, 6, LinkType::Excludes}, {6, 5, LinkType::Requires}};
    return w;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace cutline::test
