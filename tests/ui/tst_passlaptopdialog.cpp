// Tests pass-the-laptop: blind ballots one person at a time, the blank screen between people,
// the reveal and the outcome, driven by keys as a facilitator would.
#include "core/room/roomlogic.h"
#include "ui/document/workshopdocument.h"
#include "ui/room/passlaptopdialog.h"
#include "ui/room/revealview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

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
    w.title = QStringLiteral("Q1 planning");
    w.capacity = 10;
    w.candidates = {candidate(1, 4, 8, QStringLiteral("E-invoicing")),
                    candidate(2, 4, 6, QStringLiteral("Dunning emails")),
                    candidate(3, 4, 3, QStringLiteral("Ledger export"))};
    return w;
}

// One candidate's ballot by input label: impact, effort, and a confidence of 80 %.
QList<std::pair<QString, double>> est(double impact, double effort)
{
    return {{QStringLiteral("Impact"), impact},
            {QStringLiteral("Confidence"), 80},
            {QStringLiteral("Effort"), effort}};
}

QString shotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CUTLINE_SCREENSHOTS", QDir::tempPath());
    return QDir(dir).filePath(name);
}

} // namespace

class TestPassLaptopDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_doc.reset(new WorkshopDocument);
        m_doc->reset(workshop(), QString());
        m_doc->setAuthor(QStringLiteral("Dana"));
        m_dialog.reset(new PassLaptopDialog(m_doc.get()));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_doc.reset();
    }

    void wholeRoundByKeyboard()
    {
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Setup);
        // C-3 stays out of this round.
        auto *list = m_dialog->findChild<QListWidget *>();
        list->item(2)->setCheckState(Qt::Unchecked);
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Blank);
        QCOMPARE(m_doc->workshop().rounds.size(), 1);
        QCOMPARE(m_doc->workshop().rounds[0].candidateIds, (QList<int>{1, 2}));
        QVERIFY(blankText().contains(QStringLiteral("press Space when ready")));

        vote(QStringLiteral("Ana"), est(9, 2), est(6, 4));
        grabTo(QStringLiteral("passlaptop-blank.png"));
        QVERIFY(blankText().contains(QStringLiteral("Hand the laptop to the next person")));
        QVERIFY(blankText().contains(QStringLiteral("1 ballot")));
        // Nothing of Ana's ballot is left for the next person.
        for (QDoubleSpinBox *box : m_dialog->findChildren<QDoubleSpinBox *>())
            QCOMPARE(box->text(), QStringLiteral("—"));
        QVERIFY(nameField()->text().isEmpty());
        QVERIFY(!nameField()->isVisible());

        vote(QStringLiteral("Ben"), est(3, 8), est(6, 4));
        const RoomRound &r = m_doc->workshop().rounds[0];
        QCOMPARE(r.ballots.size(), 4);
        QCOMPARE(r.ballots[0].participant, QStringLiteral("Ana"));
        QCOMPARE(r.ballots[0].values.value(QStringLiteral("impact")), 9.0);
        QCOMPARE(r.ballots[3].participant, QStringLiteral("Ben"));
        QVERIFY(!r.ballots[0].values.contains(QStringLiteral("effort_low")));

        // The facilitator reveals.
        QTest::keyClick(m_dialog->focusWidget(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Reveal);
        QVERIFY(m_doc->workshop().rounds[0].revealed());
        auto *view = m_dialog->findChild<RevealView *>();
        QCOMPARE(view->spreads().size(), 2);
        QCOMPARE(view->spreads().first().candidateId, 1); // diverges; C-2 agrees
        grabTo(QStringLiteral("passlaptop-reveal.png"));

        // Accept C-1: median impact 6, geometric mean effort 4.
        QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_doc->workshop().candidate(1)->impact, 6.0);
        QCOMPARE(m_doc->workshop().candidate(1)->effort, 4.0);
        QCOMPARE(m_doc->workshop().rounds[0].outcomes.size(), 1);
        QCOMPARE(m_doc->workshop().rounds[0].outcomes[0].by, QStringLiteral("Dana"));
        // The combo moved on to C-2; overriding it without a reason is refused.
        auto *combo = m_dialog->findChild<QComboBox *>();
        QCOMPARE(combo->currentData().toInt(), 2);
        overrideButton()->click();
        QCOMPARE(outcomeStatus(),
                 QStringLiteral("C-2: overriding the room's estimate needs a reason: say why the "
                                "estimate differs from the ballots."));
        auto *reason = findByName<QLineEdit>(QStringLiteral("Override reason"));
        QTest::keyClicks(reason, QStringLiteral("Dunning needs the new templates"));
        overrideButton()->click();
        QCOMPARE(outcomeStatus(), QStringLiteral("Overridden."));
        QCOMPARE(m_doc->workshop().rounds[0].outcomes[1].kind, RoundOutcome::Kind::Overridden);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->workshop().rounds[0].outcomes.size(), 1);
    }

    void refusesAnIncompleteBallot()
    {
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Space);
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Ballot);
        QTest::keyClicks(nameField(), QStringLiteral("Ana"));
        QTest::keyClick(nameField(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Ballot);
        QCOMPARE(errorText(), QStringLiteral("C-1: the ballot has no impact."));
        QVERIFY(m_doc->workshop().rounds[0].ballots.isEmpty());
        grabTo(QStringLiteral("passlaptop-ballot-error.png"));
    }

    void refusesASecondVoteBySomeone()
    {
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        const QList<std::pair<QString, double>> all = est(5, 3);
        vote(QStringLiteral("Ana"), all, all, all);
        QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Space);
        QTest::keyClicks(nameField(), QStringLiteral("ana"));
        fill(all, all, all);
        QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(errorText(),
                 QStringLiteral("ana has already voted in this round; each person votes once."));
        QCOMPARE(m_doc->workshop().rounds[0].ballots.size(), 3);
    }

    void anonymousRoundsUseAliases()
    {
        for (QCheckBox *box : m_dialog->findChildren<QCheckBox *>())
            if (box->text().contains(QStringLiteral("Anonymous")))
                box->setChecked(true);
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        const QList<std::pair<QString, double>> all = est(5, 3);
        vote(QString(), all, all, all);
        vote(QString(), all, all, all);
        const RoomRound &r = m_doc->workshop().rounds[0];
        QVERIFY(r.anonymous);
        QCOMPARE(r.ballots.first().participant, QStringLiteral("Participant 1"));
        QCOMPARE(r.ballots.last().participant, QStringLiteral("Participant 2"));
    }

    void revealWithoutBallotsIsRefused()
    {
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        QTest::keyClick(m_dialog->focusWidget(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Blank);
        QVERIFY(blankText().startsWith(
            QStringLiteral("Round 1 has no ballots yet; there is nothing to reveal.")));
    }

    void continuesAnOpenRound()
    {
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        m_dialog.reset(new PassLaptopDialog(m_doc.get()));
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Blank);
        QCOMPARE(m_dialog->roundNumber(), 1);
    }

    void revoteChecksWhatDiverged()
    {
        // Round 1 left C-2 diverging and undecided; C-1 agreed.
        Workshop w = workshop();
        RoomRound r;
        r.number = 1;
        r.openedAt = QDateTime::currentDateTimeUtc();
        r.revealedAt = r.openedAt;
        r.candidateIds = {1, 2};
        r.inputs = {QStringLiteral("impact"), QStringLiteral("confidence"),
                    QStringLiteral("effort")};
        const auto b = [](const QString &who, int id, double impact) {
            Ballot ballot;
            ballot.participant = who;
            ballot.candidateId = id;
            ballot.values = {{QStringLiteral("impact"), impact},
                             {QStringLiteral("confidence"), 100},
                             {QStringLiteral("effort"), 4}};
            return ballot;
        };
        r.ballots = {b(QStringLiteral("Ana"), 1, 8), b(QStringLiteral("Ben"), 1, 8),
                     b(QStringLiteral("Ana"), 2, 1), b(QStringLiteral("Ben"), 2, 9)};
        w.rounds = {r};
        m_doc->reset(w, QString());
        m_dialog.reset(new PassLaptopDialog(m_doc.get()));
        auto *list = m_dialog->findChild<QListWidget *>();
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
        QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("so far")));
    }

    void setupRefusalIsShown()
    {
        auto *list = m_dialog->findChild<QListWidget *>();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Setup);
        QVERIFY(m_dialog->findChildren<QLabel *>().size() > 0);
        bool shown = false;
        for (QLabel *label : m_dialog->findChildren<QLabel *>())
            shown = shown || (label->isVisible() &&
                              label->text() == QStringLiteral("A round needs at least one "
                                                              "candidate."));
        QVERIFY(shown);
        grabTo(QStringLiteral("passlaptop-setup.png"));
    }

