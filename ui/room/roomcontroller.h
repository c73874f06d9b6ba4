// RoomController: the desktop's side of the room — opens the participants' server for the
// open document, keeps it told about every edit, runs rounds (open, timer, reveal, re-vote)
// and carries the room's results into the document as undoable edits.
#pragma once

#include "core/result.h"
#include "core/room/round.h"
#include "room/roomaddress.h"

#include <QObject>
#include <QUrl>

namespace cutline {

class WorkshopDocument;

namespace room {
class RoomServer;
class RoomSession;
} // namespace room

struct RoomOptions
{
    room::RoomAddress address; // where to listen (see room::defaultRoomAddress())
    quint16 port = 0;          // 0: any free port
    bool autoReveal = false;   // reveal once everyone has voted on everything
};

class RoomController : public QObject
{
    Q_OBJECT

public:
    explicit RoomController(WorkshopDocument *document, QObject *parent = nullptr);
    ~RoomController() override;

    // Starts the server; refused with a message (address taken, not ours, …).
    Status open(const RoomOptions &options);
    // Moves the room to another address (a new URL; phones must scan again).
    Status moveTo(const room::RoomAddress &address);
    void close();
    bool isOpen() const;

    QUrl joinUrl() const;
    QString pin() const;
    room::RoomAddress address() const { return m_options.address; }
    room::RoomSession *session() const { return m_session; }
    room::RoomServer *server() const { return m_server; }
    WorkshopDocument *document() const { return m_document; }

    // The candidates a new round offers by default: the undecided ones that have had fewer
    // than kMaxRounds rounds, in the workshop's order.
    QList<int> roundCandidates() const;
    // Opens a round; a live round with `seconds` > 0 reveals itself when the time runs out.
    Status openRound(RoundMode mode, bool anonymous, const QList<int> &candidateIds,
                     int seconds = 0);
    // Another blind round on the same candidates (those that may still have one).
    Status revote();
    Status reveal();
    // After the reveal: the room's aggregate becomes the candidate's estimate, or the
    // facilitator's values with a required reason. One undo step each.
    Status accept(int candidateId);
    Status overrideValues(int candidateId, const QMap<QString, double> &values,
                          const QString &reason);

Q_SIGNALS:
    void opened();
    void closed();
    void changed(); // participants, who voted, the round's state

private:
    // Runs a document edit and turns its refusal (editRefused) into a Status.
    template <typename Edit> Status editing(Edit edit);
    Status recordBallot(const Ballot &ballot);
    void recordReveal();
    void followDocument(int number);

    WorkshopDocument *m_document;
    room::RoomSession *m_session = nullptr;
    room::RoomServer *m_server = nullptr;
    RoomOptions m_options;
};

} // namespace cutline
