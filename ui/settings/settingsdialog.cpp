#include "ui/settings/settingsdialog.h"

#include "core/odds/oddssettings.h"
#include "core/odds/range.h"
#include "core/scoring/scoring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cutline {

namespace {
const QDate kNoDate(2000, 1, 1);

QPlainTextEdit *textBox(const QString &text, int lines)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

SettingsDialog::SettingsDialog(const Workshop &w, QWidget *parent) : QDialog(parent), m_original(w)
{
    setWindowTitle(tr("Workshop Settings"));
    auto *tabs = new QTabWidget;
    tabs->addTab(workshopPage(w), tr("&Workshop"));
    tabs->addTab(scoringPage(w), tr("&Scoring"));
    tabs->addTab(oddsPage(w), tr("&Uncertainty"));

    m_problem = new QLabel;
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto problem = this->problem()) {
            m_problem->setText(*problem);
            m_problem->show();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QWidget *SettingsDialog::workshopPage(const Workshop &w)
{
    m_title = new QLineEdit(w.title);
    m_title->setPlaceholderText(tr("e.g. Invoicing — 2027 Q1 planning"));
    m_objective = textBox(w.objective, 2);
    m_objective->setPlaceholderText(tr("What must this quarter achieve?"));
    m_horizon = new QLineEdit(w.horizon);
    m_horizon->setPlaceholderText(tr("e.g. 2027 Q1"));
    m_date = new QDateEdit(w.date.isValid() ? w.date : kNoDate);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("none"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_facilitator = new QLineEdit(w.facilitator);
    m_decider = new QLineEdit(w.decider);
    m_decider->setPlaceholderText(tr("The one person who makes the call"));
    m_participants = textBox(w.participants.join(QLatin1Char('\n')), 3);
    m_participants->setPlaceholderText(tr("One name per line"));
    m_capacity = new QDoubleSpinBox;
    m_capacity->setRange(0, 1e6);
    m_capacity->setDecimals(1);
    m_capacity->setValue(w.capacity);
    m_unit = new QLineEdit(w.capacityUnit);
    m_notes = textBox(w.notes, 3);

    m_unit->setAccessibleName(tr("Capacity unit"));
    QLayout *goals = buildGoals(w);

    auto *capacityRow = new QHBoxLayout;
    capacityRow->addWidget(m_capacity);
    capacityRow->addWidget(m_unit, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("&Horizon:"), m_horizon);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("&Decider:"), m_decider);
    form->addRow(tr("&Participants:"), m_participants);
    // A row holding a layout gets a label without a buddy, which shows "&" as it is.
    auto *capacityLabel = new QLabel(tr("&Capacity:"));
    capacityLabel->setBuddy(m_capacity);
    form->addRow(capacityLabel, capacityRow);
    form->addRow(tr("&Goals:"), m_goals);
    form->addRow(QString(), goals);
    form->addRow(tr("&Notes:"), m_notes);

    auto *general = new QWidget;
    general->setLayout(form);
    return general;
}

// The goals table and its buttons, below it.
QLayout *SettingsDialog::buildGoals(const Workshop &w)
{
    m_goals = new QTableWidget(0, 3);
    m_goals->setHorizontalHeaderLabels({tr("Goal"), tr("Metric"), tr("Target")});
    m_goals->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_goals->verticalHeader()->hide();
    m_goals->setMinimumHeight(110);
    for (const Goal &g : w.goals)
        addGoal(g);
    auto *addGoalButton = new QPushButton(tr("Add Goal"));
    auto *removeGoalButton = new QPushButton(tr("Remove Goal"));
    connect(addGoalButton, &QPushButton::clicked, this, [this] {
        addGoal();
        m_goals->setCurrentCell(m_goals->rowCount() - 1, 0);
        m_goals->editItem(m_goals->currentItem());
    });
    connect(removeGoalButton, &QPushButton::clicked, this, [this] {
        if (m_goals->currentRow() >= 0)
            m_goals->removeRow(m_goals->currentRow());
    });
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(addGoalButton);
    goalButtons->addWidget(removeGoalButton);
    goalButtons->addStretch();
    return goalButtons;
}

QWidget *SettingsDialog::scoringPage(const Workshop &w)
{
    m_framework = new QComboBox;
    for (Framework f : allFrameworks())
        m_framework->addItem(frameworkName(f), int(f));
    m_framework->setCurrentIndex(m_framework->findData(int(w.framework)));
    m_scoreUnlocked = new QCheckBox(tr("Count what a candidate unloc&ks in its value (value / "
                                       "effort and RICE)"));
    m_scoreUnlocked->setToolTip(tr("A blocker then scores with the value of everything that "
                                   "cannot happen without it."));
    m_scoreUnlocked->setChecked(w.scoreUnlockedValue);
    auto *description = new QLabel;
    description->setWordWrap(true);
    m_criteria = new QTableWidget(0, 2);
    m_criteria->setHorizontalHeaderLabels({tr("Criterion"), tr("Weight")});
    m_criteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_criteria->verticalHeader()->hide();
    m_criteria->setMinimumHeight(120);
    for (const Criterion &c : w.criteria)
        addCriterion(c);
    auto *addButton = new QPushButton(tr("Add Criterion"));
    auto *removeButton = new QPushButton(tr("Remove Criterion"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        addCriterion(Criterion{tr("Criterion %1").arg(m_criteria->rowCount() + 1), 1});
        m_criteria->setCurrentCell(m_criteria->rowCount() - 1, 0);
        m_criteria->editItem(m_criteria->currentItem());
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_criteria->currentRow() >= 0)
            m_criteria->removeRow(m_criteria->currentRow());
    });
    auto *criteriaButtons = new QHBoxLayout;
    criteriaButtons->addWidget(addButton);
    criteriaButtons->addWidget(removeButton);
    criteriaButtons->addStretch();
    const auto update = [this, description, addButton, removeButton] {
        const auto f = Framework(m_framework->currentData().toInt());
        description->setText(tr("Score = %1. The plan always maximises value (reach × impact "
                                "× confidence) within capacity; the score ranks and explains.")
                                 .arg(frameworkDescription(f)));
        const bool weighted = f == Framework::Weighted;
        m_criteria->setEnabled(weighted);
        m_scoreUnlocked->setEnabled(f == Framework::ValueEffort || f == Framework::Rice);
        addButton->setEnabled(weighted);
        removeButton->setEnabled(weighted);
    };
    connect(m_framework, &QComboBox::currentIndexChanged, this, update);
    update();

    const auto threshold = [](const std::optional<double> &value) {
        auto *box = new QDoubleSpinBox;
        box->setRange(-1, 1e6);
        box->setDecimals(2);
        box->setSpecialValueText(tr("median"));
        box->setValue(value.value_or(-1));
        return box;
    };
    m_effortThreshold = threshold(w.effortThreshold);
    m_valueThreshold = threshold(w.valueThreshold);
    m_reviewDelay = new QSpinBox;
    m_reviewDelay->setRange(0, 3650);
    m_reviewDelay->setSuffix(tr(" days"));
    m_reviewDelay->setValue(w.reviewDelayDays);

    auto *form = new QFormLayout;
    form->addRow(tr("&Framework:"), m_framework);
    form->addRow(QString(), description);
    form->addRow(QString(), m_scoreUnlocked);
    form->addRow(tr("Criter&ia:"), m_criteria);
    form->addRow(QString(), criteriaButtons);
    form->addRow(tr("Chart split at &effort:"), m_effortThreshold);
    form->addRow(tr("Chart split at &value:"), m_valueThreshold);
    form->addRow(tr("&Review committed work:"), m_reviewDelay);
    form->addRow(QString(), new QLabel(tr("after the end of the horizon")));
    auto *page = new QWidget;
    page->setLayout(form);
    return page;
}

void SettingsDialog::addCriterion(const Criterion &criterion)
{
    const int row = m_criteria->rowCount();
    m_criteria->insertRow(row);
    m_criteria->setItem(row, 0, new QTableWidgetItem(criterion.name));
    auto *weight = new QTableWidgetItem;
    weight->setData(Qt::EditRole, criterion.weight);
    m_criteria->setItem(row, 1, weight);
}

void SettingsDialog::addGoal(const Goal &goal)
{
    const int row = m_goals->rowCount();
    m_goals->insertRow(row);
    m_goals->setItem(row, 0, new QTableWidgetItem(goal.name));
    m_goals->setItem(row, 1, new QTableWidgetItem(goal.metric));
    m_goals->setItem(row, 2, new QTableWidgetItem(goal.target));
}

// What the odds (issue 14) read from the workshop: the capacity as a range, and how strongly
// the effort estimates err together.
QWidget *SettingsDialog::oddsPage(const Workshop &w)
{
    const auto rangeEnd = [&w](std::optional<double> value) {
        auto *box = new QDoubleSpinBox;
        box->setRange(0, 1e6);
        box->setDecimals(1);
        box->setSuffix(QLatin1Char(' ') + w.capacityUnit);
        box->setSpecialValueText(tr("no range"));
        box->setValue(value.value_or(0));
        return box;
    };
    m_capacityLow = rangeEnd(w.odds.capacityLow);
    m_capacityHigh = rangeEnd(w.odds.capacityHigh);
    m_sharedError = new QDoubleSpinBox;
    m_sharedError->setRange(0, kMaxSharedError);
    m_sharedError->setSingleStep(0.1);
    m_sharedError->setDecimals(2);
    m_sharedError->setSpecialValueText(tr("independent"));
    m_sharedError->setValue(w.odds.sharedError);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_capacityLow, 1);
    rangeRow->addWidget(new QLabel(tr("to")));
    rangeRow->addWidget(m_capacityHigh, 1);
    const auto note = [](const QString &text) {
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #555"));
        return label;
    };
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *rangeLabel = new QLabel(tr("Capacity &range:"));
    rangeLabel->setBuddy(m_capacityLow);
    form->addRow(rangeLabel, rangeRow);
    form->addRow(QString(), note(tr("What the team may really have, as an 80 % band: the low "
                                    "and high ends are the 10th and 90th percentiles. Leave both "
                                    "at \"no range\" for a fixed capacity.")));
    form->addRow(tr("Estimates err &together:"), m_sharedError);
    form->addRow(QString(), note(tr("0: each effort estimate errs on its own. Up to 0.9: they "
                                    "err together, as when the whole team is optimistic (the "
                                    "correlation of the log-efforts). Each candidate keeps its "
                                    "own range.")));
    return page;
}

