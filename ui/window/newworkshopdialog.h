// NewWorkshopDialog: what a new workshop needs before anything else — its title and the
// capacity it shares out, in a unit the room uses.
#pragma once

#include "core/model/workshop.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace cutline {

class NewWorkshopDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewWorkshopDialog(QWidget *parent = nullptr);
    Workshop workshop() const; // an empty workshop with the title, capacity and unit given

    QLineEdit *titleEdit() const { return m_title; }
    QDoubleSpinBox *capacityEdit() const { return m_capacity; }
    QComboBox *unitEdit() const { return m_unit; }

private:
    QLineEdit *m_title;
    QDoubleSpinBox *m_capacity;
    QComboBox *m_unit;
};

} // namespace cutline
