// OddsPanel: the plan under uncertainty on the Plan view (issue 14) — how likely the plan fits,
// each candidate's share of sampled optima with its band and flip margins, the commit line at
// 85 %, what to refine first, and the sampling's seed and sample count.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace cutline {

class OddsController;
class WorkshopDocument;

class OddsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OddsPanel(WorkshopDocument *document, QWidget *parent = nullptr);

    OddsController *controller() const { return m_controller; }
    QTableWidget *table() const { return m_table; }
    // Draws new numbers: a new seed, as one undoable settings edit.
    QAction *newSeedAction() const { return m_newSeed; }

private:
    void showOdds();
    void showComputing(bool computing);
    void newSeed();
    void setSamples(int samples);

    WorkshopDocument *m_document;
    OddsController *m_controller;
    QLabel *m_headline;
    QLabel *m_details;
    QTableWidget *m_table;
    QSpinBox *m_samples;
    QAction *m_newSeed;
};

} // namespace cutline
