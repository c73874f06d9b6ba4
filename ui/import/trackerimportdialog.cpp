#include "ui/import/trackerimportdialog.h"

#include "core/model/field.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cutline {

namespace {

constexpr int kConflictRole = Qt::UserRole + 1; // (candidate id, field) of a conflict item

QList<std::pair<QString, QString>> roles()
{
    return {{role::Key, TrackerImportDialog::tr("Key")},
            {role::Title, TrackerImportDialog::tr("Title")},
            {role::Description, TrackerImportDialog::tr("Description")},
            {role::Type, TrackerImportDialog::tr("Type")},
            {role::Status, TrackerImportDialog::tr("Status")},
            {role::Points, TrackerImportDialog::tr("Story points")},
            {role::Estimate, TrackerImportDialog::tr("Time estimate (seconds)")},
            {role::Labels, TrackerImportDialog::tr("Labels")}};
}

bool isCsv(TrackerFormat format)
{
    return format == TrackerFormat::Jira || format == TrackerFormat::Linear;
}

QString settingsGroup(TrackerFormat format)
{
    return QStringLiteral("trackerImport/") + trackerFormatId(format);
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 4);
}

} // namespace

TrackerImportDialog::TrackerImportDialog(const QString &fileName, const QByteArray &bytes,
                                         TrackerFormat format, const Workshop *current,
                                         QWidget *parent)
    : QDialog(parent), m_fileName(fileName), m_bytes(bytes), m_current(current)
{
    setWindowTitle(current ? tr("Re-import from %1").arg(fileName)
                           : tr("Import from %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    if (!current)
        buildWorkshopRows(form);
    buildSourceBox(form);
    left->addLayout(form);
    left->addWidget(buildMappingBox());
    left->addWidget(buildFilterBox());
    left->addWidget(buildKindBox(), 1);
    top->addLayout(left, 2);
    m_tabs = new QTabWidget;
    m_candidates = new QTreeWidget;
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setHeaderLabels(
        {tr("Key"), tr("Title"), tr("Kind"), tr("Effort"), tr("Requires"), tr("Status")});
    m_warnings = new QListWidget;
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_tabs->addTab(m_candidates, tr("Candidates"));
    m_tabs->addTab(m_warnings, tr("Warnings"));
    if (current) {
        m_changes = new QTreeWidget;
        m_changes->setObjectName(QStringLiteral("changes"));
        m_changes->setColumnWidth(1, 220);
        m_changes->setHeaderLabels({tr("Change"), tr("In Cutline"), tr("In the tracker")});
        m_tabs->insertTab(0, m_changes, tr("Changes"));
        m_tabs->setCurrentIndex(0);
    }
    top->addWidget(m_tabs, 5);
    layout->addLayout(top, 1);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(current ? tr("Re-import") : tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(1100, 740);

    m_filling = true;
    m_format->setCurrentIndex(m_format->findData(trackerFormatId(format)));
    m_filling = false;
    loadRemembered();
    refresh();
}

void TrackerImportDialog::buildWorkshopRows(QFormLayout *form)
{
    m_title = new QLineEdit(QFileInfo(m_fileName).completeBaseName());
    m_title->setObjectName(QStringLiteral("title"));
    form->addRow(tr("&Workshop title:"), m_title);
    m_capacity = new QDoubleSpinBox;
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setRange(0, 1e9);
    m_capacity->setDecimals(1);
    m_capacity->setToolTip(tr("What the team can do in the period, in the unit of effort. It "
                              "starts at half of the imported effort; the plan needs it."));
    // Only a typed value counts: the suggestion is set with the signals blocked.
    connect(m_capacity, &QDoubleSpinBox::valueChanged, this, [this] { m_capacityTouched = true; });
    form->addRow(tr("&Capacity:"), m_capacity);
}

// Until the facilitator types a capacity, it follows the preview: half of the imported effort,
// a cut that means something, rather than 0 and no plan at all.
void TrackerImportDialog::suggestCapacity()
{
    if (!m_capacity)
        return;
    const QSignalBlocker blocker(m_capacity);
    m_capacity->setSuffix(QLatin1Char(' ') + m_import.workshop.capacityUnit);
    if (m_capacityTouched || !m_error.isEmpty())
        return;
    double total = 0;
    for (const Candidate &c : m_import.workshop.candidates)
        total += c.effort;
    m_capacity->setValue(std::round(total / 2));
}

Workshop TrackerImportDialog::newWorkshop() const
{
    Workshop w = m_import.workshop;
    if (m_title && !m_title->text().trimmed().isEmpty())
        w.title = m_title->text().trimmed();
    if (m_capacity)
        w.capacity = m_capacity->value();
    return w;
}

void TrackerImportDialog::buildSourceBox(QFormLayout *form)
{
    m_format = new QComboBox;
    for (TrackerFormat f : allTrackerFormats())
        if (f != TrackerFormat::Cutline)
            m_format->addItem(trackerFormatName(f), trackerFormatId(f));
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_filling = true;
        for (QComboBox *box : std::as_const(m_columns))
            box->clear(); // empty: the next read takes the remembered or guessed columns
        m_filling = false;
        loadRemembered();
        refresh();
    });
    form->addRow(tr("&Source:"), m_format);
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("Automatic"), effortUnitId(EffortUnit::Auto));
    m_unit->addItem(tr("Story points"), effortUnitId(EffortUnit::Points));
    m_unit->addItem(tr("Hours (from seconds)"), effortUnitId(EffortUnit::Hours));
    m_unit->addItem(tr("Days (from seconds)"), effortUnitId(EffortUnit::Days));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TrackerImportDialog::refresh);
    form->addRow(tr("&Effort in:"), m_unit);
    m_hoursPerDay = new QDoubleSpinBox;
    m_hoursPerDay->setRange(1, 24);
    m_hoursPerDay->setValue(8);
    m_hoursPerDay->setSuffix(tr(" h"));
    connect(m_hoursPerDay, &QDoubleSpinBox::valueChanged, this, &TrackerImportDialog::refresh);
    form->addRow(tr("&Hours per day:"), m_hoursPerDay);
}

