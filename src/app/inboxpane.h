#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Wiredesk {

/// The wire inbox dock: a search box over a lazily paged list of wire items.
class InboxPane final : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPane(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    void setStatusText(const QString &text);

Q_SIGNALS:
    void searchRequested(const QString &query);
    void itemActivated(const QModelIndex &index);

private:
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Wiredesk
