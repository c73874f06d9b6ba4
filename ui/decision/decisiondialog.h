// DecisionDialog: the one way a decision is made from any view — asks for the reason when the
// decision needs one the candidate lacks, says why in plain words, then decides through the
// document.
#pragma once

#include "core/model/candidate.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace cutline {

class WorkshopDocument;

class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(WorkshopDocument *document, int id, Decision decision,
                   QWidget *parent = nullptr);

    // Decides `decision` on candidate `id`: at once when no reason is missing (returns
    // nullptr), otherwise opens a window-modal dialog (deleted when closed) and returns it.
    static DecisionDialog *request(QWidget *parent, WorkshopDocument *document, int id,
                                   Decision decision);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString explanation() const;
    QString refusal() const;

    void accept() override;

    // "C-22 will be deferred." — the sentence that heads the dialog.
    static QString willBe(const QString &key, Decision decision);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString why() const;
    void updateOk();

    WorkshopDocument *m_document;
    int m_id;
    Decision m_decision;
    QLabel *m_explanation;
    QLabel *m_refusal;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace cutline
