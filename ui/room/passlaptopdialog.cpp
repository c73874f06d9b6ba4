#include "ui/room/passlaptopdialog.h"

#include "core/model/field.h"
#include "core/room/roomlogic.h"
#include "ui/document/roomcommands.h"
#include "ui/document/workshopdocument.h"
#include "ui/room/revealview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cutline {

namespace {

// A spin box on the input's scale whose minimum, shown as "—", means "not given": nothing is
// filled in for the person, so nobody anchors on the last ballot or the current estimate.
QDoubleSpinBox *inputBox(const room::InputSpec &spec, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(spec.id == QStringLiteral("risk") ? 0 : 1);
    box->setSingleStep(spec.step);
    box->setRange(spec.min - spec.step, spec.ratio ? spec.max * 10 : spec.max);
    box->setSpecialValueText(QStringLiteral("—"));
    box->setValue(box->minimum());
    box->setAccessibleName(spec.label);
    box->setMinimumWidth(110);
    return box;
}

// The candidates the last revealed round left diverging (or able to change the plan) without
// an outcome: what a re-vote is for.
QList<int> revoteCandidates(const Workshop &w)
{
    QList<int> ids;
    if (w.rounds.isEmpty() || !w.rounds.last().revealed())
        return ids;
    const RoomRound &last = w.rounds.last();
    for (const room::CandidateSpread &s : room::discussionQueue(w, last)) {
        const bool decided =
            std::any_of(last.outcomes.begin(), last.outcomes.end(),
                        [&](const RoundOutcome &o) { return o.candidateId == s.candidateId; });
        if ((s.diverges || s.couldChangePlan) && !decided)
            ids.append(s.candidateId);
    }
    return ids;
}

bool given(const QDoubleSpinBox *box)
{
    return box->value() > box->minimum();
}

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false); // Return moves between fields; it never hands a ballot in
    return b;
}

} // namespace

PassLaptopDialog::PassLaptopDialog(WorkshopDocument *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_editor(std::make_unique<RoomEditor>(doc))
{
    setWindowTitle(tr("Pass the laptop"));
    resize(960, 680);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeSetupPage());
    m_pages->addWidget(makeBallotPage());
    m_pages->addWidget(makeBlankPage());
    m_pages->addWidget(makeRevealPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(doc, &WorkshopDocument::editRefused, this, &PassLaptopDialog::showError);
    if (const RoomRound *open = m_editor->openRoundNow()) {
        m_round = open->number;
        m_people = int(open->ballots.size());
        buildBallotForm();
        m_pages->setCurrentIndex(int(Page::Blank));
        m_pages->currentWidget()->setFocus();
    }
}

PassLaptopDialog::~PassLaptopDialog() = default;

PassLaptopDialog::Page PassLaptopDialog::page() const
{
    return Page(m_pages->currentIndex());
}

const RoomRound *PassLaptopDialog::currentRound() const
{
    return m_editor->round(m_round);
}

QWidget *PassLaptopDialog::makeSetupPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Everyone scores alone, one after the other, on this laptop. "
                                "Nobody sees a value before the reveal. Choose the candidates "
                                "of this round:"),
                             page);
    intro->setWordWrap(true);
    m_candidates = new QListWidget(page);
    m_candidates->setAccessibleName(tr("Candidates of the round"));
    const Workshop &w = m_doc->workshop();
    const QList<int> revote = revoteCandidates(w);
    for (const Candidate &c : w.candidates) {
        const int rounds = room::roundsOf(w, c.id);
        auto *item = new QListWidgetItem(
            rounds ? tr("%1  %2 (%n round(s) so far)", nullptr, rounds).arg(c.key, c.title)
                   : c.key + QStringLiteral("  ") + c.title,
            m_candidates);
        item->setData(Qt::UserRole, c.id);
        const bool open = rounds < room::kMaxRounds;
        item->setFlags(open ? item->flags() | Qt::ItemIsUserCheckable
                            : item->flags() & ~Qt::ItemIsEnabled);
        // A re-vote by default: what the last round left diverging and undecided; otherwise
        // every undecided candidate.
        const bool wanted =
            revote.isEmpty() ? c.decision == Decision::Undecided : revote.contains(c.id);
        item->setCheckState(open && wanted ? Qt::Checked : Qt::Unchecked);
    }
    m_anonymous = new QCheckBox(tr("&Anonymous round (no names are kept)"), page);
    m_setupError = new QLabel(page);
    m_setupError->setWordWrap(true);
    m_setupError->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold"));
    m_setupError->hide();
    auto *start = button(tr("&Start round"), page);
    connect(start, &QPushButton::clicked, this, &PassLaptopDialog::startRound);
    layout->addWidget(intro);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_anonymous);
    layout->addWidget(m_setupError);
    layout->addWidget(start, 0, Qt::AlignRight);
    return page;
}