private:
    using Values = QList<std::pair<QString, double>>;

    // Types one person's ballot: name, then each candidate's inputs by label; Ctrl+Return.
    void vote(const QString &name, const Values &first, const Values &second,
              const Values &third = {})
    {
        QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Space);
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Ballot);
        if (!name.isEmpty()) {
            QCOMPARE(m_dialog->focusWidget(), nameField());
            QTest::keyClicks(nameField(), name);
        }
        fill(first, second, third);
        if (name == QStringLiteral("Ana") && m_shots++ == 0)
            grabTo(QStringLiteral("passlaptop-ballot.png"));
        QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_dialog->page(), PassLaptopDialog::Page::Blank);
    }

    void fill(const Values &first, const Values &second, const Values &third)
    {
        const QList<Values> perCandidate = {first, second, third};
        const auto boxes = m_dialog->findChildren<QDoubleSpinBox *>();
        // The ballot page's boxes, candidate after candidate, each in the round's input order.
        QMap<QString, int> seen;
        for (QDoubleSpinBox *box : boxes) {
            if (!box->isVisible())
                continue;
            const int index = seen[box->accessibleName()]++;
            for (const auto &[label, value] : perCandidate.value(index))
                if (box->accessibleName() == label) {
                    box->setFocus();
                    box->selectAll();
                    QTest::keyClicks(box, QString::number(value));
                    QTest::keyClick(box, Qt::Key_Return); // moves on, hands nothing in
                }
        }
    }

    template <typename T> T *findByName(const QString &name) const
    {
        for (T *w : m_dialog->findChildren<T *>())
            if (w->accessibleName() == name)
                return w;
        return nullptr;
    }
    QLineEdit *nameField() const { return findByName<QLineEdit>(QStringLiteral("Your name")); }
    QString blankText() const
    {
        for (QLabel *label : m_dialog->findChildren<QLabel *>())
            if (label->isVisible() && label->wordWrap() && label->alignment() == Qt::AlignCenter)
                return label->text();
        return {};
    }
    QString errorText() const
    {
        for (QLabel *label : m_dialog->findChildren<QLabel *>())
            if (label->isVisible() && label->styleSheet().contains(QStringLiteral("b00000")))
                return label->text();
        return {};
    }
    QPushButton *overrideButton() const
    {
        for (QPushButton *b : m_dialog->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Override")))
                return b;
        return nullptr;
    }
    QString outcomeStatus() const
    {
        auto *group = overrideButton()->parentWidget();
        for (QLabel *label : group->findChildren<QLabel *>())
            if (label->wordWrap())
                return label->text();
        return {};
    }
    void grabTo(const QString &name) const { QVERIFY(m_dialog->grab().save(shotPath(name))); }

    std::unique_ptr<WorkshopDocument> m_doc;
    std::unique_ptr<PassLaptopDialog> m_dialog;
    int m_shots = 0;
};

QTEST_MAIN(TestPassLaptopDialog)
#include "tst_passlaptopdialog.moc"
