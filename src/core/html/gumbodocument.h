#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <gumbo.h>

namespace Wiredesk {

/// HTML parsed by gumbo: a fragment as the content of a <body> (the default), or a whole
/// page. Owns the parse tree.
///
/// gumbo 0.10.1 frees its tree recursively and overflows the stack on trees a few hundred
/// thousand levels deep, and its tree construction is quadratic in the nesting depth. So the
/// input first goes through NestingLimiter, and every allocation gumbo makes is tracked here
/// so the whole tree is released with a flat loop instead of gumbo_destroy_output().
class GumboDocument final
{
public:
    enum class Kind { BodyFragment, WholePage };

    /// Deeper than anything written by hand, shallow enough that gumbo's scope checks stay cheap.
    static constexpr int DefaultMaxNesting = 512;

    /// Parses @p utf8 (invalid sequences become U+FFFD inside gumbo). Elements nested deeper
    /// than @p maxNesting are flattened first (text kept); 0 parses the input as it is, for
    /// callers that must keep every element and walk the tree without recursion.
    explicit GumboDocument(QByteArrayView utf8, Kind kind = Kind::BodyFragment, int maxNesting = DefaultMaxNesting);
    ~GumboDocument();
    Q_DISABLE_COPY_MOVE(GumboDocument)

    /// The nodes of the fragment, in document order; never null.
    const GumboVector &children() const;
    /// gumbo's <html> root: for a fragment, the element whose children are its nodes.
    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }

private:
    struct Block;
    static void *allocate(void *self, size_t size);
    static void deallocate(void *self, void *ptr);

    Block *m_blocks = nullptr; // doubly linked list of live allocations
    QByteArray m_input;        // gumbo keeps pointers into its input
    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
};

} // namespace Wiredesk