QGroupBox *TrackerImportDialog::buildMappingBox()
{
    m_mappingBox = new QGroupBox(tr("Columns"));
    auto *form = new QFormLayout(m_mappingBox);
    for (const auto &[id, label] : roles()) {
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("column_") + id);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
        form->addRow(label + QLatin1Char(':'), box);
        m_columns.insert(id, box);
    }
    return m_mappingBox;
}

QGroupBox *TrackerImportDialog::buildFilterBox()
{
    auto *box = new QGroupBox(tr("What comes in"));
    auto *layout = new QVBoxLayout(box);
    m_includeDone = new QCheckBox(tr("Include &done work"));
    connect(m_includeDone, &QCheckBox::toggled, this, &TrackerImportDialog::refresh);
    layout->addWidget(m_includeDone);
    layout->addWidget(new QLabel(tr("Statuses (unticked ones are left out):")));
    m_statuses = new QListWidget;
    m_statuses->setObjectName(QStringLiteral("statuses"));
    m_statuses->setMaximumHeight(110);
    connect(m_statuses, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        m_leftOutStatuses.removeAll(item->text());
        if (item->checkState() != Qt::Checked)
            m_leftOutStatuses.append(item->text());
        refresh();
    });
    layout->addWidget(m_statuses);
    return box;
}