QWidget *PassLaptopDialog::makeBallotPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_ballotTitle = new QLabel(page);
    QFont big = m_ballotTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ballotTitle->setFont(big);
    m_name = new QLineEdit(page);
    m_name->setPlaceholderText(tr("Your name"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setMaxLength(room::kMaxNameLength);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    m_form = new QWidget;
    scroll->setWidget(m_form);
    m_error = new QLabel(page);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold"));
    m_error->hide();
    auto *next = button(tr("&Next person (Ctrl+Return)"), page);
    connect(next, &QPushButton::clicked, this, &PassLaptopDialog::nextPerson);
    auto *hint = new QLabel(tr("Return moves to the next field; \"—\" means not given."), page);
    hint->setEnabled(false);
    layout->addWidget(m_ballotTitle);
    layout->addWidget(m_name);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    auto *row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(next);
    layout->addLayout(row);
    return page;
}

QWidget *PassLaptopDialog::makeBlankPage()
{
    auto *page = new QWidget;
    page->setFocusPolicy(Qt::StrongFocus);
    page->setAutoFillBackground(true);
    QPalette dark = page->palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    page->setPalette(dark);
    auto *layout = new QVBoxLayout(page);
    m_blankText = new QLabel(page);
    m_blankText->setAlignment(Qt::AlignCenter);
    m_blankText->setWordWrap(true);
    QFont big = m_blankText->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_blankText->setFont(big);
    m_revealButton = button(tr("&Reveal the round (Ctrl+R)"), page);
    m_revealButton->setFocusPolicy(Qt::NoFocus); // Space must reach the page, not the button
    connect(m_revealButton, &QPushButton::clicked, this, &PassLaptopDialog::reveal);
    layout->addStretch(1);
    layout->addWidget(m_blankText);
    layout->addStretch(1);
    layout->addWidget(m_revealButton, 0, Qt::AlignRight);
    return page;
}

QWidget *PassLaptopDialog::makeRevealPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_reveal = new RevealView;
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_reveal);
    m_large = new QCheckBox(tr("&Large type for the room"), page);
    connect(m_large, &QCheckBox::toggled, m_reveal, &RevealView::setLargeType);

    auto *outcome = new QGroupBox(tr("Outcome"), page);
    auto *form = new QVBoxLayout(outcome);
    m_outcomeCandidate = new QComboBox(outcome);
    m_outcomeCandidate->setAccessibleName(tr("Candidate to decide"));
    connect(m_outcomeCandidate, &QComboBox::currentIndexChanged, this,
            &PassLaptopDialog::fillOutcomeForm);
    m_outcomeForm = new QWidget(outcome);
    new QHBoxLayout(m_outcomeForm);
    m_overrideReason = new QLineEdit(outcome);
    m_overrideReason->setPlaceholderText(tr("Why override the room's estimate (required)"));
    m_overrideReason->setAccessibleName(tr("Override reason"));
    m_outcomeStatus = new QLabel(outcome);
    m_outcomeStatus->setWordWrap(true);
    auto *accept = button(tr("&Accept the room's estimate (Ctrl+Return)"), outcome);
    auto *override = button(tr("&Override with these values"), outcome);
    connect(accept, &QPushButton::clicked, this, [this] { acceptOrOverride(false); });
    connect(override, &QPushButton::clicked, this, [this] { acceptOrOverride(true); });
    form->addWidget(m_outcomeCandidate);
    form->addWidget(m_outcomeForm);
    form->addWidget(m_overrideReason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_outcomeStatus, 1);
    buttons->addWidget(override);
    buttons->addWidget(accept);
    form->addLayout(buttons);

    layout->addWidget(scroll, 1);
    layout->addWidget(m_large);
    layout->addWidget(outcome);
    return page;
}

