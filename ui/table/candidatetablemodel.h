// CandidateTableModel: the candidates as rows for the table, editable through the document.
#pragma once

#include "core/model/field.h"
#include "core/scoring/scoring.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cutline {

class WorkshopDocument;

class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        Title,
        Kind,
        Impact,
        Effort,
        Confidence,
        Risk,
        Decision,
        Score, // under the workshop's framework; read-only
        Why,
        ColumnCount
    };
    enum Role
    {
        CandidateIdRole = Qt::UserRole + 1,
        SortRole,
        MissingWhyRole
    };

    explicit CandidateTableModel(WorkshopDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static std::optional<Field> fieldOf(int column);
    QModelIndex indexOfId(int id, int column = Key) const;
    int idAt(int row) const;
    WorkshopDocument *document() const { return m_document; }

private:
    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    void onCandidateChanged(int id, Field field);
    void onSettingsChanged();
    // Scores are computed for the whole workshop at once, the first time a cell needs one
    // after a change, not once per cell painted (each can analyse every dependency).
    const cutline::Score &scoreOfRow(int row) const;
    void forgetScores() { m_scores.clear(); }

    WorkshopDocument *m_document;
    mutable QHash<int, cutline::Score> m_scores;
};

} // namespace cutline
