#include "ui/room/roomcontroller.h"

#include "core/room/roomlogic.h"
#include "room/roomserver.h"
#include "room/roomsession.h"
#include "ui/document/roomcommands.h"
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
    connect(m_document, &WorkshopDocument::roundsChanged, this, &RoomController::followDocument);
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
    m_session->setRecorder([this](const Ballot &ballot) { return recordBallot(ballot); });
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
        recordReveal();
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
    if (m_session->hasRound() && !m_session->round().revealed())
        return Error(tr("Reveal the current round before opening another."));
    int number = 0;
    const Status opened = editing([&] {
        number = RoomEditor(m_document).openRound(candidateIds, mode, anonymous);
        return number != 0;
    });
    if (!opened)
        return opened;
    m_session->setWorkshop(m_document->workshop());
    m_session->startRound(*RoomEditor(m_document).round(number));
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

template <typename Edit> Status RoomController::editing(Edit edit)
{
    QString message;
    const auto catcher = connect(m_document, &WorkshopDocument::editRefused, this,
                                 [&message](const QString &text) { message = text; });
    const bool done = edit();
    disconnect(catcher);
    if (done)
        return success();
    return Error(message.isEmpty() ? tr("The workshop refused the room's edit.") : message);
}

Status RoomController::recordBallot(const Ballot &ballot)
{
    const int number = m_session->round().number;
    return editing([&] { return RoomEditor(m_document).recordBallot(number, ballot); });
}

void RoomController::recordReveal()
{
    const int number = m_session->round().number;
    const RoomRound *recorded = RoomEditor(m_document).round(number);
    if (recorded && !recorded->revealed()) {
        const Status revealed = editing([&] { return RoomEditor(m_document).reveal(number); });
        if (!revealed)
            qWarning("Room: the reveal of round %d was not recorded: %s", number,
                     qUtf8Printable(revealed.error()));
    }
}

void RoomController::followDocument(int number)
{
    if (!m_session)
        return;
    m_session->setWorkshop(m_document->workshop());
    // Revealed elsewhere (the pass-the-laptop dialog): the phones see it too.
    const RoomRound *recorded = RoomEditor(m_document).round(number);
    if (m_session->hasRound() && m_session->round().number == number && recorded &&
        recorded->revealed() && !m_session->round().revealed())
        m_session->reveal().ok();
    Q_EMIT changed();
}

Status RoomController::accept(int candidateId)
{
    if (!m_session || !m_session->hasRound() || !m_session->round().revealed())
        return Error(tr("Reveal the round before accepting its estimate."));
    const int number = m_session->round().number;
    return editing(
        [&] { return RoomEditor(m_document).accept(number, candidateId, m_document->author()); });
}

Status RoomController::overrideValues(int candidateId, const QMap<QString, double> &values,
                                      const QString &reason)
{
    if (!m_session || !m_session->hasRound() || !m_session->round().revealed())
        return Error(tr("Reveal the round before overriding its estimate."));
    const int number = m_session->round().number;
    return editing([&] {
        return RoomEditor(m_document)
            .overrideValues(number, candidateId, values, reason, m_document->author());
    });
}

} // namespace cutline
