#include "inboxheadlinedelegate.h"

#include "wireinboxmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace Wiredesk {

namespace {
constexpr int BarGap = 3;   // between the bar's place and the text
constexpr int BadgeGap = 4; // between the text and the badge
} // namespace

InboxHeadlineDelegate::InboxHeadlineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor InboxHeadlineDelegate::urgencyColor(int urgency)
{
    // IPTC: 1 flash, 2 and 3 urgent; from 4 on it is the normal flow and gets no mark.
    switch (urgency) {
    case 1:
        return QColor(211, 47, 47);
    case 2:
        return QColor(245, 124, 0);
    case 3:
        return QColor(251, 192, 45);
    }
    return {};
}

void InboxHeadlineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as every other cell; the text is drawn below, in the
    // room the bar and the badge leave (rectangles are laid out left to right, then mirrored
    // for right-to-left layouts). The headline has no icon or check box.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QColor textColor
        = opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    const QColor bar = urgencyColor(index.data(WireInboxModel::UrgencyRole).toInt());
    if (bar.isValid()) {
        const QRect barRect(opt.rect.left() + 1, opt.rect.top() + 2, BarWidth, opt.rect.height() - 4);
        painter->fillRect(QStyle::visualRect(opt.direction, opt.rect, barRect), bar);
    }
    QRect textRect = opt.rect.adjusted(1 + BarWidth + BarGap, 0, 0, 0);

    const int wires = index.data(WireInboxModel::ClusterSizeRole).toInt();
    if (wires > 1) {
        QFont badgeFont = opt.font;
        badgeFont.setBold(false);
        const QFontMetrics metrics(badgeFont);
        const QString count = QLocale().toString(wires);
        const int height = qMin(metrics.height(), opt.rect.height() - 2);
        const int width = qMax(height, metrics.horizontalAdvance(count) + 8);
        const QRect badge(
            opt.rect.right() - 2 - width + 1, opt.rect.top() + (opt.rect.height() - height) / 2, width, height);
        const QRect shown = QStyle::visualRect(opt.direction, opt.rect, badge);
        QColor frame = textColor;
        frame.setAlpha(110);
        QColor fill = textColor;
        fill.setAlpha(28);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(frame);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(shown).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(textColor);
        painter->drawText(shown, Qt::AlignCenter, count);
        textRect.setRight(badge.left() - BadgeGap);
    }

    // On the right the margin QCommonStyle leaves around an item's text; on the left the
    // bar's place is the margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.setRight(textRect.right() - margin);
    if (textRect.width() > 0) {
        painter->setFont(opt.font);
        painter->setPen(textColor);
        const QString elided = QFontMetrics(opt.font).elidedText(text, opt.textElideMode, textRect.width());
        painter->drawText(QStyle::visualRect(opt.direction, opt.rect, textRect),
            int(opt.displayAlignment) | Qt::TextSingleLine, elided);
    }
    painter->restore();
}

} // namespace Wiredesk