void PassLaptopDialog::startRound()
{
    QList<int> ids;
    for (int i = 0; i < m_candidates->count(); ++i)
        if (m_candidates->item(i)->checkState() == Qt::Checked)
            ids.append(m_candidates->item(i)->data(Qt::UserRole).toInt());
    const int number = m_editor->openRound(ids, RoundMode::Sweep, m_anonymous->isChecked());
    if (!number)
        return; // the refusal is shown by showError
    m_round = number;
    m_people = 0;
    buildBallotForm();
    clearBallot();
    m_blankText->setText(tr("Hand the laptop to the first person — press Space when ready"));
    m_pages->setCurrentIndex(int(Page::Blank));
    m_pages->currentWidget()->setFocus();
}

void PassLaptopDialog::buildBallotForm()
{
    const RoomRound *r = currentRound();
    const Workshop &w = m_doc->workshop();
    delete m_form->layout();
    qDeleteAll(m_form->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_inputs.clear();
    m_reasons.clear();
    auto *layout = new QVBoxLayout(m_form);
    for (int id : r->candidateIds) {
        const Candidate *c = w.candidate(id);
        auto *group = new QGroupBox(c->key + QStringLiteral("  ") + c->title, m_form);
        auto *grid = new QFormLayout(group);
        for (const QString &input : r->inputs) {
            const std::optional<room::InputSpec> spec = room::inputSpec(w, input);
            if (!spec)
                continue;
            QDoubleSpinBox *box = inputBox(*spec, group);
            const QString range =
                spec->ratio ? tr("%1 or more").arg(formatNumber(spec->min))
                : input == QStringLiteral("confidence")
                    ? tr("%1–%2 %").arg(formatNumber(spec->min), formatNumber(spec->max))
                    : tr("%1–%2").arg(formatNumber(spec->min), formatNumber(spec->max));
            grid->addRow(spec->optional ? tr("%1 (optional, %2)").arg(spec->label, range)
                                        : tr("%1 (%2)").arg(spec->label, range),
                         box);
            m_inputs[id].insert(input, box);
        }
        auto *reason = new QLineEdit(group);
        reason->setMaxLength(room::kMaxReasonLength);
        reason->setPlaceholderText(tr("One line: why (optional)"));
        reason->setAccessibleName(tr("Reason"));
        grid->addRow(tr("Reason"), reason);
        m_reasons.insert(id, reason);
        layout->addWidget(group);
    }
    layout->addStretch(1);
    m_name->setVisible(!r->anonymous);
}

void PassLaptopDialog::clearBallot()
{
    m_name->clear();
    for (const auto &boxes : std::as_const(m_inputs))
        for (QDoubleSpinBox *box : boxes)
            box->setValue(box->minimum());
    for (QLineEdit *reason : std::as_const(m_reasons))
        reason->clear();
    m_error->clear();
    m_error->hide();
}

QString PassLaptopDialog::nextAlias() const
{
    return room::participantAlias(m_people + 1);
}

void PassLaptopDialog::showBallot()
{
    const RoomRound *r = currentRound();
    m_ballotTitle->setText(
        r->anonymous ? tr("Round %1 — %2, your blind ballot").arg(r->number).arg(nextAlias())
                     : tr("Round %1 — your blind ballot").arg(r->number));
    m_pages->setCurrentIndex(int(Page::Ballot));
    if (!r->anonymous)
        m_name->setFocus();
    else if (QDoubleSpinBox *first =
                 m_inputs.value(r->candidateIds.value(0)).value(r->inputs.value(0)))
        first->setFocus();
}

void PassLaptopDialog::nextPerson()
{
    const RoomRound *r = currentRound();
    const QString who = r->anonymous ? nextAlias() : m_name->text().trimmed();
    QList<Ballot> ballots;
    for (int id : r->candidateIds) {
        Ballot b;
        b.participant = who;
        b.candidateId = id;
        for (auto it = m_inputs[id].cbegin(); it != m_inputs[id].cend(); ++it)
            if (given(it.value()))
                b.values.insert(it.key(), it.value()->value());
        b.reason = m_reasons.value(id)->text().trimmed();
        // Every ballot is checked before any is recorded: a person's ballot is one whole.
        if (Status s = room::checkBallot(m_doc->workshop(), *r, b); !s)
            return showError(s.error());
        ballots.append(b);
    }
    if (!r->anonymous)
        for (const Ballot &b : r->ballots)
            if (b.participant.compare(who, Qt::CaseInsensitive) == 0)
                return showError(tr("%1 has already voted in this round; each person votes "
                                    "once.")
                                     .arg(who));
    for (const Ballot &b : ballots)
        if (!m_editor->recordBallot(m_round, b))
            return;
    ++m_people;
    clearBallot();
    m_blankText->setText(tr("Thank you. Hand the laptop to the next person — press Space when "
                            "ready.\n\n%n ballot(s) handed in.",
                            nullptr, m_people));
    m_pages->setCurrentIndex(int(Page::Blank));
    m_pages->currentWidget()->setFocus();
}

void PassLaptopDialog::reveal()
{
    if (!m_editor->reveal(m_round))
        return;
    showReveal();
}

void PassLaptopDialog::showReveal()
{
    const RoomRound *r = currentRound();
    m_reveal->setRound(m_doc->workshop(), *r);
    m_outcomeCandidate->clear();
    for (const room::CandidateSpread &s : m_reveal->spreads())
        m_outcomeCandidate->addItem(m_doc->workshop().candidate(s.candidateId)->key, s.candidateId);
    m_pages->setCurrentIndex(int(Page::Reveal));
    fillOutcomeForm();
    m_outcomeCandidate->setFocus();
}

void PassLaptopDialog::fillOutcomeForm()
{
    const RoomRound *r = currentRound();
    QLayout *row = m_outcomeForm->layout();
    qDeleteAll(m_outcomeForm->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_outcomeInputs.clear();
    const int id = m_outcomeCandidate->currentData().toInt();
    if (!r || !id)
        return;
    const QMap<QString, double> agg = room::aggregate(m_doc->workshop(), *r, id);
    for (auto it = agg.cbegin(); it != agg.cend(); ++it) {
        const std::optional<room::InputSpec> spec = room::inputSpec(m_doc->workshop(), it.key());
        if (!spec)
            continue;
        auto *label = new QLabel(spec->label, m_outcomeForm);
        QDoubleSpinBox *box = inputBox(*spec, m_outcomeForm);
        box->setDecimals(2);
        box->setValue(it.value());
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box);
        m_outcomeInputs.insert(it.key(), box);
    }
    m_overrideReason->clear();
    const bool decided = std::any_of(r->outcomes.begin(), r->outcomes.end(),
                                     [&](const RoundOutcome &o) { return o.candidateId == id; });
    m_outcomeStatus->setText(decided ? tr("Decided.") : QString());
}

void PassLaptopDialog::acceptOrOverride(bool override)
{
    const int id = m_outcomeCandidate->currentData().toInt();
    bool done = false;
    if (override) {
        QMap<QString, double> values;
        for (auto it = m_outcomeInputs.cbegin(); it != m_outcomeInputs.cend(); ++it)
            if (given(it.value()))
                values.insert(it.key(), it.value()->value());
        done = m_editor->overrideValues(m_round, id, values, m_overrideReason->text(), QString());
    } else {
        done = m_editor->accept(m_round, id, QString());
    }
    if (!done)
        return;
    m_reveal->setRound(m_doc->workshop(), *currentRound());
    m_outcomeStatus->setText(override ? tr("Overridden.") : tr("Accepted."));
    if (m_outcomeCandidate->currentIndex() + 1 < m_outcomeCandidate->count())
        m_outcomeCandidate->setCurrentIndex(m_outcomeCandidate->currentIndex() + 1);
}

void PassLaptopDialog::showError(const QString &message)
{
    switch (page()) {
    case Page::Setup:
        m_setupError->setText(message);
        m_setupError->show();
        break;
    case Page::Ballot:
        m_error->setText(message);
        m_error->show();
        break;
    case Page::Blank:
        m_blankText->setText(message + QStringLiteral("\n\n") +
                             tr("Press Space for the next person."));
        break;
    case Page::Reveal:
        m_outcomeStatus->setText(message);
        break;
    }
}

void PassLaptopDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (page()) {
    case Page::Blank:
        if (event->key() == Qt::Key_Space && !event->isAutoRepeat())
            return showBallot();
        if (event->key() == Qt::Key_R && ctrl)
            return reveal();
        break;
    case Page::Ballot:
        if (enter && ctrl)
            return nextPerson();
        if (enter) {
            focusNextChild();
            return;
        }
        break;
    case Page::Setup:
        if (enter)
            return startRound();
        break;
    case Page::Reveal:
        if (enter && ctrl)
            return acceptOrOverride(false);
        break;
    }
    QDialog::keyPressEvent(event);
}

} // namespace cutline
