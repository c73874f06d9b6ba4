#include "ui/inspector/committextedit.h"

#include <QKeyEvent>

namespace cutline {

CommitTextEdit::CommitTextEdit(int lines, QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true); // keyboard users move on with Tab, as in a form
    const int lineHeight = fontMetrics().lineSpacing();
    setFixedHeight(lineHeight * lines + 2 * frameWidth() + 8);
}

void CommitTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT editingFinished();
}

void CommitTextEdit::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Enter commits without leaving the field.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() & Qt::ControlModifier) {
        Q_EMIT editingFinished();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace cutline
