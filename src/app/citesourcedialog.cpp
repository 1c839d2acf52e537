#include "citesourcedialog.h"

#include "sourcelistmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

CiteSourceDialog::CiteSourceDialog(
    const QList<ArticleSource> &sources, const QStringList &preselected, const QString &quote, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cite Source"));
    setObjectName(u"citeSourceDialog"_s);
    auto *claim = new QLabel(this);
    claim->setWordWrap(true);
    const QString shown = quote.simplified();
    claim->setText(tr("Cite for: “%1”").arg(shown.size() > 160 ? QString(shown.left(159) + u"…"_s) : shown));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"citeSourceList"_s);
    m_list->setAccessibleName(tr("Sources of the article"));
    for (const ArticleSource &source : sources) {
        const QString title = source.title.isEmpty() ? source.url : source.title;
        auto *item
            = new QListWidgetItem(tr("%1 — %2").arg(title, SourceListModel::platformLabel(source.platform)), m_list);
        item->setData(IdRole, source.id);
        item->setToolTip(source.url);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.contains(source.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(u"citeSourcePaste"_s);
    m_paste->setAccessibleName(tr("New sources"));
    m_paste->setPlaceholderText(tr("Or paste a new URL (or several, one per line)"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(fontMetrics().lineSpacing() * 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Cite"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &CiteSourceDialog::updateOk);
    connect(m_paste, &QPlainTextEdit::textChanged, this, &CiteSourceDialog::updateOk);
    // Double-clicking a source is the quick way: that one, and done.
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        item->setCheckState(Qt::Checked);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(claim);
    layout->addWidget(new QLabel(tr("Sources:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_paste);
    layout->addWidget(buttons);
    resize(480, 360);
    updateOk();
}

QStringList CiteSourceDialog::chosenIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(IdRole).toString();
    }
    return ids;
}

QString CiteSourceDialog::pastedText() const
{
    return m_paste->toPlainText();
}

void CiteSourceDialog::updateOk()
{
    m_ok->setEnabled(!chosenIds().isEmpty() || !pastedText().trimmed().isEmpty());
}

} // namespace Wiredesk
