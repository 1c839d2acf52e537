#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace Wiredesk {

/// Paints the inbox's headline cell with what used to take columns of their own, so the
/// headline gets the room an editor scans: a coloured bar at its start for an urgent wire
/// (WireInboxModel::UrgencyRole: flash red, 2 orange, 3 amber) and the story's number of
/// wires as a small badge at its end (ClusterSizeRole above 1). Headlines stay aligned
/// whether or not a row has a bar. Their words are in the model's tooltip and accessible
/// text; the colours read on light and dark palettes and on a selected row.
class InboxHeadlineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int BarWidth = 4;

    explicit InboxHeadlineDelegate(QObject *parent = nullptr);

    /// The bar's colour for @p urgency; invalid (no bar) for 0 (none given) and 4 to 9.
    static QColor urgencyColor(int urgency);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Wiredesk
