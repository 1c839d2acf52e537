#include "articlerenderer.h"

#include "htmlescape.h"

#include "bodyblocksplitter.h"
#include "citationmarks.h"
#include "htmlsanitizer.h"
#include "publicationdate.h"
#include "timezoneabbreviation.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
// Words the page prints, in the article's language. The page is what readers see, so it
// follows the article, not the editor's UI language (which tr() would give).
struct PageWords {
    const char16_t *language;
    const char16_t *by;
    const char16_t *listSeparator;
    const char16_t *lastSeparator;
    const char16_t *sources;
    const char16_t *filedUnder;
    const char16_t *volume;
    const char16_t *issue;
    const char16_t *morning;
    const char16_t *afternoon;
    const char16_t *late;
    const char16_t *longDate;  ///< masthead, with weekday
    const char16_t *shortDate; ///< dateline and sources
};

constexpr PageWords pageWords[] = {
    {u"en", u"By", u", ", u" and ", u"Sources", u"Filed under", u"Vol.", u"No.", u"Morning Edition",
        u"Afternoon Edition", u"Late Edition", u"dddd, MMMM d, yyyy", u"MMMM d, yyyy"},
    {u"fr", u"Par", u", ", u" et ", u"Sources", u"Classé dans", u"Vol.", u"N°", u"Édition du matin",
        u"Édition de l’après-midi", u"Dernière édition", u"dddd d MMMM yyyy", u"d MMMM yyyy"},
    {u"de", u"Von", u", ", u" und ", u"Quellen", u"Themen", u"Jg.", u"Nr.", u"Morgenausgabe", u"Nachmittagsausgabe",
        u"Spätausgabe", u"dddd, d. MMMM yyyy", u"d. MMMM yyyy"},
    {u"es", u"Por", u", ", u" y ", u"Fuentes", u"Archivado en", u"Vol.", u"N.º", u"Edición matutina",
        u"Edición de la tarde", u"Última edición", u"dddd, d 'de' MMMM 'de' yyyy", u"d 'de' MMMM 'de' yyyy"},
    {u"it", u"Di", u", ", u" e ", u"Fonti", u"Argomenti", u"Vol.", u"N.", u"Edizione del mattino",
        u"Edizione del pomeriggio", u"Ultima edizione", u"dddd d MMMM yyyy", u"d MMMM yyyy"},
    {u"ru", u"Текст:", u", ", u" и ", u"Источники", u"Темы", u"Том", u"№", u"Утренний выпуск", u"Дневной выпуск",
        u"Вечерний выпуск", u"dddd, d MMMM yyyy", u"d MMMM yyyy"},
    {u"ar", u"بقلم", u"، ", u"، ", u"المصادر", u"الوسوم", u"المجلد", u"العدد", u"طبعة الصباح", u"طبعة الظهيرة",
        u"الطبعة الأخيرة", u"dddd d MMMM yyyy", u"d MMMM yyyy"},
    {u"he", u"מאת", u", ", u", ", u"מקורות", u"תגיות", u"כרך", u"גיליון", u"מהדורת בוקר", u"מהדורת צהריים",
        u"מהדורה מאוחרת", u"dddd, d בMMMM yyyy", u"d בMMMM yyyy"},
    {u"fa", u"نوشتهٔ", u"، ", u" و ", u"منابع", u"برچسب‌ها", u"دوره", u"شماره", u"نسخهٔ صبح", u"نسخهٔ عصر",
        u"نسخهٔ شب", u"dddd d MMMM yyyy", u"d MMMM yyyy"},
};

QString primaryLanguage(const QString &language)
{
    return language.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
}

const PageWords &wordsFor(const QString &language)
{
    const QString primary = primaryLanguage(language);
    for (const PageWords &words : pageWords) {
        if (primary == QStringView(words.language))
            return words;
    }
    return pageWords[0];
}

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// A BCP 47 tag safe for the lang attribute; "und" (undetermined) for anything else.
QString languageTag(const QString &language)
{
    QString tag = language.trimmed();
    tag.replace(u'_', u'-'); // "fa_IR" as locales spell it
    if (tag.isEmpty() || tag.size() > 35)
        return u"und"_s;
    for (const QChar c : tag) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return u"und"_s;
    }
    return tag;
}

