#include "startupprobe.h"

#include "inboxpane.h"
#include "mainwindow.h"
#include "wireinboxmodel.h"

#include <QEvent>
#include <QTimer>
#include <QTreeView>

namespace Wiredesk {

StartupProbe::StartupProbe(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    // The inbox list's viewport paints the rows; the rest of the window has painted by then.
    window->inboxPane()->view()->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The filter sees a paint before the view handles it: if the first rows are loaded now,
    // this paint draws them. Report once it has been handled.
    if (event->type() == QEvent::Paint && !m_done && isReady()) {
        m_done = true;
        QTimer::singleShot(0, this, &StartupProbe::interactive);
    }
    return QObject::eventFilter(watched, event);
}

bool StartupProbe::isReady() const
{
    if (!m_window->draftSession())
        return false;
    const WireInboxModel *model = m_window->inboxPane()->inboxModel();
    return model && model->rowCount() > 0 && model->index(0, 0).data(WireInboxModel::LoadedRole).toBool();
}

} // namespace Wiredesk
