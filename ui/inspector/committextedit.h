// CommitTextEdit: a plain-text editor that says when editing is finished (focus leaves it),
// so a paragraph becomes one undo step, not one per keystroke.
#pragma once

#include <QPlainTextEdit>

namespace cutline {

class CommitTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CommitTextEdit(int lines, QWidget *parent = nullptr);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace cutline