QString esc(const QString &text)
{
    return HtmlEscape::text(text);
}

QString attr(const QString &text)
{
    return HtmlEscape::attribute(text);
}

// Metadata is single-line text: newlines and runs of spaces from a sloppy paste fold.
QString oneLine(const QString &text)
{
    return text.simplified();
}

// A source appears in the closing list (and so gets a number) when it has something to
// show: a title, an http(s) URL or a publisher.
bool isListed(const ArticleSource &source)
{
    const QUrl url = RenderOptions::remoteImageUrl(source.url);
    return !oneLine(source.title).isEmpty() || url.isValid() || !oneLine(source.publisher).isEmpty();
}

QString cityName(const QString &zoneId)
{
    QString city = zoneId.section(u'/', -1);
    city.replace(u'_', u' ');
    return city;
}

} // namespace

ArticleRenderer::ArticleRenderer(RenderOptions options)
    : m_options(std::move(options))
    // Defence in depth: the article module stores sanitized bodies, but an article can also
    // come from a file, an import or the CMS.
    , m_splitter(m_options.imageUrl,
          [](QStringView html) { return HtmlSanitizer(HtmlSanitizer::Schema::Article).sanitize(html); })
{
    if (!m_options.imageUrl)
        m_options.imageUrl = &RenderOptions::remoteImageUrl;
    if (!m_options.templateSearchPaths.isEmpty())
        m_template.load(m_options.templateSearchPaths);
}

QString ArticleRenderer::partName(ArticlePart part)
{
    switch (part) {
    case ArticlePart::Section:
        return u"section"_s;
    case ArticlePart::Headline:
        return u"headline"_s;
    case ArticlePart::Dek:
        return u"dek"_s;
    case ArticlePart::Byline:
        return u"byline"_s;
    case ArticlePart::Dateline:
        return u"dateline"_s;
    case ArticlePart::LeadImage:
        return u"lead-image"_s;
    case ArticlePart::Sources:
        return u"sources"_s;
    case ArticlePart::Tags:
        return u"tags"_s;
    }
    return {};
}

QList<ArticlePart> ArticleRenderer::parts()
{
    return {ArticlePart::Section, ArticlePart::Headline, ArticlePart::Dek, ArticlePart::Byline, ArticlePart::Dateline,
        ArticlePart::LeadImage, ArticlePart::Sources, ArticlePart::Tags};
}

bool ArticleRenderer::isRightToLeft(const QString &language)
{
    static const QStringList rtl {
        u"ar"_s, u"he"_s, u"iw"_s, u"fa"_s, u"ur"_s, u"ps"_s, u"yi"_s, u"dv"_s, u"ckb"_s, u"sd"_s, u"ug"_s, u"syr"_s};
    return rtl.contains(primaryLanguage(language));
}

QString ArticleRenderer::contentSecurityPolicy(const RenderOptions &options)
{
    QStringList imageSources;
    for (const QString &source : options.extraImageSources) {
        // Each entry is one CSP source expression; anything that could end the directive is refused.
        if (!source.isEmpty() && !source.contains(u';') && !source.contains(u',') && !source.contains(u'"')
            && !source.contains(u' '))
            imageSources << source;
    }
    if (options.allowRemoteImages)
        imageSources << u"https:"_s << u"http:"_s;
    if (imageSources.isEmpty())
        imageSources << u"'none'"_s;
    return u"default-src 'none'; img-src "_s + imageSources.join(u' ')
        + u"; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"_s;
}

QDateTime ArticleRenderer::publicationInstant(const Article &article) const
{
    if (article.published.isValid())
        return article.published;
    if (m_options.referenceTime.isValid())
        return m_options.referenceTime;
    return QDateTime::currentDateTimeUtc();
}

QString ArticleRenderer::publicationZoneId(const Article &article) const
{
    for (const QString &candidate : {article.timeZone.trimmed(), m_options.publicationTimeZone.trimmed()}) {
        if (!candidate.isEmpty() && QTimeZone::isTimeZoneIdAvailable(candidate.toUtf8()))
            return candidate;
    }
    return u"UTC"_s;
}

