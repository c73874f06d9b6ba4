// SettingsDialog: the workshop's title, people, goals and capacity.
#pragma once

#include "core/model/workshop.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QSpinBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace cutline {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Workshop &workshop, QWidget *parent = nullptr);
    // The settings as edited (candidates and links are not part of them).
    Workshop settings() const;

private:
    void addGoal(const Goal &goal = {});

    QWidget *workshopPage(const Workshop &workshop);
    QLayout *buildGoals(const Workshop &workshop);
    QWidget *scoringPage(const Workshop &workshop);
    QWidget *oddsPage(const Workshop &workshop);
    std::optional<QString> problem() const;
    void addCriterion(const Criterion &criterion);

    Workshop m_original;
    QComboBox *m_framework;
    QTableWidget *m_criteria;
    QDoubleSpinBox *m_effortThreshold;
    QDoubleSpinBox *m_valueThreshold;
    QSpinBox *m_reviewDelay;
    QCheckBox *m_scoreUnlocked;
    QLabel *m_problem;
    QLineEdit *m_title;
    QPlainTextEdit *m_objective;
    QLineEdit *m_horizon;
    QDateEdit *m_date;
    QLineEdit *m_facilitator;
    QLineEdit *m_decider;
    QPlainTextEdit *m_participants;
    QTableWidget *m_goals;
    QDoubleSpinBox *m_capacity;
    QLineEdit *m_unit;
    QPlainTextEdit *m_notes;
    QDoubleSpinBox *m_capacityLow;
    QDoubleSpinBox *m_capacityHigh;
    QDoubleSpinBox *m_sharedError;
};

} // namespace cutline
