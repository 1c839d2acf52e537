#include "gumbodocument.h"

#include "nestinglimiter.h"

#include <cstddef>
#include <cstdlib>

namespace Wiredesk {

namespace {
const GumboVector EmptyVector {nullptr, 0, 0};
} // namespace

// Header in front of every gumbo allocation; padded so the payload keeps malloc's alignment.
struct alignas(alignof(std::max_align_t)) GumboDocument::Block {
    Block *prev;
    Block *next;
};

GumboDocument::GumboDocument(QByteArrayView utf8, Kind kind, int maxNesting)
    : m_input(maxNesting > 0 ? NestingLimiter::limit(utf8, maxNesting) : utf8.toByteArray())
    , m_options(kGumboDefaultOptions)
{
    m_options.allocator = &GumboDocument::allocate;
    m_options.deallocator = &GumboDocument::deallocate;
    m_options.userdata = this;
    m_options.max_errors = 0; // we never read parse errors; don't let them eat memory
    if (kind == Kind::BodyFragment) {
        m_options.fragment_context = GUMBO_TAG_BODY;
        m_options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    }
    m_output = gumbo_parse_with_options(&m_options, m_input.constData(), size_t(m_input.size()));
}

GumboDocument::~GumboDocument()
{
    // Not gumbo_destroy_output(): it recurses once per tree level.
    while (m_blocks) {
        Block *next = m_blocks->next;
        std::free(m_blocks);
        m_blocks = next;
    }
}

const GumboVector &GumboDocument::children() const
{
    if (!m_output || !m_output->root || m_output->root->type != GUMBO_NODE_ELEMENT)
        return EmptyVector;
    return m_output->root->v.element.children;
}

void *GumboDocument::allocate(void *self, size_t size)
{
    auto *document = static_cast<GumboDocument *>(self);
    auto *block = static_cast<Block *>(std::malloc(sizeof(Block) + size));
    if (!block)
        qFatal("Out of memory while parsing HTML"); // gumbo cannot recover from a failed allocation
    block->prev = nullptr;
    block->next = document->m_blocks;
    if (document->m_blocks)
        document->m_blocks->prev = block;
    document->m_blocks = block;
    return block + 1;
}

void GumboDocument::deallocate(void *self, void *ptr)
{
    if (!ptr)
        return;
    auto *document = static_cast<GumboDocument *>(self);
    Block *block = static_cast<Block *>(ptr) - 1;
    if (block->prev)
        block->prev->next = block->next;
    else
        document->m_blocks = block->next;
    if (block->next)
        block->next->prev = block->prev;
    std::free(block);
}

} // namespace Wiredesk
