#include "ui/room/roomcontroller.h"

#include "core/room/roomlogic.h"
#include "room/roomserver.h"
#include "room/roomsession.h"
#include "ui/document/workshopdocument.h"

namespace cutline {

RoomController::RoomController(WorkshopDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    // Every edit reaches the room: titles, scales and the rounds already recorded.
    const auto update = [this] {
        if (m_session)
            m_session->setWorkshop(m_document->workshop());
    };
    connect(m_document, &WorkshopDocument::candidateChanged, this, update);
    connect(m_document, &WorkshopDocument::candidateInserted, this, update);
    connect(m_document, &WorkshopDocument::candidateRemoved, this, update);
    connect(m_document, &WorkshopDocument::candidateDetailsChanged, this, update);
    connect(m_document, &WorkshopDocument::settingsChanged, this, update);
    // Another workshop was opened: this room belonged to the old one.
    connect(m_document, &WorkshopDocument::workshopReset, this, &RoomController::close);
}

RoomController::~RoomController()
{
    close();
}

Status RoomController::open(const RoomOptions &options)
{
    close();
    m_options = options;
    m_session = new room::RoomSession(m_document->workshop(), this);
    m_session->setAutoReveal(options.autoReveal);
    m_server = new room::RoomServer(m_session, this);
    if (const Status listening = m_server->listen(options.address.address, options.port);
        !listening) {
        close();
        return listening;
    }
    connect(m_session, &room::RoomSession::participantsChanged, this, &RoomController::changed);
    connect(m_session, &room::RoomSession::ballotsChanged, this, &RoomController::changed);
    connect(m_session, &room::RoomSession::roundOpened, this, &RoomController::changed);
    connect(m_session, &room::RoomSession::deadlineChanged, this, &RoomController::changed);
    connect(m_session, &room::RoomSession::revealed, this, [this] {
        recordRound();
        Q_EMIT changed();
    });
    connect(m_server, &room::RoomServer::connectionsChanged, this, &RoomController::changed);
    Q_EMIT opened();
    return success();
}

Status RoomController::moveTo(const room::RoomAddress &address)
{
    if (!m_server)
        return Error(tr("The room is not open."));
    const Status moved = m_server->listen(address.address, m_options.port);
    if (!moved) {
        m_server->listen(m_options.address.address, m_options.port).ok();
        return moved;
    }
    m_options.address = address;
    Q_EMIT changed();
    return success();
}

void RoomController::close()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_session->deleteLater();
    m_server = nullptr;
    m_session = nullptr;
    Q_EMIT closed();
}

bool RoomController::isOpen() const
{
    return m_server && m_server->isListening();
}

QUrl RoomController::joinUrl() const
{
    return m_server ? m_server->joinUrl() : QUrl();
}

QString RoomController::pin() const
{
    return m_session ? m_session->pin() : QString();
}

QList<int> RoomController::roundCandidates() const
{
    QList<int> ids;
    const Workshop &w = m_document->workshop();
    for (const Candidate &c : w.candidates)
        if (c.decision == Decision::Undecided && room::roundsOf(w, c.id) < room::kMaxRounds)
            ids.append(c.id);
    return ids;
}

Status RoomController::openRound(RoundMode mode, bool anonymous, const QList<int> &candidateIds,
                                 int seconds)
{
    if (!m_session)
        return Error(tr("Open the room first (Room → Open Room…)."));
    m_session->setWorkshop(m_document->workshop());
    if (const Status opened = m_session->openRound(mode, anonymous, candidateIds); !opened)
        return opened;
    if (seconds > 0)
        m_session->setDeadline(QDateTime::currentDateTimeUtc().addSecs(seconds));
    return success();
}

Status RoomController::revote()
{
    if (!m_session || !m_session->hasRound())
        return Error(tr("There is no round to vote on again."));
    const RoomRound &last = m_session->round();
    if (!last.revealed())
        return Error(tr("Reveal the current round before voting again."));
    QList<int> again;
    for (int id : last.candidateIds)
        if (room::roundsOf(m_document->workshop(), id) < room::kMaxRounds)
            again.append(id);
    if (again.isEmpty())
        return Error(tr("Every candidate of this round has had %1 rounds; accept or override "
                        "their estimates.")
                         .arg(room::kMaxRounds));
    return openRound(last.mode, last.anonymous, again);
}

Status RoomController::reveal()
{
    if (!m_session)
        return Error(tr("Open the room first (Room → Open Room…)."));
    return m_session->reveal();
}

void RoomController::recordRound()
{
    // The revealed round with its ballots goes into the workshop (and so into the file and
    // the decision record) once the document can take it: see NOTES-roomserver.md.
}

} // namespace cutline
