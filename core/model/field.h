// Field: the candidate's fields as one table — stable ids (also the CSV columns), names,
// typed get/set through QVariant, and the validation every edge (UI, CSV, file) shares.
#pragma once

#include "core/model/candidate.h"

#include <QVariant>

#include <optional>

namespace cutline {

enum class Field
{
    Key,
    Title,
    Description,
    Kind,
    Problem,
    Beneficiary,
    Metric,
    Outcome,
    IfNotDone,
    Effort,
    EffortLow,
    EffortHigh,
    Impact,
    Confidence,
    Reach,
    Risk,
    TimeCriticality,
    Mandatory,
    Decision,
    Rationale,
    Owner,
    SuccessMetric,
    ReviewDate,
    Tags,
};

QList<Field> allFields();
QString fieldId(Field field);   // "effort_low": file and CSV name, never translated
QString fieldName(Field field); // "low effort": for people, translated
std::optional<Field> fieldFromId(const QString &id);
bool isNumeric(Field field);

// Values travel as QVariant: text as QString, numbers as double (risk as int), kind and
// decision as their ids, the optional efforts as an invalid QVariant when unset, the review
// date as QDate, tags as QStringList.
QVariant fieldValue(const Candidate &candidate, Field field);
// Sets without checking; call checkFieldValue first at every edge.
void setFieldValue(Candidate &candidate, Field field, const QVariant &value);

// Why `value` cannot go into `field` of `candidate`, naming the candidate, the field and the
// value; nullopt when it can. Knows the ranges (impact 0–10, confidence 0–100, …) and the
// three-point order low ≤ likely ≤ high.
std::optional<QString> checkFieldValue(const Candidate &candidate, Field field,
                                       const QVariant &value);

// Tags as people type them, separated by ';' ("billing; EU"): trimmed, empty ones dropped.
QStringList parseTags(const QString &text);

// Formats a number as people write it (no trailing zeros, "nan", "inf").
QString formatNumber(double value);
// A computed amount (a total, a value, a difference) as people read it: at most two decimals.
QString formatAmount(double value);

} // namespace cutline
