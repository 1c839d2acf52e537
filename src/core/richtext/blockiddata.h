#pragma once

#include <QString>
#include <QTextBlockUserData>

namespace Wiredesk {

/// The article block id ("data-block") remembered on a QTextBlock.
///
/// Qt does not copy user data when a block is split, so the part created by Enter starts
/// without an id and BodyTextConverter gives it a fresh one on the next export; the id then
/// lives here so it stays the same for every later export.
class BlockIdData final : public QTextBlockUserData
{
public:
    explicit BlockIdData(const QString &id)
        : m_id(id)
    { }
    ~BlockIdData() override;
    Q_DISABLE_COPY_MOVE(BlockIdData)

    QString id() const { return m_id; }

private:
    QString m_id;
};

} // namespace Wiredesk
