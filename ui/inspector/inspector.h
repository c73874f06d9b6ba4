// Inspector: everything about the selected candidate — its why (asked the way its kind needs),
// estimates, decision and links — edited through the document. (Links: inspectorlinks.cpp.)
#pragma once

#include "core/model/field.h"
#include "core/model/kindprofile.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QStackedWidget;

namespace cutline {

class WorkshopDocument;

class Inspector : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(WorkshopDocument *document, QWidget *parent = nullptr);
    ~Inspector() override;

protected:
    // Scrolling over a number or a choice scrolls the page: only a field that has the focus
    // takes the wheel, so reading never edits an estimate by accident.
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    int candidateId() const { return m_id; }
    void showCandidate(int id);
    QWidget *editorFor(Field field) const { return m_editors.value(field); }

Q_SIGNALS:
    void candidateActivated(int id); // a linked candidate was double-clicked

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeadingFont();
    void connectDocument();
    QWidget *buildBasics();
    QWidget *buildEstimates();
    QWidget *buildDecision();
    QWidget *buildScore();
    void rebuildCriteria();
    QWidget *buildLinks();
    void buildWhy();
    void orderWhyFirst(const QList<WhyPrompt> &prompts);
    QWidget *lineEditor(Field field);
    QWidget *textEditor(Field field, int lines);
    QWidget *numberEditor(Field field, double min, double max, int decimals,
                          const QString &suffix = {}, bool optional = false);
    QWidget *choiceEditor(Field field);
    void commit(Field field, const QVariant &value);
    void decide(const QVariant &value);
    void refresh();
    void refreshLinks();
    void addLink(bool excludes);
    void removeSelectedLink();

    WorkshopDocument *m_document;
    int m_id = 0;
    QHash<Field, QWidget *> m_editors;
    QHash<Field, QWidget *> m_whyEditors;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_refusal = nullptr;
    QGroupBox *m_whyBox = nullptr;
    QFormLayout *m_whyForm = nullptr;
    QListWidget *m_requires = nullptr;
    QListWidget *m_excludes = nullptr;
    QComboBox *m_linkTarget = nullptr;
    QListWidget *m_dissent = nullptr;
    QLabel *m_unlocks = nullptr;
    QGroupBox *m_scoreBox = nullptr;
    QLabel *m_scoreFormula = nullptr;
    QFormLayout *m_criteriaForm = nullptr;
    QHash<QString, QDoubleSpinBox *> m_scoreEditors;
    bool m_refreshing = false;
};

} // namespace cutline
