#pragma once

#include <QObject>

namespace Wiredesk {

class MainWindow;

/// Decides when a starting window is interactive: it has painted, the inbox shows its first
/// rows (not placeholders) and a draft is open in the editor. `wiredesk --startup-probe`
/// prints the moment and exits, which is what bench_startup times from outside the process.
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(MainWindow *window);

Q_SIGNALS:
    /// Emitted once, right after the first paint that shows all of the above.
    void interactive();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isReady() const;

    MainWindow *m_window;
    bool m_done = false;
};

} // namespace Wiredesk