std::optional<QString> SettingsDialog::problem() const
{
    const Workshop w = settings();
    if (auto problem = checkCriteria(w.criteria))
        return problem;
    if (w.odds.capacityLow.has_value() != w.odds.capacityHigh.has_value())
        return tr("Give both ends of the capacity range, or neither.");
    return odds::checkRanges(w);
}

Workshop SettingsDialog::settings() const
{
    Workshop w;
    w.assignSettings(m_original);
    w.title = m_title->text().trimmed();
    w.objective = m_objective->toPlainText().trimmed();
    w.horizon = m_horizon->text().trimmed();
    w.date = m_date->date() == kNoDate ? QDate() : m_date->date();
    w.facilitator = m_facilitator->text().trimmed();
    w.decider = m_decider->text().trimmed();
    w.participants.clear();
    for (const QString &line : m_participants->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            w.participants.append(line.trimmed());
    w.goals.clear();
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_goals->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (!text(0).isEmpty() || !text(1).isEmpty())
            w.goals.append(Goal{text(0), text(1), text(2)});
    }
    w.capacity = m_capacity->value();
    w.capacityUnit = m_unit->text().trimmed().isEmpty() ? QStringLiteral("person-weeks")
                                                        : m_unit->text().trimmed();
    w.notes = m_notes->toPlainText();
    w.framework = Framework(m_framework->currentData().toInt());
    w.criteria.clear();
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        const QTableWidgetItem *name = m_criteria->item(row, 0);
        const QTableWidgetItem *weight = m_criteria->item(row, 1);
        bool ok = false;
        const double value = weight ? weight->data(Qt::EditRole).toDouble(&ok) : 0;
        w.criteria.append(
            Criterion{name ? name->text().trimmed() : QString(), ok ? value : std::nan("")});
    }
    const auto threshold = [](const QDoubleSpinBox *box) -> std::optional<double> {
        return box->value() < 0 ? std::nullopt : std::optional<double>(box->value());
    };
    w.effortThreshold = threshold(m_effortThreshold);
    w.valueThreshold = threshold(m_valueThreshold);
    w.reviewDelayDays = m_reviewDelay->value();
    w.scoreUnlockedValue = m_scoreUnlocked->isChecked();
    const auto rangeEnd = [](const QDoubleSpinBox *box) -> std::optional<double> {
        return box->value() > 0 ? std::optional<double>(box->value()) : std::nullopt;
    };
    w.odds.capacityLow = rangeEnd(m_capacityLow);
    w.odds.capacityHigh = rangeEnd(m_capacityHigh);
    w.odds.sharedError = m_sharedError->value();
    return w;
}

} // namespace cutline
