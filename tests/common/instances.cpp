#include "tests/common/instances.h"

#include "core/plan/planner.h"
#include "tests/common/fixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cutline::test {

QString familyName(Family family)
{
    switch (family) {
    case Family::RandomLinks:
        return QStringLiteral("random links");
    case Family::Correlated:
        return QStringLiteral("value ~ effort");
    case Family::NoLinks:
        return QStringLiteral("no links");
    case Family::Chains:
        return QStringLiteral("long chains");
    case Family::Backlog35:
        return QStringLiteral("backlog 35%");
    case Family::Backlog80:
        return QStringLiteral("backlog 80%");
    }
    return {};
}

namespace {

// Like a tracker's backlog: `percent` % of the candidates need 1–3 earlier ones (so no cycle),
// and about one in fifteen is an alternative to another it is not linked with.
void addBacklogLinks(Workshop &w, QRandomGenerator &rng, int percent)
{
    const int n = int(w.candidates.size());
    for (int i = 1; i < n; ++i) {
        if (int(rng.bounded(100)) >= percent)
            continue;
        const int count = 1 + int(rng.bounded(3));
        for (int k = 0; k < count; ++k) {
            const int other = 1 + int(rng.bounded(i));
            if (!w.hasLink(i + 1, other, LinkType::Requires))
                w.dependencies.append({i + 1, other, LinkType::Requires});
        }
    }
    for (int pairs = 0; pairs < n / 15;) {
        const int a = 1 + int(rng.bounded(n)), b = 1 + int(rng.bounded(n));
        if (a == b || w.hasLink(a, b, LinkType::Requires) || w.hasLink(b, a, LinkType::Requires) ||
            w.hasLink(a, b, LinkType::Excludes) || w.hasLink(b, a, LinkType::Excludes))
            continue;
        w.dependencies.append({a, b, LinkType::Excludes});
        ++pairs;
    }
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QRegularExpression(QStringLiteral("\\r?\\n")));
}

QStringList fields(const QString &line)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return line.trimmed().split(space, Qt::SkipEmptyParts);
}

} // namespace

std::optional<Workshop> loadPisinger(const QString &path)
{
    const QStringList lines = readLines(path);
    if (lines.size() < 2)
        return std::nullopt;
    const int n = lines[0].trimmed().toInt();
    Workshop w;
    w.capacity = lines[1].trimmed().toDouble();
    for (int i = 0; i < n && i + 2 < lines.size(); ++i) {
        const QStringList f = fields(lines[i + 2]);
        if (f.size() < 2)
            return std::nullopt;
        w.candidates.append(plainCandidate(i + 1, f[1].toDouble(), f[0].toDouble()));
    }
    return int(w.candidates.size()) == n && n > 0 ? std::optional<Workshop>(w) : std::nullopt;
}

std::optional<Workshop> loadMineLib(const QString &stem)
{
    const QStringList cpit = readLines(stem + QStringLiteral(".cpit"));
    const QStringList upit = readLines(stem + QStringLiteral(".upit"));
    const QStringList prec = readLines(stem + QStringLiteral(".prec"));
    QHash<int, double> effort, value;
    Workshop w;
    QString section;
    for (const QString &line : cpit) {
        const QStringList f = fields(line);
        if (f.size() == 1 && f[0].endsWith(QLatin1Char(':')))
            section = f[0];
        else if (section == QLatin1String("RESOURCE_CONSTRAINT_LIMITS:") && f.size() == 4 &&
                 f[0] == QLatin1String("0") && f[1] == QLatin1String("0"))
            w.capacity = f[3].toDouble();
        else if (section == QLatin1String("RESOURCE_CONSTRAINT_COEFFICIENTS:") && f.size() == 3 &&
                 f[1] == QLatin1String("0"))
            effort.insert(f[0].toInt(), f[2].toDouble());
    }
    for (const QString &line : upit) {
        const QStringList f = fields(line);
        if (f.size() == 2 && !f[0].endsWith(QLatin1Char(':')))
            value.insert(f[0].toInt(), std::max(0.0, f[1].toDouble()));
    }
    if (effort.isEmpty() || w.capacity <= 0)
        return std::nullopt;
    for (int b = 0; b < int(effort.size()); ++b)
        w.candidates.append(plainCandidate(b + 1, effort.value(b), value.value(b)));
    for (const QString &line : prec) {
        const QStringList f = fields(line);
        for (int k = 2; k < f.size() && f.size() >= 2; ++k)
            w.dependencies.append({f[0].toInt() + 1, f[k].toInt() + 1, LinkType::Requires});
    }
    return w;
}