QGroupBox *TrackerImportDialog::buildKindBox()
{
    auto *box = new QGroupBox(tr("Kinds (first match of a type or label wins)"));
    auto *layout = new QVBoxLayout(box);
    m_rules = new QTableWidget(0, 2);
    m_rules->setHorizontalHeaderLabels({tr("Type or label"), tr("Kind")});
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->verticalHeader()->hide();
    m_rules->verticalHeader()->setDefaultSectionSize(m_rules->fontMetrics().height() + 14);
    m_rules->setMinimumHeight(150);
    connect(m_rules, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    layout->addWidget(m_rules);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Rule"));
    auto *remove = new QPushButton(tr("Remove Rule"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRuleRow({QString(), Kind::Product});
        m_rules->editItem(m_rules->item(m_rules->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0) {
            m_rules->removeRow(m_rules->currentRow());
            refresh();
        }
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

void TrackerImportDialog::addRuleRow(const KindRule &rule)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    m_rules->setItem(row, 0, new QTableWidgetItem(rule.match));
    auto *kind = new QComboBox;
    for (Kind k : allKinds())
        kind->addItem(kindName(k), kindId(k));
    kind->setCurrentIndex(kind->findData(kindId(rule.kind)));
    connect(kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    m_rules->setCellWidget(row, 1, kind);
    m_filling = filling;
}

ImportSettings TrackerImportDialog::settings() const
{
    ImportSettings s;
    s.unit = effortUnitFromId(m_unit->currentData().toString()).value_or(EffortUnit::Auto);
    s.hoursPerDay = m_hoursPerDay->value();
    s.includeDone = m_includeDone->isChecked();
    s.leftOutStatuses = m_leftOutStatuses;
    s.kindRules.clear();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QString match =
            m_rules->item(row, 0) ? m_rules->item(row, 0)->text().trimmed() : QString();
        const auto *kind = qobject_cast<QComboBox *>(m_rules->cellWidget(row, 1));
        if (!match.isEmpty() && kind)
            s.kindRules.append(
                {match, kindFromId(kind->currentData().toString()).value_or(Kind::Product)});
    }
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (it.value()->count() > 0)
            s.columns.insert(it.key(), it.value()->currentData().toString());
    return s;
}

void TrackerImportDialog::loadRemembered()
{
    const auto format = trackerFormatFromId(m_format->currentData().toString());
    QSettings store;
    store.beginGroup(settingsGroup(format.value_or(TrackerFormat::Jira)));
    m_filling = true;
    m_unit->setCurrentIndex(
        std::max(0, m_unit->findData(store.value(QStringLiteral("unit")).toString())));
    m_hoursPerDay->setValue(store.value(QStringLiteral("hoursPerDay"), 8.0).toDouble());
    m_includeDone->setChecked(store.value(QStringLiteral("includeDone"), false).toBool());
    m_leftOutStatuses = store.value(QStringLiteral("leftOutStatuses")).toStringList();
    m_rules->setRowCount(0);
    QList<KindRule> rules = ImportSettings::defaultKindRules();
    if (store.contains(QStringLiteral("kindRules"))) {
        rules.clear();
        for (const QString &entry : store.value(QStringLiteral("kindRules")).toStringList())
            rules.append({entry.section(QLatin1Char('='), 0, -2),
                          kindFromId(entry.section(QLatin1Char('='), -1)).value_or(Kind::Product)});
    }
    for (const KindRule &rule : std::as_const(rules))
        addRuleRow(rule);
    m_filling = false;
}

void TrackerImportDialog::remember() const
{
    QSettings store;
    store.beginGroup(settingsGroup(m_import.format));
    const ImportSettings s = settings();
    store.setValue(QStringLiteral("unit"), effortUnitId(s.unit));
    store.setValue(QStringLiteral("hoursPerDay"), s.hoursPerDay);
    store.setValue(QStringLiteral("includeDone"), s.includeDone);
    store.setValue(QStringLiteral("leftOutStatuses"), s.leftOutStatuses);
    QStringList rules;
    for (const KindRule &rule : s.kindRules)
        rules.append(rule.match + QLatin1Char('=') + kindId(rule.kind));
    store.setValue(QStringLiteral("kindRules"), rules);
    for (auto it = s.columns.cbegin(); it != s.columns.cend(); ++it)
        store.setValue(QStringLiteral("columns/") + it.key(), it.value());
}

void TrackerImportDialog::readData()
{
    const TrackerFormat format =
        trackerFormatFromId(m_format->currentData().toString()).value_or(TrackerFormat::Jira);
    QMap<QString, QString> columns;
    if (isCsv(format) && m_columns.first()->count() > 0) {
        columns = settings().columns;
    } else if (isCsv(format)) {
        QSettings store;
        store.beginGroup(settingsGroup(format));
        for (const auto &[id, label] : roles())
            columns.insert(id, store.value(QStringLiteral("columns/") + id).toString());
    }
    Result<TrackerData> data = TrackerImporter::readData(m_bytes, m_fileName, format, columns);
    if (!data && !columns.isEmpty()) // a remembered column this file lacks: guess afresh
        data = TrackerImporter::readData(m_bytes, m_fileName, format);
    if (!data) {
        m_error = data.error();
        m_data = TrackerData();
        return;
    }
    m_error.clear();
    m_data = data.value();
    m_import.format = format;
}

void TrackerImportDialog::fillMapping()
{
    m_mappingBox->setVisible(!m_data.columns.isEmpty());
    m_filling = true;
    QStringList header = m_data.columns;
    header.removeDuplicates();
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        QComboBox *box = it.value();
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString &column : std::as_const(header))
            box->addItem(column.trimmed(), column.trimmed());
        box->setCurrentIndex(std::max(0, box->findData(m_data.mapping.value(it.key()))));
    }
    m_filling = false;
}

void TrackerImportDialog::fillStatuses()
{
    m_filling = true;
    m_statuses->clear();
    QStringList seen;
    QMap<QString, bool> allDone; // status → every issue in it is done
    for (const TrackerIssue &issue : std::as_const(m_data.issues))
        if (!issue.status.isEmpty())
            allDone[issue.status] = allDone.value(issue.status, true) && issue.done;
    const bool includeDone = m_includeDone->isChecked();
    for (const TrackerIssue &issue : std::as_const(m_data.issues)) {
        if (issue.status.isEmpty() || seen.contains(issue.status))
            continue;
        seen.append(issue.status);
        auto *item = new QListWidgetItem(issue.status, m_statuses);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Done work stays out while "Include done work" is off, whatever its tick says: show it
        // unticked and greyed rather than ticked and ignored.
        if (allDone.value(issue.status) && !includeDone) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(tr("Done work: tick \"Include done work\" to bring it in"));
            continue;
        }
        item->setCheckState(m_leftOutStatuses.contains(issue.status) ? Qt::Unchecked : Qt::Checked);
    }
    m_filling = false;
}

void TrackerImportDialog::refresh()
{
    if (m_filling)
        return;
    const QString unit = m_unit->currentData().toString();
    m_hoursPerDay->setEnabled(unit == effortUnitId(EffortUnit::Days) ||
                              unit == effortUnitId(EffortUnit::Auto));
    readData();
    fillMapping();
    fillStatuses();
    if (m_error.isEmpty()) {
        Result<TrackerImport> built = TrackerImporter::build(m_data, m_fileName, settings());
        if (built) {
            const TrackerFormat format = m_import.format;
            m_import = built.value();
            m_import.format = format;
        } else {
            m_error = built.error();
        }
    }
    if (m_current && m_error.isEmpty())
        m_diff = Reimport::diff(*m_current, m_import);
    showPreview();
    showDiff();
}

void TrackerImportDialog::showPreview()
{
    m_candidates->clear();
    m_warnings->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_error.isEmpty());
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("Nothing can be imported: %1").arg(m_error));
        return;
    }
    const Workshop &w = m_import.workshop;
    for (const Candidate &c : w.candidates)
        new QTreeWidgetItem(m_candidates,
                            {c.key, c.title, kindName(c.kind), number(c.effort),
                             w.linkedKeys(c.id, LinkType::Requires).join(QStringLiteral(", ")),
                             c.source.status});
    m_candidates->resizeColumnToContents(0);
    m_candidates->setColumnWidth(1, 320);
    m_warnings->addItems(m_import.warnings);
    m_tabs->setTabText(m_tabs->indexOf(m_warnings),
                       tr("Warnings (%1)").arg(m_import.warnings.size()));
    QString text = TrackerImporter::summaryText(m_import.summary);
    if (m_current)
        text += QLatin1Char(' ') + Reimport::summaryText(m_diff);
    m_summary->setText(text);
    suggestCapacity();
}