QString ArticleRenderer::renderPart(const Article &article, ArticlePart part) const
{
    const PageWords &words = wordsFor(article.language);
    const QLocale locale(primaryLanguage(article.language));
    const QString name = partName(part);
    auto wrap = [&](const QString &tag, const QString &cssClass, const QString &inner) -> QString {
        const QString open = u'<' + tag + u" class=\""_s + cssClass + u"\" data-part=\""_s + name + u'"';
        if (inner.isEmpty())
            return m_options.keepEmptyParts ? open + u" hidden></"_s + tag + u'>' : QString();
        return open + u'>' + inner + u"</"_s + tag + u'>';
    };
    const PublicationDate date(publicationInstant(article), QTimeZone(publicationZoneId(article).toUtf8()));
    auto formatTime = [&](const PublicationDate &when) -> QString {
        return locale.toString(when.localDate(), str(words.shortDate)) + str(words.listSeparator)
            + locale.toString(when.local().time(), u"HH:mm"_s) + u' ' + when.abbreviation();
    };

    switch (part) {
    case ArticlePart::Section:
        return wrap(u"p"_s, u"section"_s, esc(oneLine(article.section)));
    case ArticlePart::Headline:
        return wrap(u"h1"_s, u"headline"_s, esc(oneLine(article.headline)));
    case ArticlePart::Dek:
        return wrap(u"p"_s, u"dek"_s, esc(oneLine(article.dek)));
    case ArticlePart::Byline: {
        QStringList authors;
        for (const QString &byline : article.bylines) {
            if (!oneLine(byline).isEmpty())
                authors << u"<span class=\"author\">"_s + esc(oneLine(byline)) + u"</span>"_s;
        }
        if (authors.isEmpty())
            return wrap(u"p"_s, u"byline"_s, {});
        QString joined = authors.takeLast();
        if (!authors.isEmpty())
            joined = authors.join(str(words.listSeparator)) + str(words.lastSeparator) + joined;
        return wrap(u"p"_s, u"byline"_s, str(words.by) + u' ' + joined);
    }
    case ArticlePart::Dateline: {
        QString inner;
        if (!oneLine(article.dateline).isEmpty())
            inner = u"<span class=\"place\">"_s + esc(oneLine(article.dateline)) + u"</span> "_s;
        inner += u"<time datetime=\""_s + attr(date.isoWithOffset()) + u"\">"_s + esc(formatTime(date)) + u"</time>"_s;
        return wrap(u"p"_s, u"dateline"_s, inner);
    }
    case ArticlePart::LeadImage: {
        const QUrl url = article.leadImage.isEmpty() ? QUrl() : m_options.imageUrl(article.leadImage.source);
        if (!url.isValid() || url.isEmpty())
            return wrap(u"figure"_s, u"lead-image"_s, {});
        QString inner = u"<img src=\""_s + attr(url.toString(QUrl::FullyEncoded)) + u"\" alt=\""_s
            + attr(oneLine(article.leadImage.alt)) + u"\">"_s;
        const QString caption = oneLine(article.leadImage.caption);
        const QString credit = oneLine(article.leadImage.credit);
        if (!caption.isEmpty() || !credit.isEmpty()) {
            inner += u"<figcaption>"_s;
            if (!caption.isEmpty())
                inner += u"<span class=\"caption\">"_s + esc(caption) + u"</span>"_s;
            if (!caption.isEmpty() && !credit.isEmpty())
                inner += u' ';
            if (!credit.isEmpty())
                inner += u"<span class=\"credit\">"_s + esc(credit) + u"</span>"_s;
            inner += u"</figcaption>"_s;
        }
        return wrap(u"figure"_s, u"lead-image"_s, inner);
    }
    case ArticlePart::Sources: {
        QString items;
        for (const ArticleSource &source : article.sources) {
            if (!isListed(source))
                continue;
            const QUrl url = RenderOptions::remoteImageUrl(source.url); // same rule: http(s) only
            QString title = oneLine(source.title);
            if (title.isEmpty())
                title = url.toDisplayString(); // never print a javascript: URL (not valid here)
            QStringList fields;
            if (!title.isEmpty()) {
                if (url.isValid())
                    fields << u"<a class=\"title\" href=\""_s + attr(url.toString(QUrl::FullyEncoded))
                            + u"\" rel=\"noopener noreferrer nofollow\">"_s + esc(title) + u"</a>"_s;
                else
                    fields << u"<span class=\"title\">"_s + esc(title) + u"</span>"_s;
            }
            if (!oneLine(source.publisher).isEmpty())
                fields << u"<span class=\"publisher\">"_s + esc(oneLine(source.publisher)) + u"</span>"_s;
            if (source.posted.isValid()) {
                const PublicationDate posted(source.posted, date.zone());
                fields << u"<time datetime=\""_s + attr(posted.isoWithOffset()) + u"\">"_s + esc(formatTime(posted))
                        + u"</time>"_s;
            }
            items += u"<li"_s;
            if (!source.id.trimmed().isEmpty())
                items += u" id=\"source-"_s + attr(source.id.trimmed()) + u'"';
            items += u'>' + fields.join(str(words.listSeparator)) + u"</li>\n"_s;
        }
        if (items.isEmpty())
            return wrap(u"section"_s, u"sources"_s, {});
        return wrap(
            u"section"_s, u"sources"_s, u"<h2>"_s + esc(str(words.sources)) + u"</h2>\n<ol>\n"_s + items + u"</ol>"_s);
    }
    case ArticlePart::Tags: {
        QString items;
        for (const QString &tag : article.tags) {
            if (!oneLine(tag).isEmpty())
                items += u"<li>"_s + esc(oneLine(tag)) + u"</li>"_s;
        }
        if (items.isEmpty())
            return wrap(u"footer"_s, u"story-footer"_s, {});
        return wrap(u"footer"_s, u"story-footer"_s,
            u"<span class=\"label\">"_s + esc(str(words.filedUnder)) + u"</span> <ul class=\"tags\">"_s + items
                + u"</ul>"_s);
    }
    }
    return {};
}

