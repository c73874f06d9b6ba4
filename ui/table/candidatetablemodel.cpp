#include "ui/table/candidatetablemodel.h"

#include "core/model/kindprofile.h"
#include "core/scoring/scoring.h"
#include "ui/document/workshopdocument.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace cutline {

namespace {

constexpr Field kColumnFields[] = {Field::Key,    Field::Title,      Field::Kind, Field::Impact,
                                   Field::Effort, Field::Confidence, Field::Risk, Field::Decision};

// "C-9" sorts before "C-10": numbers inside keys compare as numbers.
QString naturalSortKey(const QString &key)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString out;
    qsizetype last = 0;
    for (auto it = digits.globalMatch(key); it.hasNext();) {
        const auto m = it.next();
        out += key.mid(last, m.capturedStart() - last).toLower();
        out += m.captured().rightJustified(12, QLatin1Char('0'));
        last = m.capturedEnd();
    }
    return out + key.mid(last).toLower();
}

} // namespace

CandidateTableModel::CandidateTableModel(WorkshopDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &WorkshopDocument::workshopReset, this, [this] {
        beginResetModel();
        forgetScores();
        endResetModel();
    });
    connect(document, &WorkshopDocument::candidateAboutToBeInserted, this,
            [this](int index) { beginInsertRows({}, index, index); });
    connect(document, &WorkshopDocument::candidateInserted, this, [this] {
        forgetScores();
        endInsertRows();
    });
    connect(document, &WorkshopDocument::candidateAboutToBeRemoved, this,
            [this](int index) { beginRemoveRows({}, index, index); });
    connect(document, &WorkshopDocument::candidateRemoved, this, [this] {
        forgetScores();
        endRemoveRows();
    });
    connect(document, &WorkshopDocument::candidateChanged, this,
            &CandidateTableModel::onCandidateChanged);
    connect(document, &WorkshopDocument::settingsChanged, this,
            &CandidateTableModel::onSettingsChanged);
    // Criterion scores move the score of weighted criteria.
    connect(document, &WorkshopDocument::candidateDetailsChanged, this,
            &CandidateTableModel::onSettingsChanged);
    // With "count what it unlocks", a link changes scores.
    connect(document, &WorkshopDocument::linksChanged, this,
            &CandidateTableModel::onSettingsChanged);
    connect(document, &WorkshopDocument::readOnlyChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->workshop().candidates.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Field> CandidateTableModel::fieldOf(int column)
{
    if (column < 0 || column >= Score)
        return std::nullopt;
    return kColumnFields[column];
}

int CandidateTableModel::idAt(int row) const
{
    const auto &candidates = m_document->workshop().candidates;
    return row >= 0 && row < candidates.size() ? candidates[row].id : 0;
}

QModelIndex CandidateTableModel::indexOfId(int id, int column) const
{
    const int row = m_document->workshop().indexOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

const cutline::Score &CandidateTableModel::scoreOfRow(int row) const
{
    const Workshop &w = m_document->workshop();
    if (m_scores.isEmpty())
        m_scores = scoresOf(w);
    return m_scores[w.candidates[row].id];
}

QVariant CandidateTableModel::display(int row, int column) const
{
    const Candidate &c = m_document->workshop().candidates[row];
    switch (column) {
    case Key:
        return c.key;
    case Title:
        return c.title;
    case Kind:
        return kindName(c.kind);
    case Impact:
        return formatNumber(c.impact);
    case Effort:
        return formatNumber(c.effort);
    case Confidence:
        return tr("%1 %").arg(formatNumber(c.confidence));
    case Risk:
        return c.risk;
    case Decision:
        return decisionName(c.decision);
    case Score:
        return formatScore(scoreOfRow(row).value);
    case Why: {
        const int missing = int(missingWhy(c).size());
        return missing == 0 ? QString() : tr("⚠ missing %n", nullptr, missing);
    }
    default:
        return {};
    }
}

// The title's tooltip gives the full title, which a narrow column cuts short.
QVariant CandidateTableModel::toolTip(int row, int column) const
{
    const Candidate &c = m_document->workshop().candidates[row];
    if (column == Score)
        return scoreOfRow(row).formula;
    if (column == Title)
        return c.description.isEmpty() ? c.title
                                       : QStringLiteral("%1\n\n%2").arg(c.title, c.description);
    if (column != Why)
        return {};
    QStringList labels;
    for (const WhyPrompt &p : missingWhy(c))
        labels.append(p.label);
    if (labels.isEmpty())
        return tr("The why is complete.");
    return tr("Missing why: %1").arg(labels.join(QStringLiteral(", ")));
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_document->workshop().candidates[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), column);
    case Qt::EditRole: {
        const auto field = fieldOf(column);
        return field ? fieldValue(c, *field) : QVariant();
    }
    case SortRole: {
        if (column == Key)
            return naturalSortKey(c.key);
        if (column == Why)
            return int(missingWhy(c).size());
        if (column == Score)
            return scoreOfRow(index.row()).value;
        const auto field = fieldOf(column);
        if (field && isNumeric(*field))
            return fieldValue(c, *field).toDouble();
        return display(index.row(), column).toString().toLower();
    }
    case CandidateIdRole:
        return c.id;
    case MissingWhyRole:
        return int(missingWhy(c).size());
    case Qt::ToolTipRole:
        return toolTip(index.row(), column);
    case Qt::TextAlignmentRole:
        if ((column >= Impact && column <= Risk) || column == Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Why)
            return QBrush(QColor(0xb4, 0x5f, 0x06));
        return {};
    default:
        return {};
    }
}

bool CandidateTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto field = fieldOf(index.column());
    if (!field)
        return false;
    // The document checks the value and records the edit; dataChanged follows from it.
    return m_document->editField(idAt(index.row()), *field, value);
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The framework goes in the tooltip: in the header it would widen the column for good.
    if (role == Qt::ToolTipRole && section == Score)
        return tr("%1: %2").arg(frameworkName(m_document->workshop().framework),
                                frameworkDescription(m_document->workshop().framework));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Key");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Impact:
        return tr("Impact");
    case Effort:
        return tr("Effort");
    case Confidence:
        return tr("Confidence");
    case Risk:
        return tr("Risk");
    case Decision:
        return tr("Decision");
    case Score:
        return tr("Score");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

Qt::ItemFlags CandidateTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (fieldOf(index.column()) && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

void CandidateTableModel::onCandidateChanged(int id, Field field)
{
    forgetScores();
    const int row = m_document->workshop().indexOf(id);
    if (row >= 0) // one field can change several cells (kind changes the why badge)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // ICE's ease is relative to the largest effort: one effort can move every score.
    if (field == Field::Effort && rowCount() > 0)
        Q_EMIT dataChanged(index(0, Score), index(rowCount() - 1, Score));
}

void CandidateTableModel::onSettingsChanged()
{
    forgetScores();
    Q_EMIT headerDataChanged(Qt::Horizontal, Score, Score);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Score), index(rowCount() - 1, Score));
}

} // namespace cutline
