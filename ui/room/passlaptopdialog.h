// PassLaptopDialog: the room without a network. One participant at a time types their name
// and enters their blind ballot on every candidate of the round; "Next person" records it and
// blanks the screen until the next person presses Space; the facilitator reveals at the end
// and accepts the room's estimate or overrides it with a reason.
#pragma once

#include "core/room/round.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace cutline {

class RevealView;
class RoomEditor;
class WorkshopDocument;

class PassLaptopDialog : public QDialog
{
    Q_OBJECT

public:
    // Continues the round still open in `doc`, if any; otherwise starts on choosing candidates.
    explicit PassLaptopDialog(WorkshopDocument *doc, QWidget *parent = nullptr);
    ~PassLaptopDialog() override;

    enum class Page
    {
        Setup,
        Ballot,
        Blank,
        Reveal
    };
    Page page() const;
    // The round this dialog runs (0 before it starts).
    int roundNumber() const { return m_round; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *makeSetupPage();
    QWidget *makeBallotPage();
    QWidget *makeBlankPage();
    QWidget *makeRevealPage();
    void startRound();
    void buildBallotForm();
    void clearBallot();
    void nextPerson();
    void showBallot();
    void reveal();
    void showReveal();
    void fillOutcomeForm();
    void acceptOrOverride(bool override);
    void showError(const QString &message);
    const RoomRound *currentRound() const;
    QString nextAlias() const;

    WorkshopDocument *m_doc;
    std::unique_ptr<RoomEditor> m_editor;
    int m_round = 0;
    int m_people = 0; // ballots handed in through this dialog, for aliases and the count

    QStackedWidget *m_pages = nullptr;
    // Setup
    QListWidget *m_candidates = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QLabel *m_setupError = nullptr;
    // Ballot: one spin box per candidate and input; "—" (the minimum) means not given.
    QLabel *m_ballotTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QWidget *m_form = nullptr;
    QMap<int, QMap<QString, QDoubleSpinBox *>> m_inputs; // candidate id → input id → box
    QMap<int, QLineEdit *> m_reasons;
    QLabel *m_error = nullptr;
    // Blank
    QLabel *m_blankText = nullptr;
    QPushButton *m_revealButton = nullptr;
    // Reveal
    RevealView *m_reveal = nullptr;
    QCheckBox *m_large = nullptr;
    QComboBox *m_outcomeCandidate = nullptr;
    QWidget *m_outcomeForm = nullptr;
    QMap<QString, QDoubleSpinBox *> m_outcomeInputs;
    QLineEdit *m_overrideReason = nullptr;
    QLabel *m_outcomeStatus = nullptr;
};

} // namespace cutline
