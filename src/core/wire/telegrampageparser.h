#pragma once

#include "parsecontext.h"
#include "wireitem.h"

#include <QByteArray>

namespace Wiredesk {

/// The page Telegram serves for a public channel (https://t.me/s/NAME), parsed with gumbo:
/// every `.tgme_widget_message[data-post="NAME/ID"]` becomes an item with guid NAME/ID, link
/// https://t.me/NAME/ID, the raw HTML of its `.tgme_widget_message_text` (not the quoted
/// message of a reply), the time of `time[datetime]`, the photo of its photo wrap and the
/// channel as author. Telegram double-escapes entities in message text and links since
/// 2024 (`&amp;amp;`); those are undone. The page only holds the latest ~20 posts.
class TelegramPageParser final
{
public:
    static bool looksLikeTelegramPage(QStringView html);
    static void parse(const QString &html, const ParseContext &context, ParsedFeed &feed);
};

} // namespace Wiredesk
