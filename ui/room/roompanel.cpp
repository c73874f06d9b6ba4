#include "ui/room/roompanel.h"

#include "core/model/field.h"
#include "core/room/roomlogic.h"
#include "room/qrcode.h"
#include "room/roomserver.h"
#include "room/roomsession.h"
#include "ui/document/workshopdocument.h"
#include "ui/room/overridedialog.h"
#include "ui/room/revealview.h"
#include "ui/room/roomcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cutline {

namespace {

// The QR code with its quiet zone, `modulePixels` per module, black on white.
QPixmap qrPixmap(const QString &text, int modulePixels)
{
    const room::QrCode code = room::encodeQr(text.toUtf8());
    if (code.size == 0)
        return {};
    const int quiet = 4;
    const int side = (code.size + 2 * quiet) * modulePixels;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size; ++x)
            if (code.isDark(x, y))
                painter.fillRect((x + quiet) * modulePixels, (y + quiet) * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
    return pixmap;
}

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

RoomPanel::RoomPanel(RoomController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_clock(new QTimer(this))
{
    setWindowTitle(tr("Cutline — Room"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildJoin());
    auto *right = new QVBoxLayout;
    right->addWidget(buildRound());
    right->addWidget(buildResults(), 1);
    layout->addLayout(right, 1);

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &RoomPanel::refresh);
    connect(m_controller, &RoomController::changed, this, &RoomPanel::refresh);
    connect(m_controller, &RoomController::opened, this, [this] {
        refreshJoin();
        refresh();
    });
    connect(m_controller, &RoomController::closed, this, &RoomPanel::refresh);
    refreshJoin();
    refresh();
}

QWidget *RoomPanel::buildJoin()
{
    auto *box = new QGroupBox(tr("Join from your phone"));
    auto *layout = new QVBoxLayout(box);
    m_qr = new QLabel;
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(280, 280);
    m_url = new QLabel;
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);
    m_url->setFont(scaled(font(), 1.2));
    m_pin = new QLabel;
    m_pin->setFont(scaled(font(), 2.2, true));
    m_pin->setAlignment(Qt::AlignCenter);
    m_loopbackNote = new QLabel;
    m_loopbackNote->setWordWrap(true);
    m_loopbackNote->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_addresses = new QComboBox;
    m_addresses->setToolTip(tr("The network the phones are on. The room listens on this "
                               "address only."));
    connect(m_addresses, &QComboBox::activated, this, &RoomPanel::pickAddress);
    auto *help = new QPushButton(tr("Phones can't connect?"));
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QPushButton::clicked, this, &RoomPanel::showHelp);
    layout->addWidget(m_qr);
    layout->addWidget(m_url);
    layout->addWidget(m_pin);
    layout->addWidget(m_loopbackNote);
    layout->addWidget(new QLabel(tr("Network:")));
    layout->addWidget(m_addresses);
    layout->addWidget(help);
    layout->addStretch();
    return box;
}

