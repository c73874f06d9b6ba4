#include "settingsdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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
    form->addRow(tr("&Capacity:"), capacityRow);
    form->addRow(tr("Goals:"), m_goals);
    form->addRow(QString(), goalButtons);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void SettingsDialog::addGoal(const Goal &goal)
{
    const int row = m_goals->rowCount();
    m_goals->insertRow(row);
    m_goals->setItem(row, 0, new QTableWidgetItem(goal.name));
    m_goals->setItem(row, 1, new QTableWidgetItem(goal.metric));
    m_goals->setItem(row, 2, new QTableWidgetItem(goal.target));
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
    return w;
}

} // namespace cutline
