#include "core/model/field.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace cutline {

namespace {

struct FieldEntry
{
    Field field;
    const char *id;
    const char *name;
    bool numeric;
    double min;
    double max;
};

constexpr double kNoLimit = std::numeric_limits<double>::max();

constexpr FieldEntry kFields[] = {
    {Field::Key, "id", QT_TRANSLATE_NOOP("cutline::Field", "key"), false, 0, 0},
    {Field::Title, "title", QT_TRANSLATE_NOOP("cutline::Field", "title"), false, 0, 0},
    {Field::Description, "description", QT_TRANSLATE_NOOP("cutline::Field", "description"), false,
     0, 0},
    {Field::Kind, "kind", QT_TRANSLATE_NOOP("cutline::Field", "kind"), false, 0, 0},
    {Field::Problem, "problem", QT_TRANSLATE_NOOP("cutline::Field", "problem"), false, 0, 0},
    {Field::Beneficiary, "beneficiary", QT_TRANSLATE_NOOP("cutline::Field", "beneficiary"), false,
     0, 0},
    {Field::Metric, "metric", QT_TRANSLATE_NOOP("cutline::Field", "metric"), false, 0, 0},
    {Field::Outcome, "outcome", QT_TRANSLATE_NOOP("cutline::Field", "expected outcome"), false, 0,
     0},
    {Field::IfNotDone, "if_not_done", QT_TRANSLATE_NOOP("cutline::Field", "cost of not doing it"),
     false, 0, 0},
    {Field::Effort, "effort", QT_TRANSLATE_NOOP("cutline::Field", "effort"), true, 0, kNoLimit},
    {Field::EffortLow, "effort_low", QT_TRANSLATE_NOOP("cutline::Field", "low effort"), true, 0,
     kNoLimit},
    {Field::EffortHigh, "effort_high", QT_TRANSLATE_NOOP("cutline::Field", "high effort"), true, 0,
     kNoLimit},
    {Field::Impact, "impact", QT_TRANSLATE_NOOP("cutline::Field", "impact"), true, 0, 10},
    {Field::Confidence, "confidence", QT_TRANSLATE_NOOP("cutline::Field", "confidence"), true, 0,
     100},
    {Field::Reach, "reach", QT_TRANSLATE_NOOP("cutline::Field", "reach"), true, 0, kNoLimit},
    {Field::Risk, "risk", QT_TRANSLATE_NOOP("cutline::Field", "risk"), true, 1, 5},
    {Field::TimeCriticality, "time_criticality",
     QT_TRANSLATE_NOOP("cutline::Field", "time criticality"), true, 0, 10},
    {Field::Mandatory, "mandatory", QT_TRANSLATE_NOOP("cutline::Field", "mandatory"), false, 0, 0},
    {Field::Decision, "decision", QT_TRANSLATE_NOOP("cutline::Field", "decision"), false, 0, 0},
    {Field::Rationale, "rationale", QT_TRANSLATE_NOOP("cutline::Field", "rationale"), false, 0, 0},
    {Field::Owner, "owner", QT_TRANSLATE_NOOP("cutline::Field", "owner"), false, 0, 0},
    {Field::SuccessMetric, "success_metric", QT_TRANSLATE_NOOP("cutline::Field", "success metric"),
     false, 0, 0},
    {Field::ReviewDate, "review_date", QT_TRANSLATE_NOOP("cutline::Field", "review date"), false, 0,
     0},
    {Field::Tags, "tags", QT_TRANSLATE_NOOP("cutline::Field", "tags"), false, 0, 0},
};

const FieldEntry &entry(Field field)
{
    return kFields[static_cast<int>(field)];
}

// Messages: lupdate files Text::tr() calls in these free functions under "cutline".
// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cutline::Field)
};

constexpr int kMaxKeyLength = 32;