QWidget *RoomPanel::buildRound()
{
    auto *box = new QGroupBox(tr("Round"));
    auto *form = new QFormLayout(box);
    m_mode = new QComboBox;
    m_mode->addItem(tr("Sweep: everyone scores every candidate at their own pace"),
                    int(RoundMode::Sweep));
    m_mode->addItem(tr("Live: one candidate at a time, with a timer"), int(RoundMode::Live));
    m_seconds = new QSpinBox;
    m_seconds->setRange(0, 600);
    m_seconds->setValue(60);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setSpecialValueText(tr("no timer"));
    m_anonymous = new QCheckBox(tr("Anonymous (ballots carry no names; choose before the "
                                   "first ballot)"));
    m_autoReveal = new QCheckBox(tr("Reveal when everyone has voted"));
    connect(m_autoReveal, &QCheckBox::toggled, this, [this](bool on) {
        if (m_controller->session())
            m_controller->session()->setAutoReveal(on);
    });
    m_openRound = new QPushButton(tr("&Open Round"));
    m_openRound->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_openRound->setToolTip(tr("Ctrl+Return"));
    connect(m_openRound, &QPushButton::clicked, this, &RoomPanel::openRound);
    m_reveal = new QPushButton(tr("&Reveal"));
    m_reveal->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_reveal->setToolTip(tr("Ctrl+R: show everyone's values, lock the ballots"));
    connect(m_reveal, &QPushButton::clicked, this, [this] { act(m_controller->reveal()); });
    m_revote = new QPushButton(tr("&Vote Again"));
    m_revote->setShortcut(QKeySequence(tr("Ctrl+Shift+Return")));
    m_revote->setToolTip(tr("Ctrl+Shift+Return: a new blind round on the same candidates "
                            "(at most %1 per candidate)")
                             .arg(room::kMaxRounds));
    connect(m_revote, &QPushButton::clicked, this, [this] { act(m_controller->revote()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openRound);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_revote);
    m_state = new QLabel;
    m_state->setFont(scaled(font(), 1.3, true));
    m_state->setWordWrap(true);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Timer (live):"), m_seconds);
    form->addRow(QString(), m_anonymous);
    form->addRow(QString(), m_autoReveal);
    form->addRow(buttons);
    form->addRow(m_state);
    return box;
}

QWidget *RoomPanel::buildResults()
{
    auto *split = new QWidget;
    auto *layout = new QHBoxLayout(split);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *votersBox = new QGroupBox(tr("Who has voted"));
    auto *votersLayout = new QVBoxLayout(votersBox);
    m_voters = new QListWidget;
    m_voters->setFont(scaled(font(), 1.2));
    // Wide enough for a long name with its count, in the panel's large type.
    m_voters->setMinimumWidth(
        QFontMetrics(m_voters->font())
            .horizontalAdvance(tr("… %1 (%2 of %3)")
                                   .arg(QStringLiteral("Émile Dubois-Lefèvre"),
                                        QStringLiteral("30"), QStringLiteral("30"))) +
        32);
    votersLayout->addWidget(m_voters);
    auto *resultsBox = new QGroupBox(tr("Discussion"));
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    m_results = new QStackedWidget;
    auto *hidden = new QLabel(tr("Values stay hidden until the reveal — on this screen too."));
    hidden->setWordWrap(true);
    hidden->setAlignment(Qt::AlignCenter);
    m_queue = new QListWidget;
    m_queue->setFont(scaled(font(), 1.1));
    m_queue->setWordWrap(true);
    m_queue->setAlternatingRowColors(true);
    m_queue->setSpacing(4);
    auto *revealed = new QWidget;
    auto *revealedLayout = new QVBoxLayout(revealed);
    revealedLayout->setContentsMargins(0, 0, 0, 0);
    // The queue picks the candidate to talk about; the reveal view draws its spread (all of
    // them in discussion order when none is picked).
    auto *spread = new QHBoxLayout;
    m_revealView = new RevealView;
    m_revealView->setLargeType(true);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_revealView);
    scroll->setWidgetResizable(true);
    spread->addWidget(m_queue, 2);
    spread->addWidget(scroll, 5);
    revealedLayout->addLayout(spread, 1);
    auto *decide = new QHBoxLayout;
    m_accept = new QPushButton(tr("&Accept Room's Estimate"));
    m_accept->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_accept->setToolTip(tr("Ctrl+Shift+A: the median (geometric mean for effort and reach) "
                            "becomes the selected candidate's estimate; one undo step"));
    m_override = new QPushButton(tr("O&verride…"));
    m_override->setToolTip(tr("Set other values, with the reason the record will show"));
    connect(m_accept, &QPushButton::clicked, this, &RoomPanel::acceptSelected);
    connect(m_override, &QPushButton::clicked, this, &RoomPanel::overrideSelected);
    connect(m_queue, &QListWidget::currentRowChanged, this, [this] {
        const bool chosen = selectedCandidate() != 0;
        m_accept->setEnabled(chosen);
        m_override->setEnabled(chosen);
        if (const room::RoomSession *s = m_controller->session(); s && s->hasRound())
            m_revealView->setRound(s->workshop(), s->round(), selectedCandidate());
    });
    decide->addWidget(m_accept);
    decide->addWidget(m_override);
    revealedLayout->addLayout(decide);
    m_results->addWidget(hidden);
    m_results->addWidget(revealed);
    resultsLayout->addWidget(m_results);
    layout->addWidget(votersBox, 0); // as wide as a name with its count, the rest for the talk
    layout->addWidget(resultsBox, 1);
    return split;
}