Workshop generateInstance(Family family, int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    Workshop w;
    double totalEffort = 0;
    for (int i = 0; i < n; ++i) {
        Candidate c;
        c.id = i + 1;
        c.key = QStringLiteral("C-%1").arg(i + 1);
        c.title = c.key;
        c.effort = 0.5 * (1 + rng.bounded(40)); // 0.5 … 20
        if (family == Family::Correlated) {
            // Value tracks effort closely: the classic hard case for knapsack bounds.
            c.impact = std::min(10.0, c.effort / 2.0 + 0.5);
            c.confidence = 100;
            c.reach = 1;
        } else {
            c.impact = rng.bounded(11);
            c.confidence = 10 * (1 + rng.bounded(10));
            c.reach = 1 + rng.bounded(5);
        }
        const int roll = rng.bounded(40);
        if (roll == 0)
            c.mandatory = true;
        else if (roll == 1)
            c.decision = Decision::Drop;
        totalEffort += c.effort;
        w.candidates.append(c);
    }
    if (family == Family::Backlog35 || family == Family::Backlog80)
        addBacklogLinks(w, rng, family == Family::Backlog35 ? 35 : 80);
    for (int i = 1; i < n; ++i) {
        const int self = i + 1;
        if (family == Family::RandomLinks) {
            if (rng.bounded(3) == 0)
                w.dependencies.append({self, 1 + int(rng.bounded(i)), LinkType::Requires});
            if (rng.bounded(8) == 0) {
                const int other = 1 + int(rng.bounded(i));
                if (!w.hasLink(self, other, LinkType::Requires))
                    w.dependencies.append({self, other, LinkType::Excludes});
            }
        } else if (family == Family::Chains) {
            if (i % 15 != 0) // chains of 15
                w.dependencies.append({self, self - 1, LinkType::Requires});
        }
    }
    w.capacity = std::round(totalEffort * 0.4);
    return w;
}

QString toLp(const Workshop &w, double capacity)
{
    // CBC's LP reader limits line length: a few terms per line.
    const auto term = [](double coefficient, int id, int index) {
        return QStringLiteral("%1 + %2 x%3")
            .arg(index % 6 == 5 ? QStringLiteral("\n  ") : QString())
            .arg(coefficient, 0, 'g', 17)
            .arg(id);
    };
    QString lp = QStringLiteral("Maximize\n obj:");
    for (int i = 0; i < w.candidates.size(); ++i)
        lp += term(planValue(w.candidates[i]), w.candidates[i].id, i);
    lp += QStringLiteral("\nSubject To\n cap:");
    for (int i = 0; i < w.candidates.size(); ++i)
        lp += term(w.candidates[i].effort, w.candidates[i].id, i);
    lp += QStringLiteral(" <= %1\n").arg(capacity, 0, 'g', 17);
    int row = 0;
    for (const Dependency &d : w.dependencies) {
        if (d.type == LinkType::Requires)
            lp += QStringLiteral(" r%1: x%2 - x%3 <= 0\n").arg(++row).arg(d.from).arg(d.to);
        else
            lp += QStringLiteral(" e%1: x%2 + x%3 <= 1\n").arg(++row).arg(d.from).arg(d.to);
    }
    lp += QStringLiteral("Bounds\n");
    for (const Candidate &c : w.candidates) {
        if (c.mandatory || c.decision == Decision::Commit)
            lp += QStringLiteral(" x%1 = 1\n").arg(c.id);
        else if (c.decision == Decision::Drop || c.decision == Decision::Defer)
            lp += QStringLiteral(" x%1 = 0\n").arg(c.id);
    }
    lp += QStringLiteral("Binaries\n");
    for (const Candidate &c : w.candidates)
        lp += QStringLiteral(" x%1\n").arg(c.id);
    return lp + QStringLiteral("End\n");
}

std::optional<CbcResult> solveWithCbc(const QString &lp, const QString &workDir)
{
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    if (cbc.isEmpty())
        return std::nullopt;
    const QString model = workDir + QStringLiteral("/model.lp");
    const QString solution = workDir + QStringLiteral("/solution.txt");
    QFile file(model);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::nullopt;
    file.write(lp.toUtf8());
    file.close();
    QFile::remove(solution);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(cbc, {model, QStringLiteral("solve"), QStringLiteral("solution"), solution});
    if (!process.waitForFinished(600000))
        return std::nullopt;
    CbcResult result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    QFile answer(solution);
    if (!answer.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString first = QString::fromUtf8(answer.readLine());
    if (first.startsWith(QLatin1String("Infeasible")))
        return result;
    static const QRegularExpression optimal(
        QStringLiteral("^Optimal - objective value\\s+([-+0-9.eE]+)"));
    const auto match = optimal.match(first);
    if (!match.hasMatch())
        return std::nullopt;
    result.feasible = true;
    result.objective = match.captured(1).toDouble();
    return result;
}

} // namespace cutline::test
