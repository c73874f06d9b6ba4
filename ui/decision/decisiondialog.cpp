#include "ui/decision/decisiondialog.h"

#include "core/decision/decisions.h"
#include "core/model/field.h"
#include "ui/document/workshopdocument.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutline {

namespace {

// The plan's reason for leaving `id` out when the team has not decided on it: what a commit
// against the plan overrides.
QString planReasonWithout(const Workshop &workshop, int id)
{
    Workshop undecided = workshop;
    for (Candidate &c : undecided.candidates)
        if (c.id == id)
            c.decision = Decision::Undecided;
    const Plan plan = makePlan(undecided);
    for (const Exclusion &e : plan.excluded)
        if (e.id == id) // reasons are clauses; here one ends a sentence
            return e.reason.endsWith(QLatin1Char('.')) ? e.reason : e.reason + QLatin1Char('.');
    return {};
}

} // namespace

DecisionDialog::DecisionDialog(WorkshopDocument *document, int id, Decision decision,
                               QWidget *parent)
    : QDialog(parent), m_document(document), m_id(id), m_decision(decision)
{
    const Candidate *c = document->workshop().candidate(id);
    const QString key = c ? c->key : QString();
    setWindowTitle(tr("Why?"));
    auto *headline = new QLabel(willBe(key, decision));
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    m_explanation = new QLabel(why());
    m_explanation->setWordWrap(true);
    m_reason = new QPlainTextEdit;
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("The reason, in a sentence or two"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->installEventFilter(this);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 +
                             2 * m_reason->frameWidth() + 8);
    auto *reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);
    m_refusal = new QLabel;
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_refusal->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Decide (Ctrl+Return)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(m_explanation);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    updateOk();
    m_reason->setFocus();
    resize(480, sizeHint().height());
}

DecisionDialog *DecisionDialog::request(QWidget *parent, WorkshopDocument *document, int id,
                                        Decision decision)
{
    const Candidate *c = document->workshop().candidate(id);
    if (!c || c->decision == decision)
        return nullptr;
    if (!decisionProblem(document->workshop(), id, decision, QString())) {
        document->decide(id, decision);
        return nullptr;
    }
    auto *dialog = new DecisionDialog(document, id, decision, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString DecisionDialog::willBe(const QString &key, Decision decision)
{
    switch (decision) {
    case Decision::Commit:
        return tr("%1 will be committed.").arg(key);
    case Decision::Defer:
        return tr("%1 will be deferred.").arg(key);
    case Decision::Drop:
        return tr("%1 will be dropped.").arg(key);
    default:
        return tr("%1 will be left undecided.").arg(key);
    }
}

// Why the reason is asked for, in the words of the rule it follows.
QString DecisionDialog::why() const
{
    const Workshop &w = m_document->workshop();
    const Candidate *c = w.candidate(m_id);
    if (!c)
        return {};
    const QString record = tr("The record shows it to everyone who was not in the room.");
    const auto gone = departure(w, m_id, m_decision);
    const QString givesUp =
        gone && gone->planWouldTake
            ? QLatin1Char(' ') + tr("The plan would take it: leaving it out gives up a value "
                                    "of %1.")
                                     .arg(formatAmount(gone->valueGiven))
            : QString();
    switch (m_decision) {
    case Decision::Defer:
        return tr("Deferring %1 needs a reason: the record shows it to everyone who was not in "
                  "the room.")
                   .arg(c->key) +
               givesUp;
    case Decision::Drop:
        return tr("Dropping %1 needs a reason: the record shows it to everyone who was not in "
                  "the room.")
                   .arg(c->key) +
               givesUp;
    case Decision::Commit:
        return tr("Committing %1 departs from the plan, which leaves it out: %2")
                   .arg(c->key, planReasonWithout(w, m_id)) +
               QLatin1Char(' ') + record;
    default:
        return record;
    }
}

QString DecisionDialog::explanation() const
{
    return m_explanation->text();
}

QString DecisionDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void DecisionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
}

// Accepting keeps the dialog open with the refusal when the document refuses, so the reason
// typed is not thrown away.
void DecisionDialog::accept()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty())
        return;
    QString refused;
    const auto connection = connect(m_document, &WorkshopDocument::editRefused, this,
                                    [&refused](const QString &message) { refused = message; });
    const bool decided = m_document->decide(m_id, m_decision, reason);
    disconnect(connection);
    if (!decided) {
        m_refusal->setText(refused);
        m_refusal->show();
        return;
    }
    QDialog::accept();
}

// Ctrl+Return accepts from the reason field, where plain Return starts a new line.
bool DecisionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ControlModifier) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cutline
