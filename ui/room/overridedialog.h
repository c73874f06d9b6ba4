// OverrideDialog: the facilitator sets other values than the room's aggregate for one
// candidate, each on its scale, with the reason the record will show (required).
#pragma once

#include "core/model/workshop.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;

namespace cutline {

class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts from `values` (the aggregate), one field per input id of `inputs`.
    OverrideDialog(const Workshop &workshop, int candidateId, const QStringList &inputs,
                   const QMap<QString, double> &values, QWidget *parent = nullptr);

    QMap<QString, double> values() const;
    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QMap<QString, QDoubleSpinBox *> m_fields;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace cutline
