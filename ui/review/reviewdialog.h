// ReviewDialog: looks back at the signed decisions one committed candidate at a time — its bet
// (editable) and what happened: what shipped, the actual effort and metric, the verdict and the
// lesson. Every save is an undoable edit of the document.
#pragma once

#include "core/model/workshop.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cutline {

class WorkshopDocument;

class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens on candidate `id`, or on the first review due when `id` is 0.
    ReviewDialog(WorkshopDocument *document, int id = 0, QWidget *parent = nullptr);

    int currentId() const;
    void setCurrentId(int id);
    // Saves the bet and the review shown; false (with the problem shown) when refused.
    bool save();
    // Saves, then moves to the next candidate whose review is missing.
    bool saveAndNext();
    void removeReview();
    QString problem() const;

    // The form's fields, for tests that type into them.
    struct Fields
    {
        QLineEdit *metric, *baseline, *target;
        QDateEdit *reviewDate;
        QSpinBox *confidence;
        QDateEdit *reviewedOn;
        QLineEdit *reviewer;
        QComboBox *shipped;
        QLineEdit *actualEffort, *actualValue;
        QComboBox *verdict;
        QPlainTextEdit *lesson;
    };
    const Fields &fields() const { return m_f; }
    QListWidget *list() const { return m_list; }

private:
    QWidget *buildForm();
    void fillList();
    void loadCandidate();
    std::optional<Bet> betFromForm(const Candidate &c) const;
    std::optional<Review> reviewFromForm(const Candidate &c, QString *problem) const;
    void showProblem(const QString &message);

    WorkshopDocument *m_document;
    QListWidget *m_list;
    QWidget *m_form;
    QLabel *m_heading;
    QLabel *m_problem;
    QPushButton *m_remove;
    Fields m_f{};
};

} // namespace cutline
