// Tests the reveal view: nothing before the reveal, the discussion order after it, large type
// for a room; and grabs it for a look.
#include "core/room/roomlogic.h"
#include "ui/room/revealview.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace cutline;

namespace {

Candidate candidate(int id, double effort, double impact, const QString &title)
{
    Candidate c;
    c.id = id;
    c.key = QStringLiteral("C-%1").arg(id);
    c.title = title;
    c.effort = effort;
    c.impact = impact;
    return c;
}

Workshop workshop()
{
    Workshop w;
    w.capacity = 10;
    w.candidates = {candidate(1, 4, 8, QStringLiteral("E-invoicing")),
                    candidate(2, 4, 6, QStringLiteral("Dunning emails")),
                    candidate(3, 4, 3, QStringLiteral("Ledger export"))};
    return w;
}

Ballot ballot(const QString &who, int id, double impact, double confidence, double effort)
{
    Ballot b;
    b.participant = who;
    b.candidateId = id;
    b.values = {{QStringLiteral("impact"), impact},
                {QStringLiteral("confidence"), confidence},
                {QStringLiteral("effort"), effort}};
    return b;
}

RoomRound round(bool revealed)
{
    RoomRound r;
    r.number = 2;
    r.openedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    if (revealed)
        r.revealedAt = r.openedAt.addSecs(300);
    r.candidateIds = {1, 2, 3};
    r.inputs = {QStringLiteral("impact"), QStringLiteral("confidence"), QStringLiteral("effort")};
    const QStringList people = {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cy"),
                                QStringLiteral("Di"), QStringLiteral("Eli")};
    const QList<double> c1 = {8, 7, 8, 9, 7}, c3 = {9, 2, 3, 3, 4}, e3 = {2, 6, 4, 4, 5};
    for (int i = 0; i < people.size(); ++i) {
        r.ballots.append(ballot(people[i], 1, c1[i], 80, 4));
        r.ballots.append(ballot(people[i], 2, 6, 60 + 10 * i, 4));
        r.ballots.append(ballot(people[i], 3, c3[i], 70, e3[i]));
    }
    return r;
}

QString shotPath(const QString &name)
{
    return QDir(qEnvironmentVariable("CUTLINE_SCREENSHOTS", QDir::tempPath())).filePath(name);
}

// How many pixels of the image are not white: something was drawn.
int inked(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            count += image.pixelColor(x, y) != QColor(Qt::white);
    return count;
}

} // namespace

class TestRevealView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenBeforeTheReveal()
    {
        RevealView view;
        view.setRound(workshop(), round(false));
        QVERIFY(view.spreads().isEmpty());
        view.resize(720, view.heightForWidth(720));
        const QImage image = view.grab().toImage();
        QVERIFY(image.save(shotPath(QStringLiteral("reveal-hidden.png"))));
        QVERIFY(inked(image) > 0); // the count is shown, nothing else
        QVERIFY(view.heightForWidth(720) < 200);
    }

    void showsTheDiscussionOrder()
    {
        const Workshop w = workshop();
        RevealView view;
        view.setRound(w, round(true));
        const QList<room::CandidateSpread> queue = room::discussionQueue(w, round(true));
        QCOMPARE(view.spreads().size(), 3);
        for (int i = 0; i < queue.size(); ++i)
            QCOMPARE(view.spreads()[i].candidateId, queue[i].candidateId);
        // C-3 could change the plan and comes first; its prompt names Ana and Ben.
        QCOMPARE(view.spreads().first().candidateId, 3);
        QVERIFY(view.spreads().first().couldChangePlan);
        QCOMPARE(room::explainPrompt(view.spreads().first(), false),
                 QStringLiteral("Ana (highest) and Ben (lowest) explain first"));
        view.resize(960, view.heightForWidth(960));
        QVERIFY(view.grab().save(shotPath(QStringLiteral("reveal.png"))));
    }

    void oneCandidateOnly()
    {
        RevealView view;
        view.setRound(workshop(), round(true), 2);
        QCOMPARE(view.spreads().size(), 1);
        QCOMPARE(view.spreads().first().candidateId, 2);
    }

    void largeTypeForTheRoom()
    {
        RevealView view;
        view.setRound(workshop(), round(true), 3);
        const int small = view.heightForWidth(1200);
        view.setLargeType(true);
        QVERIFY(view.largeType());
        QVERIFY(view.heightForWidth(1200) > small);
        view.resize(1400, view.heightForWidth(1400));
        QVERIFY(view.grab().save(shotPath(QStringLiteral("reveal-large.png"))));
    }
};

QTEST_MAIN(TestRevealView)
#include "tst_revealview.moc"
