#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <gumbo.h>

namespace Wiredesk {

/// An HTML fragment parsed by gumbo as the content of a <body>. Owns the parse tree.
///
/// gumbo 0.10.1 frees its tree recursively and overflows the stack on trees a few hundred
/// thousand levels deep, and its tree construction is quadratic in the nesting depth. So the
/// input first goes through NestingLimiter, and every allocation gumbo makes is tracked here
/// so the whole tree is released with a flat loop instead of gumbo_destroy_output().
class GumboDocument final
{
public:
    /// Parses @p utf8 (invalid sequences become U+FFFD inside gumbo).
    explicit GumboDocument(QByteArrayView utf8);
    ~GumboDocument();
    Q_DISABLE_COPY_MOVE(GumboDocument)

    /// The nodes of the fragment, in document order; never null.
    const GumboVector &children() const;

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
