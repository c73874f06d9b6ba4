// TrackerImportDialog: the preview before a tracker's export changes anything — the source, the
// column mapping (guessed, editable, remembered per tracker), how estimates become effort,
// which statuses come in, the kind rules, the candidates and every warning; for a re-import,
// the diff with its conflicts, each to be settled by a tick.
#pragma once

#include "core/tracker/reimport.h"
#include "core/tracker/trackerimport.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QDialogButtonBox;

namespace cutline {

class TrackerImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` is the open workshop for a re-import, null for an import into a new workshop.
    TrackerImportDialog(const QString &fileName, const QByteArray &bytes, TrackerFormat format,
                        const Workshop *current, QWidget *parent = nullptr);

    // Valid after the preview succeeded (the OK button is enabled only then).
    const TrackerImport &imported() const { return m_import; }
    // The new workshop as the dialog will open it: the import, with the title and the capacity
    // the facilitator set (an import into a new workshop only).
    Workshop newWorkshop() const;
    // The workshop after the re-import, with the conflicts settled as ticked.
    ReimportResult reimported() const;
    // What the preview says now: the summary, or why nothing can be imported.
    QString summary() const;
    QStringList warnings() const { return m_import.warnings; }
    const ReimportDiff &diff() const { return m_diff; }

    void accept() override;

private:
    void buildSourceBox(QFormLayout *form);
    void buildWorkshopRows(QFormLayout *form);
    void suggestCapacity();
    QGroupBox *buildMappingBox();
    QGroupBox *buildFilterBox();
    QGroupBox *buildKindBox();
    void fillMapping();
    void fillStatuses();
    void addRuleRow(const KindRule &rule);
    ImportSettings settings() const;
    void loadRemembered();
    void remember() const;
    void refresh();
    void readData();
    void showPreview();
    void showDiff();

    QString m_fileName;
    QByteArray m_bytes;
    const Workshop *m_current;
    TrackerData m_data;
    TrackerImport m_import;
    ReimportDiff m_diff;
    QString m_error;
    bool m_filling = false;

    QComboBox *m_format = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    QMap<QString, QComboBox *> m_columns; // role → its column
    QComboBox *m_unit = nullptr;
    QDoubleSpinBox *m_hoursPerDay = nullptr;
    QLineEdit *m_title = nullptr;         // a new workshop's title
    QDoubleSpinBox *m_capacity = nullptr; // a new workshop's capacity
    bool m_capacityTouched = false;       // typed by hand: no longer follows the import
    QCheckBox *m_includeDone = nullptr;
    QListWidget *m_statuses = nullptr;
    QStringList m_leftOutStatuses;
    QTableWidget *m_rules = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QListWidget *m_warnings = nullptr;
    QTreeWidget *m_changes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cutline
