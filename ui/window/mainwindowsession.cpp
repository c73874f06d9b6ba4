// MainWindow and the person at it: the first window's size, presentation mode, Undo/Redo
// from any field, and the name decisions are recorded under.
#include "ui/window/mainwindow.h"

#include "core/decision/decisions.h"
#include "core/model/field.h"
#include "ui/document/workshopdocument.h"
#include "ui/inspector/inspector.h"
#include "ui/plan/planview.h"
#include "ui/projector/projectorview.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace cutline {

namespace {
const QString authorKey()
{
    return QStringLiteral("user/name");
}
} // namespace

void MainWindow::placeInitialGeometry()
{
    QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        return;
    // First start: fit the screen we are on (a 1366×768 laptop included), centred.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    const QSize size(std::min(1440, available.width() * 92 / 100),
                     std::min(900, available.height() * 90 / 100));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_actions.presentation->setChecked(on);
    if (!on) {
        m_projector->hide();
        activateWindow();
        return;
    }
    if (!m_projector) {
        m_projector = new ProjectorView(m_document, m_planView->controller(), this);
        connect(m_projector, &ProjectorView::leaveRequested, this,
                [this] { setPresentationMode(false); });
    }
    if (const int id = currentCandidateId())
        m_projector->setFocusId(id);
    // A second screen is the projector: the room sees the plan, the laptop keeps this window.
    QScreen *target = screen();
    for (QScreen *other : QGuiApplication::screens())
        if (other != screen()) {
            target = other;
            break;
        }
    if (target) {
        m_projector->setScreen(target);
        m_projector->setGeometry(target->geometry());
    }
    m_projector->showFullScreen();
    m_projector->raise();
    m_projector->activateWindow();
    m_projector->setFocus();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this)
        return QMainWindow::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // The document's undo wins unless the field holds typing it has not committed yet.
        if ((key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) &&
            !fieldKeepsUndo(widget)) {
            event->ignore();
            return true;
        }
    }
    // Ask for the author's name before the first decision, so the log names a person.
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress) {
        // The inspector's decision, the table's decision editor, "Adopt Plan" (clicked, or
        // pressed with Space or Return: other keys there, Ctrl+S or an arrow, decide nothing).
        const auto *key =
            event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
        const bool presses =
            !key || ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Return ||
                      key->key() == Qt::Key_Enter) &&
                     !(key->modifiers() & ~Qt::KeypadModifier));
        const bool decides = widget == m_inspector->editorFor(Field::Decision) ||
                             (qobject_cast<QComboBox *>(widget) && m_table->isAncestorOf(widget)) ||
                             (widget->parentWidget() == m_planView &&
                              qobject_cast<QPushButton *>(widget) && presses);
        // Asked after this event, never inside it: a dialog's own event loop here would let
        // the table close (and delete) the editor this event is on its way to. The press is
        // swallowed; the person decides once they have said who they are.
        if (decides && !m_document->isReadOnly() && !QSettings().contains(authorKey())) {
            QTimer::singleShot(0, this, &MainWindow::ensureAuthor);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::fieldKeepsUndo(QWidget *widget) const
{
    QWidget *field = widget;
    if (qobject_cast<QLineEdit *>(widget) &&
        qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
        field = widget->parentWidget();
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(field)) {
        // Without keyboard tracking, value() is what was committed; the text may be newer.
        if (spin->value() == spin->minimum() && spin->text() == spin->specialValueText())
            return false;
        return spin->cleanText() != spin->textFromValue(spin->value());
    }
    std::optional<Field> inspected;
    for (Field f : allFields())
        if (m_inspector->editorFor(f) == field)
            inspected = f;
    const Candidate *c = m_document->workshop().candidate(m_inspector->candidateId());
    QString committed;
    if (inspected && c) {
        const QVariant value = fieldValue(*c, *inspected);
        committed = value.typeId() == QMetaType::QStringList
                        ? value.toStringList().join(QStringLiteral("; "))
                        : value.toString();
    }
    if (auto *line = qobject_cast<QLineEdit *>(field))
        return inspected ? line->text() != committed : line->isUndoAvailable();
    if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        return inspected ? text->toPlainText() != committed : text->document()->isUndoAvailable();
    return false;
}

void MainWindow::applyAuthor()
{
    m_document->setAuthor(QSettings().value(authorKey()).toString());
}

void MainWindow::ensureAuthor()
{
    if (!QSettings().contains(authorKey()))
        askAuthorName();
}

void MainWindow::askAuthorName()
{
    if (m_askingAuthor)
        return;
    m_askingAuthor = true;
    QSettings settings;
    const QString current = decisionAuthor(settings.value(authorKey()).toString());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Your Name"),
                                               tr("The decision log names who decided. Your name:"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    m_askingAuthor = false;
    // Asked once: cancelling keeps the login name, and does not ask again.
    settings.setValue(authorKey(), ok && !name.isEmpty() ? name : current);
    applyAuthor();
    statusBar()->showMessage(tr("Decisions are recorded as %1.").arg(m_document->author()), 6000);
}

} // namespace cutline
