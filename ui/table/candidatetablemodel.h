// CandidateTableModel: the candidates as rows for the table, editable through the document.
#pragma once

#include "core/model/field.h"

#include <QAbstractTableModel>

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

private:
    QVariant display(int row, int column) const;
    void onCandidateChanged(int id, Field field);
    void onSettingsChanged();

    WorkshopDocument *m_document;
};

} // namespace cutline
