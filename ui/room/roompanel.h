// RoomPanel: the room on the projector — how to join (QR code, address, PIN, the address's
// interface, help when phones cannot connect), the round's controls (live or sweep, timer,
// named or anonymous, reveal, vote again), who has voted (never what), and after the reveal
// the spread and the discussion queue.
#pragma once

#include "core/result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace cutline {

class RevealView;
class RoomController;

class RoomPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RoomPanel(RoomController *controller, QWidget *parent = nullptr);

    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *openRoundButton() const { return m_openRound; }
    QPushButton *revoteButton() const { return m_revote; }
    QListWidget *voters() const { return m_voters; }
    QListWidget *queue() const { return m_queue; }
    QPushButton *acceptButton() const { return m_accept; }
    RevealView *revealView() const { return m_revealView; }
    QPushButton *overrideButton() const { return m_override; }
    QLabel *roundState() const { return m_state; }
    QComboBox *addressPicker() const { return m_addresses; }
    QLabel *joinLabel() const { return m_url; }

    // The help on guest Wi-Fi, firewalls and typing the address (also the button's text).
    static QString connectionHelp();

Q_SIGNALS:
    void refused(const QString &message);

private:
    QWidget *buildJoin();
    QWidget *buildRound();
    QWidget *buildResults();
    void refreshJoin();
    void refresh();
    void refreshVoters();
    void refreshQueue();
    void openRound();
    void act(const Status &status);
    void pickAddress(int index);
    void showHelp();
    int selectedCandidate() const;
    void acceptSelected();
    void overrideSelected();

    RoomController *m_controller;
    QLabel *m_qr = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_pin = nullptr;
    QLabel *m_loopbackNote = nullptr;
    QComboBox *m_addresses = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_seconds = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QCheckBox *m_autoReveal = nullptr;
    QPushButton *m_openRound = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_revote = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_voters = nullptr;
    QStackedWidget *m_results = nullptr;
    QListWidget *m_queue = nullptr;
    RevealView *m_revealView = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_override = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace cutline
