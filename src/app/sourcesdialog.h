#pragma once

#include "wiresource.h"

#include <QDialog>
#include <QList>
#include <QProgressDialog>

#include <memory>

namespace Ui {
class SourcesDialog;
}

namespace Wiredesk {

class SourceRemover;
class WireStore;

/// Add, edit and remove wire sources: name, type, URL or folder, poll interval, enabled and
/// the credibility label (the standard labels or the desk's own), with each source's last
/// result, last error and next attempt; OPML import and export of the feed sources.
/// Edits are written to the store at once and announced with sourcesChanged(). Removing a
/// source (and its items) runs off the GUI thread with progress and Cancel.
class SourcesDialog final : public QDialog
{
    Q_OBJECT

public:
    static const QStringList &standardLabels();

    SourcesDialog(WireStore *store, QWidget *parent = nullptr);
    ~SourcesDialog() override;

    void reload();
    /// Imports the sources of an OPML document; returns how many were added.
    int importOpml(const QByteArray &opml, QString *error);
    QList<WireSource> sources() const { return m_sources; }
    bool isRemoving() const;
    void done(int result) override;

Q_SIGNALS:
    void sourcesChanged();

private:
    WireSource fromForm(const WireSource &base) const;
    void showSource(int row);
    void add();
    void apply();
    void remove();
    void removalFinished(bool ok, bool cancelled, const QString &error);
    void importFile();
    void exportFile();

    std::unique_ptr<Ui::SourcesDialog> m_ui;
    WireStore *m_store;
    QList<WireSource> m_sources;
    SourceRemover *m_remover;
    QProgressDialog *m_removalProgress = nullptr;
};

} // namespace Wiredesk
