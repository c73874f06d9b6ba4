#include "ui/decision/decisionmenu.h"

#include "core/model/candidate.h"
#include "ui/decision/decisiondialog.h"
#include "ui/document/workshopdocument.h"

#include <QPointer>

namespace cutline {

DecisionMenu::DecisionMenu(WorkshopDocument *document, int id, QWidget *parent) : QMenu(parent)
{
    const Candidate *c = document->workshop().candidate(id);
    if (!c)
        return;
    addSection(c->key);
    const std::pair<Decision, QString> choices[] = {
        {Decision::Commit, tr("Commit")},
        {Decision::Defer, tr("Defer…")},
        {Decision::Drop, tr("Drop…")},
    };
    // The dialog outlives the menu: it belongs to the view the menu was opened on.
    QPointer<QWidget> view = parent;
    for (const auto &[decision, text] : choices) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(c->decision == decision);
        action->setEnabled(!document->isReadOnly());
        connect(action, &QAction::triggered, this, [document, id, view, decision = decision] {
            if (view)
                DecisionDialog::request(view, document, id, decision);
        });
    }
}

DecisionMenu *DecisionMenu::popUp(WorkshopDocument *document, int id, QWidget *parent,
                                  const QPoint &globalPos)
{
    if (!document->workshop().candidate(id))
        return nullptr;
    auto *menu = new DecisionMenu(document, id, parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
    return menu;
}

} // namespace cutline