QHash<QString, int> ArticleRenderer::sourceNumbers(const Article &article)
{
    QHash<QString, int> numbers;
    int number = 0;
    for (const ArticleSource &source : article.sources) {
        if (!isListed(source))
            continue;
        ++number;
        if (!source.id.trimmed().isEmpty() && !numbers.contains(source.id.trimmed()))
            numbers.insert(source.id.trimmed(), number);
    }
    return numbers;
}

QList<RenderedBlock> ArticleRenderer::renderBlocks(const Article &article) const
{
    QList<RenderedBlock> blocks = m_splitter.split(article.bodyHtml);
    if (!m_options.citationMarks)
        return blocks;
    const QHash<QString, int> numbers = sourceNumbers(article);
    for (RenderedBlock &block : blocks)
        block.html = CitationMarks::insert(block.html, numbers);
    return blocks;
}

QString ArticleRenderer::renderBlock(const Article &article, const QString &blockId) const
{
    const QList<RenderedBlock> blocks = renderBlocks(article);
    for (const RenderedBlock &block : blocks) {
        if (block.id == blockId)
            return block.html;
    }
    return {};
}

QString ArticleRenderer::renderArticle(const Article &article) const
{
    auto line = [](const QString &html) -> QString { return html.isEmpty() ? QString() : html + u'\n'; };
    const QString lang = languageTag(article.language);
    QString out = u"<article class=\"story\" lang=\""_s + attr(lang) + u"\" dir=\""_s
        + (isRightToLeft(lang) ? u"rtl"_s : u"ltr"_s) + u'"';
    if (!article.id.trimmed().isEmpty())
        out += u" data-article=\""_s + attr(article.id.trimmed()) + u'"';
    out += u">\n<header class=\"story-header\">\n"_s;
    out += line(renderPart(article, ArticlePart::Section));
    out += line(renderPart(article, ArticlePart::Headline));
    out += line(renderPart(article, ArticlePart::Dek));
    out += line(renderPart(article, ArticlePart::LeadImage));
    out += u"<div class=\"story-meta\">\n"_s;
    out += line(renderPart(article, ArticlePart::Byline));
    out += line(renderPart(article, ArticlePart::Dateline));
    // data-part="body" is the container the preview reorders blocks in.
    out += u"</div>\n</header>\n<div class=\"story-body\" data-part=\"body\">\n"_s;
    const QList<RenderedBlock> blocks = renderBlocks(article);
    for (const RenderedBlock &block : blocks)
        out += block.html + u'\n';
    out += u"</div>\n"_s;
    out += line(renderPart(article, ArticlePart::Sources));
    out += line(renderPart(article, ArticlePart::Tags));
    out += u"</article>"_s;
    return out;
}