std::optional<QString> checkNumber(const Candidate &c, Field field, const QVariant &value)
{
    const FieldEntry &e = entry(field);
    const QString who = c.key.isEmpty() ? Text::tr("candidate") : c.key;
    const QString name = fieldName(field);
    const bool optional = field == Field::EffortLow || field == Field::EffortHigh;
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        if (optional)
            return std::nullopt;
        return Text::tr("%1: %2 is missing.").arg(who, name);
    }
    bool isNumber = false;
    const double v = value.toDouble(&isNumber);
    if (!isNumber)
        return Text::tr("%1: %2 \"%3\" is not a number.").arg(who, name, value.toString());
    if (std::isnan(v))
        return Text::tr("%1: %2 is not a number (nan).").arg(who, name);
    if (std::isinf(v))
        return Text::tr("%1: %2 must be finite, not %3.").arg(who, name, formatNumber(v));
    if (e.max == kNoLimit && v < e.min)
        return Text::tr("%1: %2 %3 is negative; it must be 0 or more.")
            .arg(who, name, formatNumber(v));
    if (v < e.min || v > e.max)
        return Text::tr("%1: %2 %3 is outside %4–%5.")
            .arg(who, name, formatNumber(v), formatNumber(e.min), formatNumber(e.max));
    if (field == Field::Risk && v != std::floor(v))
        return Text::tr("%1: risk %2 must be a whole number from 1 to 5.")
            .arg(who, formatNumber(v));
    // The three-point estimate keeps its order: low ≤ likely ≤ high.
    if (field == Field::EffortLow && v > c.effort)
        return Text::tr("%1: low effort %2 is above the likely effort %3.")
            .arg(who, formatNumber(v), formatNumber(c.effort));
    if (field == Field::EffortHigh && v < c.effort)
        return Text::tr("%1: high effort %2 is below the likely effort %3.")
            .arg(who, formatNumber(v), formatNumber(c.effort));
    if (field == Field::Effort && c.effortLow && v < *c.effortLow)
        return Text::tr("%1: effort %2 is below its low estimate %3.")
            .arg(who, formatNumber(v), formatNumber(*c.effortLow));
    if (field == Field::Effort && c.effortHigh && v > *c.effortHigh)
        return Text::tr("%1: effort %2 is above its high estimate %3.")
            .arg(who, formatNumber(v), formatNumber(*c.effortHigh));
    return std::nullopt;
}

} // namespace

QList<Field> allFields()
{
    QList<Field> fields;
    for (const auto &e : kFields)
        fields.append(e.field);
    return fields;
}

QString fieldId(Field field)
{
    return QString::fromLatin1(entry(field).id);
}

QString fieldName(Field field)
{
    return QCoreApplication::translate("cutline::Field", entry(field).name);
}

std::optional<Field> fieldFromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (const auto &e : kFields)
        if (wanted == QLatin1String(e.id))
            return e.field;
    return std::nullopt;
}

bool isNumeric(Field field)
{
    return entry(field).numeric;
}

QVariant fieldValue(const Candidate &c, Field field)
{
    switch (field) {
    case Field::Key:
        return c.key;
    case Field::Title:
        return c.title;
    case Field::Description:
        return c.description;
    case Field::Kind:
        return kindId(c.kind);
    case Field::Problem:
        return c.problem;
    case Field::Beneficiary:
        return c.beneficiary;
    case Field::Metric:
        return c.metric;
    case Field::Outcome:
        return c.outcome;
    case Field::IfNotDone:
        return c.ifNotDone;
    case Field::Effort:
        return c.effort;
    case Field::EffortLow:
        return c.effortLow ? QVariant(*c.effortLow) : QVariant();
    case Field::EffortHigh:
        return c.effortHigh ? QVariant(*c.effortHigh) : QVariant();
    case Field::Impact:
        return c.impact;
    case Field::Confidence:
        return c.confidence;
    case Field::Reach:
        return c.reach;
    case Field::Risk:
        return c.risk;
    case Field::TimeCriticality:
        return c.timeCriticality;
    case Field::Mandatory:
        return c.mandatory;
    case Field::Decision:
        return decisionId(c.decision);
    case Field::Rationale:
        return c.rationale;
    case Field::Owner:
        return c.owner;
    case Field::SuccessMetric:
        return c.successMetric;
    case Field::ReviewDate:
        return c.reviewDate;
    case Field::Tags:
        return c.tags;
    }
    Q_UNREACHABLE();
    return QVariant();
}

