// The inspector's links: what the candidate requires and excludes, what it unlocks, and
// adding or removing a link.
#include "ui/inspector/inspector.h"

#include "core/graph/analysis.h"
#include "core/model/field.h"
#include "ui/document/workshopdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutline {

QWidget *Inspector::buildLinks()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    m_requires = new QListWidget;
    m_excludes = new QListWidget;
    for (QListWidget *list : {m_requires, m_excludes}) {
        list->setMaximumHeight(90);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            Q_EMIT candidateActivated(item->data(Qt::UserRole).toInt());
        });
    }
    m_unlocks = new QLabel;
    m_unlocks->setWordWrap(true);
    layout->addWidget(m_unlocks);
    layout->addWidget(new QLabel(tr("Requires (cannot be done without):")));
    layout->addWidget(m_requires);
    layout->addWidget(new QLabel(tr("Excludes (alternatives, at most one is done):")));
    layout->addWidget(m_excludes);
    auto *row = new QHBoxLayout;
    m_linkTarget = new QComboBox;
    m_linkTarget->setAccessibleName(tr("Candidate to link"));
    auto *addRequires = new QPushButton(tr("Requires"));
    auto *addExcludes = new QPushButton(tr("Excludes"));
    auto *remove = new QPushButton(tr("Remove link"));
    addRequires->setToolTip(tr("This candidate cannot be done without the chosen one."));
    addExcludes->setToolTip(tr("This candidate and the chosen one are alternatives."));
    connect(addRequires, &QPushButton::clicked, this, [this] { addLink(false); });
    connect(addExcludes, &QPushButton::clicked, this, [this] { addLink(true); });
    connect(remove, &QPushButton::clicked, this, &Inspector::removeSelectedLink);
    row->addWidget(m_linkTarget, 1);
    row->addWidget(addRequires);
    row->addWidget(addExcludes);
    row->addWidget(remove);
    layout->addLayout(row);
    return w;
}

void Inspector::refreshLinks()
{
    const Workshop &w = m_document->workshop();
    const Candidate *c = w.candidate(m_id);
    if (!c)
        return;
    const auto fill = [&](QListWidget *list, LinkType type) {
        list->clear();
        for (const QString &key : w.linkedKeys(m_id, type)) {
            const Candidate *other = w.candidateByKey(key);
            auto *item =
                new QListWidgetItem(QStringLiteral("%1  %2").arg(other->key, other->title));
            item->setData(Qt::UserRole, other->id);
            list->addItem(item);
        }
        if (list->count() == 0) {
            auto *none = new QListWidgetItem(tr("none"));
            none->setFlags(Qt::NoItemFlags);
            list->addItem(none);
        }
    };
    fill(m_requires, LinkType::Requires);
    fill(m_excludes, LinkType::Excludes);
    const DependencyAnalysis analysis(w);
    const QSet<int> needing = analysis.dependents(m_id);
    const QSet<int> needed = analysis.prerequisites(m_id);
    m_unlocks->setText(
        needing.isEmpty()
            ? tr("Nothing else depends on it. It needs %n candidate(s) in all.", nullptr,
                 int(needed.size()))
            : tr("Unlocks a value of %1: %n candidate(s) cannot happen without it. It needs "
                 "%2 in all.",
                 nullptr, int(needing.size()))
                  .arg(formatAmount(analysis.unlockedValue(m_id)))
                  .arg(needed.size()));
    const int previous = m_linkTarget->currentData().toInt();
    m_linkTarget->clear();
    for (const Candidate &other : w.candidates)
        if (other.id != m_id)
            m_linkTarget->addItem(QStringLiteral("%1  %2").arg(other.key, other.title), other.id);
    m_linkTarget->setCurrentIndex(std::max(0, m_linkTarget->findData(previous)));
}

void Inspector::addLink(bool excludes)
{
    const int target = m_linkTarget->currentData().toInt();
    if (!m_id || !target)
        return;
    m_refusal->hide();
    m_document->addLink({m_id, target, excludes ? LinkType::Excludes : LinkType::Requires});
}

void Inspector::removeSelectedLink()
{
    for (auto [list, type] :
         {std::pair{m_requires, LinkType::Requires}, std::pair{m_excludes, LinkType::Excludes}}) {
        const QListWidgetItem *item = list->currentItem();
        if (item && item->isSelected() && item->data(Qt::UserRole).toInt()) {
            m_document->removeLink({m_id, item->data(Qt::UserRole).toInt(), type});
            return;
        }
    }
}

} // namespace cutline