QString ArticleRenderer::renderBody(const Article &article) const
{
    return renderArticle(article);
}

QString ArticleRenderer::renderClocks(const Article &article) const
{
    const QDateTime instant = publicationInstant(article);
    const QLocale locale(primaryLanguage(article.language));
    const QDate homeDate = PublicationDate(instant, QTimeZone(publicationZoneId(article).toUtf8())).localDate();
    QString out;
    for (const QString &zoneId : m_options.worldClockZones) {
        const QByteArray id = zoneId.trimmed().toUtf8();
        if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
            continue; // a mistyped zone in the settings must not break the page
        const PublicationDate there(instant, QTimeZone(id));
        out += u"<li data-zone=\""_s + attr(zoneId.trimmed()) + u"\"><span class=\"city\">"_s
            + esc(cityName(zoneId.trimmed())) + u"</span> <time datetime=\""_s + attr(there.isoWithOffset()) + u"\">"_s
            + locale.toString(there.local().time(), u"HH:mm"_s) + u"</time> <span class=\"zone\">"_s
            + esc(there.abbreviation()) + u"</span>"_s;
        const qint64 days = homeDate.daysTo(there.localDate());
        if (days != 0)
            out += u" <span class=\"day\">"_s + (days > 0 ? u"+"_s : u"\u2212"_s) + locale.toString(qAbs(days))
                + u"</span>"_s;
        out += u"</li>\n"_s;
    }
    return out;
}

QString ArticleRenderer::renderPage(const Article &article) const
{
    const PageWords &words = wordsFor(article.language);
    const QString lang = languageTag(article.language);
    const QLocale locale(primaryLanguage(article.language));
    const PublicationDate date(publicationInstant(article), QTimeZone(publicationZoneId(article).toUtf8()));
    // Stylesheets go inline (the policy allows no other style source); a profile's CSS
    // must not be able to close the <style> element and inject markup.
    auto inlineCss = [](QString css) -> QString { return css.replace(u"</"_s, u"<\\/"_s, Qt::CaseInsensitive); };

    QString edition;
    switch (date.edition()) {
    case PublicationDate::Edition::Morning:
        edition = str(words.morning);
        break;
    case PublicationDate::Edition::Afternoon:
        edition = str(words.afternoon);
        break;
    case PublicationDate::Edition::Late:
        edition = str(words.late);
        break;
    }
    const QString headline = oneLine(article.headline);
    const QString publication = oneLine(m_options.publicationName);
    QHash<QString, QString> values {
        {u"lang"_s, lang},
        {u"dir"_s, isRightToLeft(lang) ? u"rtl"_s : u"ltr"_s},
        {u"title"_s, headline.isEmpty() ? publication : headline + u" \u2014 "_s + publication},
        {u"description"_s, oneLine(article.dek)},
        {u"csp"_s, contentSecurityPolicy(m_options)},
        {u"style"_s, inlineCss(m_template.file(u"style.css"_s))},
        {u"print_style"_s, inlineCss(m_template.file(u"print.css"_s))},
        {u"publication"_s, publication},
        {u"volume"_s, str(words.volume) + u' ' + PublicationDate::romanNumeral(date.volume(m_options.founded))},
        {u"issue"_s, str(words.issue) + u' ' + locale.toString(date.issue(m_options.issueNumber))},
        {u"date"_s, locale.toString(date.localDate(), str(words.longDate))},
        {u"date_iso"_s, date.localDate().toString(Qt::ISODate)},
        {u"edition"_s, edition},
        {u"clocks"_s, renderClocks(article)},
        {u"section"_s, oneLine(article.section)},
        {u"article"_s, renderArticle(article)},
        {u"year"_s, QString::number(date.localDate().year())},
        {u"footer"_s, oneLine(m_options.footerText)},
    };
    return m_template.render(values);
}

} // namespace Wiredesk
