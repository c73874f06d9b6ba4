#include "ui/inspector/inspector.h"

#include "core/model/kindprofile.h"
#include "core/scoring/scoring.h"
#include "ui/decision/decisiondialog.h"
#include "ui/document/workshopdocument.h"
#include "ui/inspector/committextedit.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cutline {

namespace {

constexpr double kUnset = -1.0;          // the optional efforts' "not set" value
const QDate kNoDate = QDate(2000, 1, 1); // the review date's "none" value

QVariant editorValue(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<CommitTextEdit *>(editor))
        return text->toPlainText();
    if (auto *number = qobject_cast<QDoubleSpinBox *>(editor))
        return number->minimum() == kUnset && number->value() == kUnset ? QVariant()
                                                                        : number->value();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData();
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked();
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        return date->date() == kNoDate ? QDate() : date->date();
    return {};
}

void setEditorValue(QWidget *editor, const QVariant &value)
{
    const QSignalBlocker blocker(editor);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.toString());
        line->setCursorPosition(0);
    } else if (auto *text = qobject_cast<CommitTextEdit *>(editor)) {
        if (text->toPlainText() != value.toString())
            text->setPlainText(value.toString());
    } else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor)) {
        number->setValue(value.isValid() ? value.toDouble() : kUnset);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value.toString()));
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : kNoDate);
    }
}

QGroupBox *group(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

Inspector::Inspector(WorkshopDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_pages = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Select a candidate to see its why, estimates and links."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_pages->addWidget(empty);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    updateHeadingFont();
    m_refusal = new QLabel;
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_refusal->hide();
    layout->addWidget(m_heading);
    layout->addWidget(m_refusal);
    layout->addWidget(buildBasics());
    m_whyForm = new QFormLayout;
    m_whyForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above fields when narrow
    auto *whyContent = new QWidget;
    whyContent->setLayout(m_whyForm);
    m_whyBox = group(tr("Why"), whyContent);
    layout->addWidget(m_whyBox);
    layout->addWidget(group(tr("Estimates"), buildEstimates()));
    layout->addWidget(m_scoreBox = group(tr("Score"), buildScore()));
    layout->addWidget(group(tr("Decision"), buildDecision()));
    layout->addWidget(group(tr("Links"), buildLinks()));
    layout->addStretch();

    m_scroll = new QScrollArea;
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(m_scroll);
    // A keyboard user sees the field they are typing in, wherever the form is scrolled to.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now);
    });

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connectDocument();
    qApp->installEventFilter(this);
}

// Keeps the page current: the candidate's edits, removal, links, settings and refusals.
void Inspector::connectDocument()
{
    WorkshopDocument *document = m_document;
    connect(document, &WorkshopDocument::candidateChanged, this, [this](int id, Field field) {
        if (id != m_id)
            return;
        if (field == Field::Kind)
            buildWhy();
        refresh();
    });
    connect(document, &WorkshopDocument::candidateRemoved, this, [this](int id) {
        if (id == m_id)
            showCandidate(0);
        else
            refreshLinks();
    });
    connect(document, &WorkshopDocument::candidateDetailsChanged, this, [this](int id) {
        if (id == m_id)
            refresh(); // criterion scores and dissent
    });
    connect(document, &WorkshopDocument::candidateInserted, this, [this] { refreshLinks(); });
    connect(document, &WorkshopDocument::linksChanged, this, &Inspector::refresh);
    connect(document, &WorkshopDocument::workshopReset, this, [this] { showCandidate(0); });
    connect(document, &WorkshopDocument::readOnlyChanged, this, [this] { refresh(); });
    connect(document, &WorkshopDocument::settingsChanged, this, [this] {
        rebuildCriteria();
        refresh();
    });
    connect(document, &WorkshopDocument::editRefused, this, [this](const QString &message) {
        if (!m_id)
            return;
        m_refusal->setText(message);
        m_refusal->show();
    });
}

void Inspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) // presentation mode enlarges the whole window
        updateHeadingFont();
}

void Inspector::updateHeadingFont()
{
    QFont heading = font();
    heading.setPointSizeF(font().pointSizeF() * 1.3);
    heading.setBold(true);
    m_heading->setFont(heading);
}

