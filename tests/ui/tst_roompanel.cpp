// The room on the desktop: the panel's round controls driven with clicks while simulated
// phones vote; ballots, reveal and the accepted estimate land in the document as undoable
// edits; the Room menu and `--room`'s path through MainWindow. Grabs the panel to PNG.
#include "core/room/roomlogic.h"
#include "core/sample/sampleworkshop.h"
#include "room/roomserver.h"
#include "room/roomsession.h"
#include "tests/room/phone.h"
#include "ui/document/workshopdocument.h"
#include "ui/room/revealview.h"
#include "ui/room/roomcontroller.h"
#include "ui/room/roompanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cutline;
using cutline::test::Phone;

class TestRoomPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRoundFromTheFirstClickToTheAcceptedEstimate()
    {
        WorkshopDocument doc;
        doc.reset(sampleWorkshop(), QString());
        RoomController controller(&doc);
        RoomOptions options;
        options.address = {QStringLiteral("lo"), QHostAddress(QHostAddress::LocalHost), true};
        QVERIFY(controller.open(options).ok());
        RoomPanel panel(&controller);
        panel.resize(1400, 900);
        panel.show();
        QVERIFY(panel.joinLabel()->text().startsWith("http://127.0.0.1:"));
        QVERIFY(!panel.revealButton()->isEnabled());

        QTest::mouseClick(panel.openRoundButton(), Qt::LeftButton);
        QCOMPARE(doc.workshop().rounds.size(), 1);
        QVERIFY(controller.session()->hasRound());
        QVERIFY(panel.revealButton()->isEnabled());
        QVERIFY(panel.roundState()->text().startsWith("Round 1 · sweep · named · voting"));

        // Three phones vote on every candidate of the round.
        QList<Phone *> phones;
        const QStringList names{"Ana", "Ben", "Chen"};
        for (const QString &name : names) {
            auto *phone = new Phone(controller.joinUrl(), this);
            QVERIFY(phone->connectToRoom());
            QCOMPARE(phone->join(name, controller.pin()).value("type").toString(), "welcome");
            phones.append(phone);
        }
        const QJsonObject round = phones.first()->waitFor("round").value("round").toObject();
        const QJsonArray candidates = round.value("candidates").toArray();
        for (int i = 0; i < phones.size(); ++i)
            for (const QJsonValue &c : candidates)
                phones[i]->sendJson({{"type", "ballot"},
                                     {"candidate", c.toObject().value("id").toInt()},
                                     {"values", test::ballotValues(round, i * 3 + 1)}});
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->finished().size(), 3, 10000);
        // The ballots are in the document (one undo step for all of them)…
        QCOMPARE(doc.workshop().rounds.first().ballots.size(), 3 * candidates.size());
        // …and the panel shows who voted, never what.
        QCOMPARE(panel.voters()->count(), 3);
        QCOMPARE(panel.voters()->item(0)->text(), "✓ Ana");
        QVERIFY(!panel.queue()->isVisible());
        QTest::qWait(50);
        panel.grab().save(QDir::current().filePath("room-panel-voting.png"));

        QTest::mouseClick(panel.revealButton(), Qt::LeftButton);
        QVERIFY(doc.workshop().rounds.first().revealed());
        for (Phone *phone : phones)
            QVERIFY(!phone->waitFor("reveal").isEmpty());
        QCOMPARE(panel.queue()->count(), candidates.size());
        QVERIFY(panel.queue()->isVisible());
        panel.grab().save(QDir::current().filePath("room-panel-reveal.png"));

        // Accept the first candidate of the queue: the aggregate becomes its estimate.
        QCOMPARE(panel.revealView()->spreads().size(), candidates.size());
        panel.queue()->setCurrentRow(0);
        const int id = panel.queue()->item(0)->data(Qt::UserRole).toInt();
        QCOMPARE(panel.revealView()->spreads().size(), 1);
        QCOMPARE(panel.revealView()->spreads().first().candidateId, id);
        panel.grab().save(QDir::current().filePath("room-panel-discussion.png"));
        const QMap<QString, double> aggregate =
            room::aggregate(doc.workshop(), doc.workshop().rounds.first(), id);
        const Candidate before = *doc.workshop().candidate(id);
        QVERIFY(panel.acceptButton()->isEnabled());
        QTest::mouseClick(panel.acceptButton(), Qt::LeftButton);
        QCOMPARE(doc.workshop().rounds.first().outcomes.size(), 1);
        QCOMPARE(doc.workshop().candidate(id)->effort, aggregate.value("effort"));
        QVERIFY(panel.queue()->item(0)->text().contains("✓ settled"));
        doc.undoStack()->undo();
        QCOMPARE(*doc.workshop().candidate(id), before);

        // A second blind round on the same candidates.
        QTest::mouseClick(panel.revoteButton(), Qt::LeftButton);
        QCOMPARE(doc.workshop().rounds.size(), 2);
        QCOMPARE(controller.session()->round().number, 2);
        QVERIFY(!controller.session()->round().revealed());
        for (Phone *phone : phones)
            QTRY_VERIFY(std::any_of(phone->received().cbegin(), phone->received().cend(),
                                    [](const QJsonObject &m) {
                                        return m.value("type") == "round" &&
                                               m.value("round").toObject().value("number") == 2;
                                    }));
        qDeleteAll(phones);
    }

    void refusalsCarryTheirMessage()
    {
        WorkshopDocument doc;
        doc.reset(sampleWorkshop(), QString());
        RoomController controller(&doc);
        QCOMPARE(controller.openRound(RoundMode::Sweep, false, {1}).error(),
                 "Open the room first (Room → Open Room…).");
        QCOMPARE(controller.reveal().error(), "Open the room first (Room → Open Room…).");
        RoomOptions options;
        options.address = {QStringLiteral("lo"), QHostAddress(QHostAddress::LocalHost), true};
        QVERIFY(controller.open(options).ok());
        QCOMPARE(controller.accept(1).error(), "Reveal the round before accepting its estimate.");
        QCOMPARE(controller.revote().error(), "There is no round to vote on again.");
        QVERIFY(controller.openRound(RoundMode::Sweep, false, controller.roundCandidates()).ok());
        QCOMPARE(
            controller.openRound(RoundMode::Sweep, false, controller.roundCandidates()).error(),
            "Reveal the current round before opening another.");
        QCOMPARE(controller.revote().error(), "Reveal the current round before voting again.");
        // A room cannot take an address that is not this computer's.
        RoomController other(&doc);
        options.address = {QStringLiteral("x"), QHostAddress(QStringLiteral("203.0.113.7")), false};
        const Status refused = other.open(options);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().startsWith("The room cannot listen on 203.0.113.7:0: "));
    }

    void theRoomMenuOpensAndClosesTheRoom()
    {
        auto *window = new MainWindow;
        window->openWorkshop(sampleWorkshop(), QString());
        QAction *open = nullptr;
        for (QAction *menu : window->menuBar()->actions())
            if (menu->text() == "&Room")
                open = menu->menu()->actions().first();
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence("Ctrl+Alt+R"));
        const QUrl url = window->openRoom(true);
        QVERIFY(url.path().startsWith("/join/"));
        QVERIFY(window->room()->isOpen());
        QVERIFY(window->room()->session()->hasRound()); // --room: a sweep round at once
        QVERIFY(window->room()->session()->autoReveal());
        QCOMPARE(window->room()->session()->round().candidateIds,
                 window->room()->roundCandidates());
        QVERIFY(window->roomPanel()->isVisible());
        window->closeRoom();
        QVERIFY(!window->room()->isOpen());
        QVERIFY(!window->roomPanel()->isVisible());
        delete window;
    }
};

QTEST_MAIN(TestRoomPanel)
#include "tst_roompanel.moc"
