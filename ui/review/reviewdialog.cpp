#include "ui/review/reviewdialog.h"

#include "core/decision/decisions.h"
#include "core/model/field.h"
#include "core/record/recordcontent.h"
#include "core/review/loop.h"
#include "ui/document/workshopdocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cutline {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QDateEdit *dateEdit()
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ReviewDialog::ReviewDialog(WorkshopDocument *document, int id, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Review Candidates"));
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Committed candidates"));
    m_list->setMinimumWidth(300);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_heading = new QLabel;
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox;
    auto *save = buttons->addButton(tr("&Save Review"), QDialogButtonBox::ApplyRole);
    save->setToolTip(tr("Ctrl+Return"));
    auto *next = buttons->addButton(tr("Save and &Next"), QDialogButtonBox::ApplyRole);
    next->setDefault(true);
    m_remove = buttons->addButton(tr("&Remove Review"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(save, &QPushButton::clicked, this, [this] { this->save(); });
    connect(next, &QPushButton::clicked, this, [this] { saveAndNext(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeReview(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *shortcut = new QShortcut(QKeySequence(tr("Ctrl+Return")), this);
    connect(shortcut, &QShortcut::activated, this, [this] { this->save(); });

    auto *right = new QVBoxLayout;
    right->addWidget(m_heading);
    m_form = buildForm();
    right->addWidget(m_form, 1);
    right->addWidget(m_problem);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    fillList();
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { loadCandidate(); });
    const QList<int> due = dueReviews(document->workshop(), QDate::currentDate());
    setCurrentId(id ? id : (due.isEmpty() ? 0 : due.first()));
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    resize(900, 620);
}

QWidget *ReviewDialog::buildForm()
{
    auto *betBox = new QGroupBox(tr("The bet at sign-off"));
    auto *betForm = new QFormLayout(betBox);
    m_f.metric = new QLineEdit;
    m_f.baseline = new QLineEdit;
    m_f.target = new QLineEdit;
    m_f.reviewDate = dateEdit();
    m_f.confidence = new QSpinBox;
    m_f.confidence->setRange(0, 100);
    m_f.confidence->setSuffix(QStringLiteral(" %"));
    betForm->addRow(tr("&Metric:"), m_f.metric);
    betForm->addRow(tr("&Baseline:"), m_f.baseline);
    betForm->addRow(tr("&Target:"), m_f.target);
    betForm->addRow(tr("Review &date:"), m_f.reviewDate);
    betForm->addRow(tr("&Confidence:"), m_f.confidence);

    auto *reviewBox = new QGroupBox(tr("What happened"));
    auto *form = new QFormLayout(reviewBox);
    m_f.reviewedOn = dateEdit();
    m_f.reviewer = new QLineEdit;
    m_f.shipped = new QComboBox;
    for (Shipped s : {Shipped::Shipped, Shipped::Partly, Shipped::Cancelled})
        m_f.shipped->addItem(shippedName(s), int(s));
    m_f.actualEffort = new QLineEdit;
    m_f.actualValue = new QLineEdit;
    m_f.actualValue->setPlaceholderText(tr("The metric's value now"));
    m_f.verdict = new QComboBox;
    for (Verdict v : {Verdict::Hit, Verdict::Partly, Verdict::Missed})
        m_f.verdict->addItem(verdictName(v), int(v));
    m_f.lesson = new QPlainTextEdit;
    m_f.lesson->setTabChangesFocus(true);
    m_f.lesson->setPlaceholderText(tr("What would you do differently next time?"));
    m_f.lesson->setFixedHeight(m_f.lesson->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Reviewed &on:"), m_f.reviewedOn);
    form->addRow(tr("Reviewed &by:"), m_f.reviewer);
    form->addRow(tr("What &shipped:"), m_f.shipped);
    form->addRow(tr("Actual &effort:"), m_f.actualEffort);
    form->addRow(tr("Metric's actual &value:"), m_f.actualValue);
    form->addRow(tr("&Verdict:"), m_f.verdict);
    form->addRow(tr("&Lesson:"), m_f.lesson);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(betBox);
    layout->addWidget(reviewBox, 1);
    return page;
}

void ReviewDialog::fillList()
{
    const QSignalBlocker blocker(m_list);
    const int current = currentId();
    m_list->clear();
    const Workshop &w = m_document->workshop();
    const QDate today = QDate::currentDate();
    for (int id : reviewableCandidates(w)) {
        const Candidate *c = w.candidate(id);
        const QDate due = reviewDueDate(*c);
        QString state;
        if (c->review)
            state = tr("reviewed %1: %2")
                        .arg(dateText(c->review->reviewedOn), verdictName(c->review->verdict));
        else if (due.isValid() && due <= today)
            state = tr("due since %1").arg(dateText(due));
        else if (due.isValid())
            state = tr("review on %1").arg(dateText(due));
        else
            state = tr("no review date");
        auto *item = new QListWidgetItem(c->key + QLatin1Char(' ') + c->title + QLatin1Char('\n') +
                                         QStringLiteral("    ") + state);
        item->setData(kIdRole, id);
        if (!c->review && due.isValid() && due <= today) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_list->addItem(item);
    }
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kIdRole).toInt() == current)
            m_list->setCurrentRow(row);
}

int ReviewDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toInt() : 0;
}

void ReviewDialog::setCurrentId(int id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kIdRole).toInt() == id)
            m_list->setCurrentRow(row);
    loadCandidate();
}

void ReviewDialog::loadCandidate()
{
    showProblem(QString());
    const Workshop &w = m_document->workshop();
    const Candidate *c = w.candidate(currentId());
    m_form->setEnabled(c != nullptr);
    m_remove->setEnabled(c && c->review);
    if (!c) {
        m_heading->setText(w.signOff.by.isEmpty()
                               ? tr("Nothing to review: the decisions are not signed off yet.")
                               : tr("Nothing to review: no candidate is committed."));
        return;
    }
    m_heading->setText(tr("%1 %2 — estimated %3 %4")
                           .arg(c->key, c->title, formatAmount(c->effort), w.capacityUnit));
    const Bet bet = proposedBet(w, *c);
    m_f.metric->setText(bet.metric);
    m_f.baseline->setText(bet.baseline);
    m_f.target->setText(bet.target);
    m_f.reviewDate->setDate(bet.reviewDate.isValid() ? bet.reviewDate : QDate::currentDate());
    m_f.confidence->setValue(qRound(bet.confidence));
    const Review review = c->review.value_or(Review{});
    m_f.reviewedOn->setDate(c->review ? review.reviewedOn : QDate::currentDate());
    m_f.reviewer->setText(c->review ? review.reviewer : decisionAuthor(m_document->author()));
    m_f.shipped->setCurrentIndex(m_f.shipped->findData(int(review.shipped)));
    m_f.actualEffort->setText(review.actualEffort ? formatNumber(*review.actualEffort) : QString());
    m_f.actualEffort->setPlaceholderText(
        tr("in %1 (estimated %2)").arg(w.capacityUnit, formatAmount(c->effort)));
    m_f.actualValue->setText(review.actualValue);
    m_f.verdict->setCurrentIndex(m_f.verdict->findData(int(review.verdict)));
    m_f.lesson->setPlainText(review.lesson);
    m_remove->setEnabled(c->review.has_value());
}

std::optional<Bet> ReviewDialog::betFromForm(const Candidate &c) const
{
    Bet bet;
    bet.metric = m_f.metric->text().trimmed();
    bet.baseline = m_f.baseline->text().trimmed();
    bet.target = m_f.target->text().trimmed();
    bet.reviewDate = m_f.reviewDate->date();
    bet.confidence = m_f.confidence->value();
    // An untouched proposal for a candidate without a bet stays no bet.
    if (!c.bet && bet == proposedBet(m_document->workshop(), c))
        return std::nullopt;
    return bet;
}

std::optional<Review> ReviewDialog::reviewFromForm(const Candidate &c, QString *problem) const
{
    Review r;
    r.reviewedOn = m_f.reviewedOn->date();
    r.reviewer = m_f.reviewer->text().trimmed();
    r.shipped = Shipped(m_f.shipped->currentData().toInt());
    r.verdict = Verdict(m_f.verdict->currentData().toInt());
    r.actualValue = m_f.actualValue->text().trimmed();
    r.lesson = m_f.lesson->toPlainText().trimmed();
    const QString effort = m_f.actualEffort->text().trimmed();
    if (!effort.isEmpty()) {
        bool ok = false;
        double value = QLocale().toDouble(effort, &ok);
        if (!ok)
            value = QLocale::c().toDouble(effort, &ok);
        if (!ok) {
            *problem = tr("%1: the actual effort \"%2\" is not a number.").arg(c.key, effort);
            return std::nullopt;
        }
        if (auto refused = setActualEffort(r, c.key, value)) {
            *problem = *refused;
            return std::nullopt;
        }
    }
    return r;
}

bool ReviewDialog::save()
{
    const Candidate *c = m_document->workshop().candidate(currentId());
    if (!c)
        return false;
    QString problem;
    const std::optional<Review> review = reviewFromForm(*c, &problem);
    if (!review) {
        showProblem(problem);
        return false;
    }
    QString refused;
    auto connection = connect(m_document, &WorkshopDocument::editRefused, this,
                              [&refused](const QString &message) { refused = message; });
    const int id = c->id;
    const std::optional<Bet> bet = betFromForm(*c);
    const bool ok = (!bet || m_document->setBet(id, bet)) && m_document->setReview(id, review);
    disconnect(connection);
    if (!ok) {
        showProblem(refused);
        return false;
    }
    fillList();
    loadCandidate();
    return true;
}

bool ReviewDialog::saveAndNext()
{
    if (!save())
        return false;
    const Workshop &w = m_document->workshop();
    const int from = m_list->currentRow();
    for (int step = 1; step <= m_list->count(); ++step) {
        const int row = (from + step) % m_list->count();
        const int id = m_list->item(row)->data(kIdRole).toInt();
        if (!w.candidate(id)->review) {
            setCurrentId(id);
            m_f.actualEffort->setFocus();
            return true;
        }
    }
    return true;
}

void ReviewDialog::removeReview()
{
    if (m_document->setReview(currentId(), std::nullopt)) {
        fillList();
        loadCandidate();
    }
}

void ReviewDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString ReviewDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace cutline
