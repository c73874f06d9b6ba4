#include "ui/room/overridedialog.h"

#include "core/room/roomlogic.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cutline {

OverrideDialog::OverrideDialog(const Workshop &workshop, int candidateId, const QStringList &inputs,
                               const QMap<QString, double> &values, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const Candidate *c = workshop.candidate(candidateId);
    setWindowTitle(tr("Override the Room's Estimate"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(c ? c->key + QLatin1Char(' ') + c->title : QString()));
    for (const QString &id : inputs) {
        const std::optional<room::InputSpec> spec = room::inputSpec(workshop, id);
        if (!spec || (spec->optional && !values.contains(id)))
            continue;
        auto *field = new QDoubleSpinBox;
        field->setRange(spec->min, spec->ratio ? 1e6 : spec->max);
        field->setSingleStep(spec->step);
        field->setDecimals(spec->step < 1 ? 2 : 1);
        field->setValue(values.value(id, spec->min));
        m_fields.insert(id, field);
        form->addRow(spec->label + QLatin1Char(':'), field);
    }
    m_reason->setPlaceholderText(tr("Why the room's estimate is not taken (required)"));
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_buttons);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Override"));
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QMap<QString, double> OverrideDialog::values() const
{
    QMap<QString, double> out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        out.insert(it.key(), it.value()->value());
    return out;
}

QString OverrideDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace cutline
