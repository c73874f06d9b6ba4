#include "ui/window/newworkshopdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cutline {

NewWorkshopDialog::NewWorkshopDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Workshop"));
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("e.g. 2027 Q1 planning"));
    m_capacity = new QDoubleSpinBox;
    m_capacity->setRange(0.5, 1e6);
    m_capacity->setDecimals(1);
    m_capacity->setValue(40);
    m_capacity->setAccessibleName(tr("Capacity"));
    m_unit = new QComboBox;
    m_unit->setEditable(true);
    // The first is the default: the unit most teams plan a quarter in.
    m_unit->addItems({tr("person-weeks"), tr("person-days"), tr("story points"), tr("sprints"),
                      tr("engineers")});
    m_unit->setAccessibleName(tr("Capacity unit"));
    auto *hint = new QLabel(tr("The capacity is what the plan shares out: the cut line falls "
                               "where it runs out. You can change it later in Workshop "
                               "Settings."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(hint);
    form->addRow(buttons);
    m_capacity->setFocus();
    m_capacity->selectAll();
}

Workshop NewWorkshopDialog::workshop() const
{
    Workshop w;
    w.title = m_title->text().trimmed();
    w.capacity = m_capacity->value();
    const QString unit = m_unit->currentText().trimmed();
    if (!unit.isEmpty())
        w.capacityUnit = unit;
    return w;
}

} // namespace cutline