QString RoomPanel::connectionHelp()
{
    return tr("<p><b>Same network.</b> Phones must be on the network shown under the QR code. "
              "Mobile data does not reach this laptop.</p>"
              "<p><b>Guest Wi-Fi.</b> Guest and conference networks often isolate devices from "
              "each other (client isolation): phones then cannot reach the laptop at all. Use "
              "the office network, or a hotspot from the laptop or a phone.</p>"
              "<p><b>Firewall.</b> The laptop's firewall must let the room's port in (shown "
              "after the colon in the address).</p>"
              "<p><b>Wrong network picked.</b> Choose another network above: the address "
              "changes, phones scan again.</p>"
              "<p><b>No camera?</b> Type the address exactly as shown, with the long code, "
              "then the PIN.</p>");
}

int RoomPanel::selectedCandidate() const
{
    const QListWidgetItem *item = m_queue->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

void RoomPanel::acceptSelected()
{
    if (const int id = selectedCandidate())
        act(m_controller->accept(id));
}

void RoomPanel::overrideSelected()
{
    const int id = selectedCandidate();
    const room::RoomSession *s = m_controller->session();
    if (!id || !s || !s->hasRound())
        return;
    OverrideDialog dialog(s->workshop(), id, s->round().inputs,
                          room::aggregate(s->workshop(), s->round(), id), this);
    if (dialog.exec() == QDialog::Accepted)
        act(m_controller->overrideValues(id, dialog.values(), dialog.reason()));
}

void RoomPanel::showHelp()
{
    QMessageBox::information(this, tr("Phones Can't Connect?"), connectionHelp());
}

void RoomPanel::refreshJoin()
{
    m_addresses->clear();
    const QList<room::RoomAddress> addresses = room::roomAddresses();
    for (const room::RoomAddress &a : addresses) {
        m_addresses->addItem(a.label(), a.address.toString());
        if (a.address == m_controller->address().address)
            m_addresses->setCurrentIndex(m_addresses->count() - 1);
    }
    const QString url = m_controller->joinUrl().toString();
    m_qr->setPixmap(url.isEmpty() ? QPixmap() : qrPixmap(url, 7));
    m_url->setText(url.isEmpty() ? tr("The room is closed.") : url);
    m_pin->setText(url.isEmpty() ? QString() : tr("PIN %1").arg(m_controller->pin()));
    m_loopbackNote->setText(
        m_controller->address().loopback && !url.isEmpty()
            ? tr("Only this computer can join: no network is connected. Connect to the "
                 "room's Wi-Fi, then choose it above.")
            : QString());
}

void RoomPanel::pickAddress(int index)
{
    const QList<room::RoomAddress> addresses = room::roomAddresses();
    for (const room::RoomAddress &a : addresses)
        if (a.address.toString() == m_addresses->itemData(index).toString()) {
            act(m_controller->moveTo(a));
            break;
        }
    refreshJoin();
}

void RoomPanel::openRound()
{
    const auto mode = RoundMode(m_mode->currentData().toInt());
    QList<int> ids = m_controller->roundCandidates();
    if (mode == RoundMode::Live && !ids.isEmpty()) {
        // Live: the next candidate that has not been scored in this room yet, else the first.
        const room::RoomSession *s = m_controller->session();
        int next = ids.first();
        if (s && s->hasRound())
            for (int id : ids)
                if (m_controller->document()->workshop().indexOf(id) >
                    m_controller->document()->workshop().indexOf(s->round().candidateIds.last())) {
                    next = id;
                    break;
                }
        ids = {next};
    }
    if (ids.isEmpty()) {
        Q_EMIT refused(tr("No undecided candidate can have another round."));
        return;
    }
    act(m_controller->openRound(mode, m_anonymous->isChecked(), ids,
                                mode == RoundMode::Live ? m_seconds->value() : 0));
}

void RoomPanel::act(const Status &status)
{
    if (!status)
        Q_EMIT refused(status.error());
    refresh();
}

void RoomPanel::refresh()
{
    const room::RoomSession *s = m_controller->session();
    const bool open = s != nullptr;
    const bool hasRound = open && s->hasRound();
    const bool revealed = hasRound && s->round().revealed();
    m_openRound->setEnabled(open && (!hasRound || revealed));
    m_reveal->setEnabled(hasRound && !revealed);
    m_revote->setEnabled(revealed);
    m_anonymous->setEnabled(open && (!hasRound || revealed));
    if (open)
        m_autoReveal->setChecked(s->autoReveal());
    if (!open)
        m_state->setText(tr("The room is closed."));
    else if (!hasRound)
        m_state->setText(tr("No round yet. Choose the mode, then Open Round."));
    else {
        const RoomRound &r = s->round();
        QString text = tr("Round %1 · %2 · %3 · %4")
                           .arg(r.number)
                           .arg(r.mode == RoundMode::Live ? tr("live") : tr("sweep"),
                                r.anonymous ? tr("anonymous") : tr("named"),
                                revealed ? tr("revealed, ballots locked") : tr("voting"));
        if (s->deadline().isValid() && !revealed)
            text += tr(" · %1 s left")
                        .arg(std::max<qint64>(
                            0, QDateTime::currentDateTimeUtc().secsTo(s->deadline())));
        m_state->setText(text);
    }
    if (hasRound && s->deadline().isValid() && !revealed)
        m_clock->start();
    else
        m_clock->stop();
    refreshVoters();
    refreshQueue();
}

void RoomPanel::refreshVoters()
{
    m_voters->clear();
    const room::RoomSession *s = m_controller->session();
    if (!s)
        return;
    const QStringList finished = s->finished();
    for (int i = 0; i < s->participants().size(); ++i) {
        const QString name = s->participant(i).name;
        const bool done = s->hasRound() && finished.contains(s->ballotName(i));
        const int count = int(s->ballotsOf(i).size());
        const int of = s->hasRound() ? int(s->round().candidateIds.size()) : 0;
        m_voters->addItem(done ? tr("✓ %1").arg(name)
                               : tr("… %1 (%2 of %3)").arg(name).arg(count).arg(of));
    }
    if (s->participants().isEmpty())
        m_voters->addItem(tr("Nobody has joined yet."));
}

void RoomPanel::refreshQueue()
{
    const room::RoomSession *s = m_controller->session();
    const bool revealed = s && s->hasRound() && s->round().revealed();
    m_results->setCurrentIndex(revealed ? 1 : 0);
    const int selected = selectedCandidate();
    m_queue->clear();
    m_accept->setEnabled(false);
    m_override->setEnabled(false);
    if (!revealed)
        return;
    m_revealView->setRound(s->workshop(), s->round(), selected);
    const Workshop &w = s->workshop();
    for (const room::CandidateSpread &spread : room::discussionQueue(w, s->round())) {
        const Candidate *c = w.candidate(spread.candidateId);
        if (!c)
            continue;
        QStringList flags;
        if (spread.couldChangePlan)
            flags << tr("could change the plan");
        if (spread.diverges)
            flags << tr("views differ");
        if (spread.acceptChangesPlan)
            flags << tr("accepting moves the plan");
        // What Accept would write, with the room's range beside each number.
        const QMap<QString, double> accepted = room::aggregate(w, s->round(), spread.candidateId);
        QStringList medians;
        for (const room::InputSpread &in : spread.inputs) {
            const auto spec = room::inputSpec(w, in.input);
            medians << tr("%1 %2 (%3–%4)")
                           .arg(spec ? spec->label : in.input,
                                formatAmount(accepted.value(in.input, in.median)),
                                formatAmount(in.min), formatAmount(in.max));
        }
        QString line = tr("%1 %2 — %n ballot(s)", nullptr, spread.ballots).arg(c->key, c->title);
        if (!flags.isEmpty())
            line += QStringLiteral(" · ") + flags.join(QStringLiteral(" · "));
        line += QLatin1Char('\n') + medians.join(QStringLiteral(", "));
        const QString prompt = room::explainPrompt(spread, s->round().anonymous);
        if (!prompt.isEmpty())
            line += QLatin1Char('\n') + prompt;
        const auto outcome = std::find_if(
            s->round().outcomes.cbegin(), s->round().outcomes.cend(),
            [&](const RoundOutcome &o) { return o.candidateId == spread.candidateId; });
        const RoomRound *recorded = nullptr;
        for (const RoomRound &r : w.rounds)
            if (r.number == s->round().number)
                recorded = &r;
        const bool settled =
            outcome != s->round().outcomes.cend() ||
            (recorded && std::any_of(recorded->outcomes.cbegin(), recorded->outcomes.cend(),
                                     [&](const RoundOutcome &o) {
                                         return o.candidateId == spread.candidateId;
                                     }));
        if (settled)
            line += QLatin1Char('\n') + tr("✓ settled");
        auto *item = new QListWidgetItem(line, m_queue);
        item->setData(Qt::UserRole, spread.candidateId);
        if (spread.candidateId == selected)
            m_queue->setCurrentItem(item);
    }
}

} // namespace cutline
