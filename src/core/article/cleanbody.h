#pragma once

#include "blockids.h"

#include <QList>

namespace Wiredesk {

/// Body blocks that already went through the sanitizer and BlockIds.
///
/// Only HtmlImporter::prepareBody() makes one, so ArticleDocument can take it without
/// sanitizing again: a big paste is cleaned once, on a worker thread, and reaches the
/// document as cheap block lists.
class CleanBody final
{
public:
    CleanBody() = default;

    const QList<BodyBlock> &blocks() const { return m_blocks; }
    bool isEmpty() const { return m_blocks.isEmpty(); }

private:
    friend class HtmlImporter;
    QList<BodyBlock> m_blocks;
};

} // namespace Wiredesk
