// Test support for the widget suites: choosing a decision from a view's context menu.
#pragma once

#include "ui/decision/decisionmenu.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QTest>

namespace cutline::test {

// Opens the context menu at `pos` of `view`'s viewport and chooses `text` in it.
inline void chooseFromContextMenu(QAbstractScrollArea *view, const QPoint &pos, const QString &text)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &event);
    auto *menu = view->findChild<DecisionMenu *>();
    QVERIFY(menu);
    QVERIFY(menu->isVisible());
    for (QAction *action : menu->actions())
        if (action->text() == text) {
            action->trigger();
            menu->close();
            return;
        }
    QFAIL("no such action");
}

} // namespace cutline::test