void setFieldValue(Candidate &c, Field field, const QVariant &value)
{
    const auto optionalNumber = [&value]() -> std::optional<double> {
        if (!value.isValid() || value.toString().isEmpty())
            return std::nullopt;
        return value.toDouble();
    };
    switch (field) {
    case Field::Key:
        c.key = value.toString();
        return;
    case Field::Title:
        c.title = value.toString();
        return;
    case Field::Description:
        c.description = value.toString();
        return;
    case Field::Kind:
        c.kind = kindFromId(value.toString()).value_or(Kind::Product);
        return;
    case Field::Problem:
        c.problem = value.toString();
        return;
    case Field::Beneficiary:
        c.beneficiary = value.toString();
        return;
    case Field::Metric:
        c.metric = value.toString();
        return;
    case Field::Outcome:
        c.outcome = value.toString();
        return;
    case Field::IfNotDone:
        c.ifNotDone = value.toString();
        return;
    case Field::Effort:
        c.effort = value.toDouble();
        return;
    case Field::EffortLow:
        c.effortLow = optionalNumber();
        return;
    case Field::EffortHigh:
        c.effortHigh = optionalNumber();
        return;
    case Field::Impact:
        c.impact = value.toDouble();
        return;
    case Field::Confidence:
        c.confidence = value.toDouble();
        return;
    case Field::Reach:
        c.reach = value.toDouble();
        return;
    case Field::Risk:
        c.risk = value.toInt();
        return;
    case Field::TimeCriticality:
        c.timeCriticality = value.toDouble();
        return;
    case Field::Mandatory:
        c.mandatory = value.toBool();
        return;
    case Field::Decision:
        c.decision = decisionFromId(value.toString()).value_or(Decision::Undecided);
        return;
    case Field::Rationale:
        c.rationale = value.toString();
        return;
    case Field::Owner:
        c.owner = value.toString();
        return;
    case Field::SuccessMetric:
        c.successMetric = value.toString();
        return;
    case Field::ReviewDate:
        c.reviewDate = value.toDate();
        return;
    case Field::Tags:
        c.tags = value.toStringList();
        return;
    }
}

std::optional<QString> checkFieldValue(const Candidate &c, Field field, const QVariant &value)
{
    if (isNumeric(field))
        return checkNumber(c, field, value);
    const QString who = c.key.isEmpty() ? Text::tr("candidate") : c.key;
    switch (field) {
    case Field::Key: {
        const QString key = value.toString();
        if (key.trimmed().isEmpty())
            return Text::tr("%1: the key is empty.").arg(who);
        if (key != key.trimmed() || key.contains(QLatin1Char(';')) ||
            key.contains(QLatin1Char(',')) || key.contains(QLatin1Char('\n')))
            return Text::tr("%1: key \"%2\" may not contain spaces at its ends, ';', ',' or line "
                            "breaks.")
                .arg(who, key);
        if (key.size() > kMaxKeyLength)
            return Text::tr("%1: key \"%2\" is longer than %3 characters.")
                .arg(who, key)
                .arg(kMaxKeyLength);
        return std::nullopt;
    }
    case Field::Title:
        if (value.toString().trimmed().isEmpty())
            return Text::tr("%1: the title is empty.").arg(who);
        return std::nullopt;
    case Field::Kind:
        if (!kindFromId(value.toString()))
            return Text::tr(
                       "%1: kind \"%2\" is not one of product, platform, compliance, research, "
                       "stabilization.")
                .arg(who, value.toString());
        return std::nullopt;
    case Field::Decision:
        if (!decisionFromId(value.toString()))
            return Text::tr("%1: decision \"%2\" is not one of undecided, commit, defer, drop.")
                .arg(who, value.toString());
        return std::nullopt;
    case Field::ReviewDate: {
        // No date (an invalid QVariant, a null QDate or empty text) is fine: it is optional.
        const bool empty = !value.isValid() ||
                           (value.typeId() == QMetaType::QDate && value.toDate().isNull()) ||
                           value.toString().isEmpty();
        if (!empty && !value.toDate().isValid())
            return Text::tr("%1: review date \"%2\" is not a date (use YYYY-MM-DD).")
                .arg(who, value.toString());
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString formatAmount(double value)
{
    return formatNumber(std::round(value * 100.0) / 100.0);
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', 12);
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    return tags;
}

} // namespace cutline
