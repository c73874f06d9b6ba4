// MainWindow's room (issue 12): the Room menu, opening and closing the participants' server
// and its panel. The room itself is RoomController (ui/room/); this only wires it in.
#include "ui/window/mainwindow.h"

#include "room/roomaddress.h"
#include "room/roomsession.h"
#include "ui/document/workshopdocument.h"
#include "ui/room/roomcontroller.h"
#include "ui/room/roompanel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace cutline {

void MainWindow::buildRoomMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Room"));
    // Ctrl+Shift+R is Export Decision Record; the room takes Ctrl+Alt+R.
    m_openRoomAction = menu->addAction(tr("&Open Room…"), this, [this] { openRoom(); });
    m_openRoomAction->setShortcut(QKeySequence(tr("Ctrl+Alt+R")));
    m_openRoomAction->setStatusTip(
        tr("Let participants score candidates from their phones in blind rounds."));
    m_closeRoomAction = menu->addAction(tr("&Close Room"), this, [this] { closeRoom(); });
    m_closeRoomAction->setEnabled(false);
    addAction(m_openRoomAction);
    addAction(m_closeRoomAction);
}

QUrl MainWindow::openRoom(bool quiet)
{
    if (!m_room) {
        m_room = new RoomController(m_document, this);
        m_roomPanel = new RoomPanel(m_room, this);
        m_roomPanel->setWindowFlag(Qt::Window);
        m_roomPanel->resize(1100, 720);
        connect(m_roomPanel, &RoomPanel::refused, this, &MainWindow::showRefusal);
        connect(m_room, &RoomController::opened, this, [this] {
            m_closeRoomAction->setEnabled(true);
            m_openRoomAction->setText(tr("Show &Room"));
        });
        connect(m_room, &RoomController::closed, this, [this] {
            m_closeRoomAction->setEnabled(false);
            m_openRoomAction->setText(tr("&Open Room…"));
            m_roomPanel->hide();
        });
    }
    if (!m_room->isOpen()) {
        RoomOptions options;
        options.address = room::defaultRoomAddress();
        options.autoReveal = quiet;
        if (const Status opened = m_room->open(options); !opened) {
            showRefusal(opened.error());
            return {};
        }
        if (options.address.loopback)
            statusBar()->showMessage(tr("No network is connected: the room listens on %1, so "
                                        "only this computer can join.")
                                         .arg(options.address.address.toString()));
        if (quiet) {
            const Status round =
                m_room->openRound(RoundMode::Sweep, false, m_room->roundCandidates());
            if (!round)
                showRefusal(round.error());
        }
    }
    m_roomPanel->show();
    m_roomPanel->raise();
    m_roomPanel->activateWindow();
    return m_room->joinUrl();
}

void MainWindow::closeRoom()
{
    if (m_room)
        m_room->close();
}

} // namespace cutline
