#include "setfieldcommand.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Wiredesk {

namespace {
QString describe(ArticleDocument::Field field)
{
    using F = ArticleDocument::Field;
    switch (field) {
    case F::Headline:
        return QCoreApplication::translate("ArticleDocument", "Edit headline");
    case F::Dek:
        return QCoreApplication::translate("ArticleDocument", "Edit dek");
    case F::Bylines:
        return QCoreApplication::translate("ArticleDocument", "Edit byline");
    case F::Section:
        return QCoreApplication::translate("ArticleDocument", "Change section");
    case F::Tags:
        return QCoreApplication::translate("ArticleDocument", "Edit tags");
    case F::Dateline:
        return QCoreApplication::translate("ArticleDocument", "Edit dateline");
    case F::Published:
        return QCoreApplication::translate("ArticleDocument", "Change publication time");
    case F::TimeZone:
        return QCoreApplication::translate("ArticleDocument", "Change time zone");
    case F::Slug:
        return QCoreApplication::translate("ArticleDocument", "Edit slug");
    case F::Language:
        return QCoreApplication::translate("ArticleDocument", "Change language");
    case F::LeadImageSource:
        return QCoreApplication::translate("ArticleDocument", "Change lead image");
    case F::LeadImageCaption:
        return QCoreApplication::translate("ArticleDocument", "Edit image caption");
    case F::LeadImageCredit:
        return QCoreApplication::translate("ArticleDocument", "Edit image credit");
    case F::LeadImageAlt:
        return QCoreApplication::translate("ArticleDocument", "Edit image description");
    }
    return {};
}
} // namespace

SetFieldCommand::SetFieldCommand(ArticleDocument *document, ArticleDocument::Field field, const QVariant &value)
    : QUndoCommand(describe(field))
    , m_document(document)
    , m_field(field)
    , m_before(document->field(field))
    , m_after(value)
    , m_lastEdit(QDateTime::currentMSecsSinceEpoch())
{ }

void SetFieldCommand::undo()
{
    m_document->applyField(m_field, m_before);
}

void SetFieldCommand::redo()
{
    m_document->applyField(m_field, m_after);
}

int SetFieldCommand::id() const
{
    return 0x57d1; // any constant unique among this document's commands
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_field != m_field || next->m_lastEdit - m_lastEdit > m_document->typingMergeWindow()
        || m_document->typingMergeWindow() <= 0)
        return false;
    m_after = next->m_after;
    m_lastEdit = next->m_lastEdit;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Wiredesk
