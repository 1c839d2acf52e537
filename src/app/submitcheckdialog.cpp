#include "submitcheckdialog.h"

#include "noteauthor.h"
#include "provenancechecker.h"
#include "provenancestore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QList<ProvenanceWarning> SubmitCheckDialog::blockingWarnings(const QList<ProvenanceWarning> &warnings)
{
    QList<ProvenanceWarning> blocking;
    for (const ProvenanceWarning &warning : warnings) {
        if (warning.severity == ProvenanceWarning::Severity::Blocking)
            blocking << warning;
    }
    return blocking;
}

SubmitCheckDialog::SubmitCheckDialog(const QList<ProvenanceWarning> &warnings, bool reviewOnly, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"submitCheckDialog"_s);
    setWindowTitle(tr("Check Before Submitting"));
    const QList<ProvenanceWarning> blocking = blockingWarnings(warnings);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (blocking.isEmpty())
        intro->setText(tr("Nothing blocks this article. %n warning(s) to consider:", nullptr, int(warnings.size())));
    else
        intro->setText(tr("<b>%n problem(s) block sending this article.</b> Fix them, or give a reason to send it "
                          "anyway; the reason is recorded with the article.",
            nullptr, int(blocking.size())));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"submitWarnings"_s);
    m_list->setAccessibleName(tr("Problems"));
    m_list->setWordWrap(true);
    for (const ProvenanceWarning &warning : warnings) {
        const bool blocks = warning.severity == ProvenanceWarning::Severity::Blocking;
        if (!blocks && !reviewOnly && !blocking.isEmpty() && warning.severity == ProvenanceWarning::Severity::Info)
            continue;
        auto *item = new QListWidgetItem(
            style()->standardIcon(blocks ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            warning.message, m_list);
        item->setToolTip(warning.detail);
        if (blocks) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"submitReason"_s);
    m_reason->setAccessibleName(tr("Reason for sending anyway"));
    m_reason->setPlaceholderText(tr("Why is it right to send the article with these problems?"));
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_reason->setVisible(!blocking.isEmpty() && !reviewOnly);

    auto *buttons = new QDialogButtonBox(this);
    if (reviewOnly) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        m_send = buttons->addButton(tr("Send Anyway"), QDialogButtonBox::AcceptRole);
        m_send->setObjectName(u"sendAnyway"_s);
        m_send->setEnabled(blocking.isEmpty());
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_send->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_send && !m_send->isEnabled())
            return;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString SubmitCheckDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool SubmitCheckDialog::confirm(QWidget *parent, const Article &article, ProvenanceStore *store, QString *reasonOut,
    const QString &author, const ProvenanceCheckSettings &settings)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QHash<QString, LinkCheckResult> checks
        = store ? store->latestChecks(article.id) : QHash<QString, LinkCheckResult>();
    const QList<ProvenanceWarning> warnings = ProvenanceChecker::check(article, checks, settings, now);
    const QList<ProvenanceWarning> blocking = blockingWarnings(warnings);
    if (reasonOut)
        reasonOut->clear();
    if (blocking.isEmpty())
        return true;
    SubmitCheckDialog dialog(warnings, false, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return false;
    if (store) {
        SubmitOverride record;
        record.articleId = article.id;
        record.author = author.isEmpty() ? NoteAuthor::name() : author;
        record.time = now;
        record.reason = dialog.reason();
        record.warnings = SubmitOverride::warningsJson(blocking);
        if (store->recordSubmitOverride(record) == 0) {
            QMessageBox::warning(parent, tr("Check Before Submitting"),
                tr("The reason could not be recorded, so the article is not sent.\n\n%1").arg(store->errorString()));
            return false;
        }
    }
    if (reasonOut)
        *reasonOut = dialog.reason();
    return true;
}

} // namespace Wiredesk
