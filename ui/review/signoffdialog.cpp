#include "ui/review/signoffdialog.h"

#include "ui/review/betstable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutline {

SignOffDialog::SignOffDialog(const Workshop &workshop, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign Off Decisions"));
    const QString who = workshop.decider.isEmpty() ? tr("the decider") : workshop.decider;
    auto *question = new QLabel(tr("Sign off the decisions as %1? The record will show the name "
                                   "and the time, and any later change of decision.")
                                    .arg(who));
    question->setWordWrap(true);
    auto *betsLabel = new QLabel(
        tr("<b>Bets.</b> For each committed candidate: the metric it should move, its baseline "
           "and target, when to review it, and how confident you are (0–100 %) that it will hit "
           "the target. The reviews later compare this with what happened; you can change a "
           "bet later from Review → Review Candidates."));
    betsLabel->setWordWrap(true);
    m_table = new BetsTable(workshop);
    betsLabel->setBuddy(m_table);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign Off"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(betsLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 200 + 30 * std::min(m_table->rowCount(), 12));
}

QMap<int, Bet> SignOffDialog::bets() const
{
    return m_table->bets();
}

void SignOffDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString SignOffDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace cutline
