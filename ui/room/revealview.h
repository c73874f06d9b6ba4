// RevealView: the reveal of a room's round — per candidate and input every ballot as a dot on
// the input's scale, the median, the IQR box, min and max, the divergence mark, the "could
// change the plan" flag and who explains first. Before the reveal it shows only how many
// ballots are in. Used by pass-the-laptop and by the projector's room panel.
#pragma once

#include "core/model/workshop.h"
#include "core/room/roomlogic.h"

#include <QWidget>

namespace cutline {

class RevealView : public QWidget
{
    Q_OBJECT

public:
    explicit RevealView(QWidget *parent = nullptr);

    // Shows `round` of `workshop`: every candidate in discussion order (room::discussionQueue),
    // or only `candidateId` when it is not 0.
    void setRound(const Workshop &workshop, const RoomRound &round, int candidateId = 0);
    // Type for a room: the projector's sizes (24 px at 1080 lines) instead of the desktop's.
    void setLargeType(bool large);
    bool largeType() const { return m_large; }

    // What is shown, in order (empty before the reveal).
    const QList<room::CandidateSpread> &spreads() const { return m_spreads; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Metrics;
    Metrics metrics() const;
    int contentHeight() const;
    int paintCandidate(QPainter &p, const room::CandidateSpread &spread, int top) const;
    void paintInput(QPainter &p, const room::InputSpread &input, const QRect &row) const;
    void paintHidden(QPainter &p) const;

    Workshop m_workshop;
    RoomRound m_round;
    int m_only = 0;
    bool m_large = false;
    QList<room::CandidateSpread> m_spreads;
};

} // namespace cutline