QWidget *Inspector::buildBasics()
{
    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above fields when narrow
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), lineEditor(Field::Title));
    form->addRow(tr("&Key:"), lineEditor(Field::Key));
    form->addRow(tr("K&ind:"), choiceEditor(Field::Kind));
    form->addRow(tr("&Description:"), textEditor(Field::Description, 3));
    form->addRow(tr("Ta&gs:"), lineEditor(Field::Tags));
    static_cast<QLineEdit *>(m_editors[Field::Tags])
        ->setPlaceholderText(tr("Separate tags with ;"));
    return w;
}

QWidget *Inspector::buildEstimates()
{
    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above fields when narrow
    form->setContentsMargins(0, 0, 0, 0);
    auto *effortRow = new QHBoxLayout;
    QWidget *likely = numberEditor(Field::Effort, 0, 1e6, 2);
    effortRow->addWidget(likely);
    effortRow->addWidget(new QLabel(tr("low")));
    effortRow->addWidget(numberEditor(Field::EffortLow, kUnset, 1e6, 2, {}, true));
    effortRow->addWidget(new QLabel(tr("high")));
    effortRow->addWidget(numberEditor(Field::EffortHigh, kUnset, 1e6, 2, {}, true));
    auto *effortLabel = new QLabel(tr("&Effort:"));
    effortLabel->setBuddy(likely);
    form->addRow(effortLabel, effortRow);
    form->addRow(tr("I&mpact (0–10):"), numberEditor(Field::Impact, 0, 10, 1));
    form->addRow(tr("C&onfidence:"), numberEditor(Field::Confidence, 0, 100, 0, tr(" %")));
    form->addRow(tr("&Reach:"), numberEditor(Field::Reach, 0, 1e9, 2));
    form->addRow(tr("Ri&sk (1–5):"), numberEditor(Field::Risk, 1, 5, 0));
    form->addRow(tr("Time &criticality:"), numberEditor(Field::TimeCriticality, 0, 10, 1));
    auto *mandatory = new QCheckBox(tr("Must be in the plan"));
    m_editors.insert(Field::Mandatory, mandatory);
    connect(mandatory, &QCheckBox::toggled, this,
            [this](bool on) { commit(Field::Mandatory, on); });
    form->addRow(tr("Mandatory:"), mandatory);
    return w;
}

QWidget *Inspector::buildScore()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scoreFormula = new QLabel;
    m_scoreFormula->setWordWrap(true);
    m_scoreFormula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scoreFormula->setAccessibleName(tr("Score and its formula"));
    layout->addWidget(m_scoreFormula);
    m_criteriaForm = new QFormLayout;
    m_criteriaForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above fields when narrow
    layout->addLayout(m_criteriaForm);
    rebuildCriteria();
    return w;
}