void TrackerImportDialog::showDiff()
{
    if (!m_changes)
        return;
    m_changes->clear();
    if (!m_error.isEmpty())
        return;
    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_changes, {title});
        item->setExpanded(true);
        return item;
    };
    if (!m_diff.added.isEmpty()) {
        QTreeWidgetItem *added = group(tr("New (%1)").arg(m_diff.added.size()));
        for (const Candidate &c : std::as_const(m_diff.added))
            new QTreeWidgetItem(added, {c.source.key, QString(), c.title});
    }
    if (!m_diff.changed.isEmpty()) {
        QTreeWidgetItem *changed = group(tr("Changed (%1); tick a conflict to take the "
                                            "tracker's value")
                                             .arg(m_diff.changed.size()));
        for (const CandidateChange &change : std::as_const(m_diff.changed)) {
            if (change.statusBefore != change.statusAfter)
                new QTreeWidgetItem(changed, {tr("%1 status").arg(change.key), change.statusBefore,
                                              change.statusAfter});
            for (const FieldChange &f : change.fields) {
                auto *item = new QTreeWidgetItem(
                    changed,
                    {f.conflict ? tr("%1 %2 (conflict)").arg(change.key, fieldName(f.field))
                                : tr("%1 %2").arg(change.key, fieldName(f.field)),
                     f.cutline.simplified(), f.tracker.simplified()});
                if (f.conflict) {
                    item->setCheckState(0, Qt::Unchecked);
                    item->setData(0, kConflictRole, QVariantList{change.id, int(f.field)});
                }
            }
        }
    }
    if (!m_diff.newLinks.isEmpty()) {
        QTreeWidgetItem *links = group(tr("New links (%1)").arg(m_diff.newLinks.size()));
        for (const auto &[from, to] : std::as_const(m_diff.newLinks))
            new QTreeWidgetItem(links, {tr("%1 requires %2").arg(from, to)});
    }
    if (!m_diff.gone.isEmpty()) {
        QTreeWidgetItem *gone =
            group(tr("Gone from the export, kept (%1)").arg(m_diff.gone.size()));
        for (int id : std::as_const(m_diff.gone))
            if (const Candidate *c = m_current->candidate(id))
                new QTreeWidgetItem(gone, {c->key, c->title});
    }
    if (m_changes->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_changes, {tr("Nothing changed since the last import.")});
    m_changes->resizeColumnToContents(0);
    m_changes->setColumnWidth(1, std::max(m_changes->columnWidth(1), 220));
}

ReimportResult TrackerImportDialog::reimported() const
{
    QSet<std::pair<int, int>> flipped;
    if (m_changes) {
        for (QTreeWidgetItemIterator it(m_changes); *it; ++it) {
            const QVariantList conflict = (*it)->data(0, kConflictRole).toList();
            if (conflict.size() == 2 && (*it)->checkState(0) == Qt::Checked)
                flipped.insert({conflict[0].toInt(), conflict[1].toInt()});
        }
    }
    return Reimport::apply(m_current ? *m_current : Workshop(), m_import, m_diff,
                           ConflictChoice::KeepCutline, flipped);
}

QString TrackerImportDialog::summary() const
{
    return m_summary->text();
}

void TrackerImportDialog::accept()
{
    if (!m_error.isEmpty())
        return;
    remember();
    QDialog::accept();
}

} // namespace cutline
