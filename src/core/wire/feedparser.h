#pragma once

#include "parsecontext.h"
#include "wireitem.h"

#include <QByteArray>

namespace Wiredesk {

/// The entry point for turning a fetched document into wire items. It decodes the bytes
/// (FeedDecoder), recognizes the format from the content, never the URL (RSS 0.9x/1.0/2.0,
/// Atom, JSON Feed, ninjs 1.x/2.x, a Telegram channel page), guards XML against entity
/// attacks (EntityGuard), hands the document to the format's parser, and then settles what
/// every item needs: a guid (derived from the link or a hash when missing or shared by every
/// item), a title (the first words of the text when missing), dates (the fetch time when
/// missing, clamped when in the future) and no duplicates within the feed. A document that
/// cannot be read gets one clear error; a feed that breaks off after some items keeps them
/// and says where it broke. Item HTML is left raw; WireNormalizer sanitizes it.
///
/// Thread-safe: parse() keeps no state between calls and shares nothing mutable (its
/// look-up tables and compiled patterns are immutable function statics), so an ingest
/// pipeline can parse the next feed on one thread while another stores the last one.
class FeedParser final
{
public:
    static constexpr int TitleFallbackWords = 12;

    static ParsedFeed parse(const QByteArray &bytes, const ParseContext &context);
};

} // namespace Wiredesk