// One 0–10 box per weighted criterion; rebuilt when the workshop's criteria change.
// The editors commit on focus-out, and the focus moves while the children are destroyed:
// by then this is no longer an Inspector, so nothing may call back into it.
Inspector::~Inspector()
{
    qApp->removeEventFilter(this);
    disconnect(qApp, nullptr, this, nullptr);
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return QWidget::eventFilter(watched, event);
    auto *field = qobject_cast<QWidget *>(watched);
    const bool takesWheel =
        qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QComboBox *>(field);
    if (takesWheel && !field->hasFocus() && m_scroll->widget()->isAncestorOf(field)) {
        QCoreApplication::sendEvent(m_scroll->viewport(), event);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void Inspector::rebuildCriteria()
{
    while (m_criteriaForm->rowCount() > 0)
        m_criteriaForm->removeRow(0);
    m_scoreEditors.clear();
    const Workshop &w = m_document->workshop();
    if (w.framework != Framework::Weighted)
        return;
    for (const Criterion &criterion : w.criteria) {
        auto *box = new QDoubleSpinBox;
        box->setRange(0, 10);
        box->setDecimals(1);
        box->setAccessibleName(criterion.name);
        const QString name = criterion.name;
        connect(box, &QDoubleSpinBox::editingFinished, this, [this, box, name] {
            if (!m_refreshing && m_id)
                m_document->editScore(m_id, name, box->value());
        });
        m_scoreEditors.insert(name, box);
        m_criteriaForm->addRow(tr("%1 (×%2):").arg(criterion.name, formatNumber(criterion.weight)),
                               box);
    }
}

QWidget *Inspector::buildDecision()
{
    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above fields when narrow
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Decisio&n:"), choiceEditor(Field::Decision));
    form->addRow(tr("Rationale:"), textEditor(Field::Rationale, 2));
    form->addRow(tr("Owner:"), lineEditor(Field::Owner));
    form->addRow(tr("Success metric:"), lineEditor(Field::SuccessMetric));
    auto *date = new QDateEdit;
    date->setCalendarPopup(true);
    date->setMinimumDate(kNoDate);
    date->setSpecialValueText(tr("none"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_editors.insert(Field::ReviewDate, date);
    connect(date, &QDateEdit::editingFinished, this,
            [this, date] { commit(Field::ReviewDate, editorValue(date)); });
    form->addRow(tr("Review date:"), date);
    m_dissent = new QListWidget;
    m_dissent->setMaximumHeight(70);
    m_dissent->setAccessibleName(tr("Dissent"));
    auto *addDissent = new QPushButton(tr("Note Dissent…"));
    auto *removeDissent = new QPushButton(tr("Remove"));
    connect(addDissent, &QPushButton::clicked, this, [this] {
        const Candidate *c = m_document->workshop().candidate(m_id);
        if (!c)
            return;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Note Dissent"), tr("What does the dissent say about %1?").arg(c->key),
            QString(), &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
        const QString author = QInputDialog::getText(
            this, tr("Note Dissent"), tr("Whose dissent is it? Leave empty to keep it anonymous."),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        QList<Dissent> dissent = c->dissent;
        dissent.append(Dissent{author.trimmed(), text.trimmed()});
        m_document->editDissent(m_id, dissent);
    });
    connect(removeDissent, &QPushButton::clicked, this, [this] {
        const Candidate *c = m_document->workshop().candidate(m_id);
        const int row = m_dissent->currentRow();
        if (!c || row < 0 || row >= c->dissent.size())
            return;
        QList<Dissent> dissent = c->dissent;
        dissent.removeAt(row);
        m_document->editDissent(m_id, dissent);
    });
    auto *dissentButtons = new QHBoxLayout;
    dissentButtons->addWidget(addDissent);
    dissentButtons->addWidget(removeDissent);
    dissentButtons->addStretch();
    form->addRow(tr("Dissent:"), m_dissent);
    form->addRow(QString(), dissentButtons);
    return w;
}

void Inspector::buildWhy()
{
    while (m_whyForm->rowCount() > 0)
        m_whyForm->removeRow(0);
    for (Field f : m_whyEditors.keys())
        m_editors.remove(f);
    m_whyEditors.clear();
    const Candidate *c = m_document->workshop().candidate(m_id);
    if (!c)
        return;
    m_whyBox->setTitle(tr("Why (%1)").arg(kindName(c->kind)));
    for (const WhyPrompt &p : whyPrompts(c->kind)) {
        QWidget *editor = textEditor(p.field, 3);
        static_cast<CommitTextEdit *>(editor)->setPlaceholderText(p.prompt);
        editor->setAccessibleName(p.label);
        m_whyEditors.insert(p.field, editor);
        m_whyForm->addRow(p.required ? p.label + QStringLiteral(" *:") : p.label + QLatin1Char(':'),
                          editor);
    }
    orderWhyFirst(whyPrompts(c->kind));
}

// The why is what the workshop most needs written down, so Tab reaches it right after the
// title, before the key, kind and everything else (the editors are rebuilt per kind and would
// otherwise come last).
void Inspector::orderWhyFirst(const QList<WhyPrompt> &prompts)
{
    QWidget *previous = m_editors.value(Field::Title);
    for (const WhyPrompt &p : prompts) {
        QWidget *editor = m_whyEditors.value(p.field);
        QWidget::setTabOrder(previous, editor);
        previous = editor;
    }
    QWidget::setTabOrder(previous, m_editors.value(Field::Key));
}

QWidget *Inspector::lineEditor(Field field)
{
    auto *edit = new QLineEdit;
    m_editors.insert(field, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] {
        if (field == Field::Tags) {
            commit(field, parseTags(edit->text()));
            return;
        }
        commit(field, edit->text());
    });
    return edit;
}

QWidget *Inspector::textEditor(Field field, int lines)
{
    auto *edit = new CommitTextEdit(lines);
    m_editors.insert(field, edit);
    connect(edit, &CommitTextEdit::editingFinished, this,
            [this, field, edit] { commit(field, edit->toPlainText()); });
    return edit;
}

QWidget *Inspector::numberEditor(Field field, double min, double max, int decimals,
                                 const QString &suffix, bool optional)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false); // one edit per Enter, arrow step or focus change
    if (optional)
        box->setSpecialValueText(tr("—"));
    m_editors.insert(field, box);
    connect(box, &QDoubleSpinBox::valueChanged, this,
            [this, field, box] { commit(field, editorValue(box)); });
    return box;
}

QWidget *Inspector::choiceEditor(Field field)
{
    auto *combo = new QComboBox;
    if (field == Field::Kind)
        for (Kind k : allKinds())
            combo->addItem(kindName(k), kindId(k));
    else
        for (Decision d : allDecisions())
            combo->addItem(decisionName(d), decisionId(d));
    m_editors.insert(field, combo);
    connect(combo, &QComboBox::activated, this,
            [this, field, combo] { commit(field, combo->currentData()); });
    return combo;
}

void Inspector::commit(Field field, const QVariant &value)
{
    if (m_refreshing || !m_id)
        return;
    m_refusal->hide();
    const Candidate *c = m_document->workshop().candidate(m_id);
    if (!c || fieldValue(*c, field) == value)
        return;
    if (field == Field::Decision) {
        decide(value);
        return;
    }
    if (!m_document->editField(m_id, field, value))
        refresh(); // put the accepted value back; the refusal stays visible
}

// Deciding asks for the why right away when the decision needs one the candidate lacks; the
// combo box shows the decision taken until then.
void Inspector::decide(const QVariant &value)
{
    const auto decision = decisionFromId(value.toString());
    if (!decision)
        return;
    if (auto *dialog = DecisionDialog::request(this, m_document, m_id, *decision))
        connect(dialog, &QDialog::finished, this, &Inspector::refresh);
    refresh();
}

void Inspector::showCandidate(int id)
{
    const bool changed = id != m_id;
    m_id = m_document->workshop().candidate(id) ? id : 0;
    m_pages->setCurrentIndex(m_id ? 1 : 0);
    if (changed)
        m_refusal->hide();
    buildWhy();
    refresh();
}

void Inspector::refresh()
{
    const Candidate *c = m_document->workshop().candidate(m_id);
    if (!c)
        return;
    m_refreshing = true;
    m_heading->setText(QStringLiteral("%1  %2").arg(c->key, c->title));
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QVariant value = fieldValue(*c, it.key());
        setEditorValue(it.value(), it.key() == Field::Tags
                                       ? QVariant(value.toStringList().join(QStringLiteral("; ")))
                                       : value);
        it.value()->setEnabled(!m_document->isReadOnly());
    }
    const QList<WhyPrompt> missing = missingWhy(*c);
    for (const WhyPrompt &p : whyPrompts(c->kind)) {
        QWidget *label = m_whyForm->labelForField(m_whyEditors.value(p.field));
        if (!label)
            continue;
        const bool isMissing = std::any_of(missing.begin(), missing.end(),
                                           [&](const WhyPrompt &m) { return m.field == p.field; });
        label->setStyleSheet(isMissing ? QStringLiteral("color: #b45f06; font-weight: bold;")
                                       : QString());
        label->setToolTip(
            isMissing
                ? tr("Required for this kind of work (%1) and still empty.").arg(kindName(c->kind))
                : QString());
    }
    m_dissent->clear();
    for (const Dissent &d : c->dissent)
        m_dissent->addItem(d.author.isEmpty() ? tr("(anonymous) %1").arg(d.text)
                                              : tr("%1: %2").arg(d.author, d.text));
    const Score score = scoreOf(m_document->workshop(), *c);
    m_scoreBox->setTitle(
        tr("Score (%1): %2")
            .arg(frameworkName(m_document->workshop().framework), formatScore(score.value)));
    m_scoreFormula->setText(score.formula);
    for (auto it = m_scoreEditors.cbegin(); it != m_scoreEditors.cend(); ++it) {
        it.value()->setValue(c->scores.value(it.key(), 0));
        it.value()->setEnabled(!m_document->isReadOnly());
    }
    m_refreshing = false;
    refreshLinks();
}

} // namespace cutline
