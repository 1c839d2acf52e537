#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Wiredesk {

/// The XML text after EntityGuard looked at it.
struct GuardedXml {
    QString text;         ///< safe to hand to QXmlStreamReader (empty when refused)
    QStringList warnings; ///< what was repaired
    QString error;        ///< why the document was refused; empty when it was not
};

/// Makes feed XML safe and parseable before QXmlStreamReader sees it. QXmlStreamReader stops
/// the billion-laughs attack but not a quadratic blow-up (one 4,000-character entity used
/// 200,000 times expands to 800 M characters, 1.5 GB and seconds of CPU), so the guard reads
/// the internal DTD subset itself, computes how many characters the declared entities would
/// expand to where they are used, and refuses the document above a limit. Documents that
/// declare parameter entities have their DOCTYPE removed (feeds never need them).
/// It also repairs what real feeds get wrong: HTML named entities that XML lacks (&nbsp;,
/// &shy;, &mdash;, &eacute; ...) become numeric references, unknown entities and bare '&'
/// become literal text, numeric references to characters XML forbids are dropped, and
/// windows-1252 code points written as &#150; are mapped to the characters meant.
/// CDATA sections, comments and processing instructions are left untouched.
class EntityGuard final
{
    Q_DECLARE_TR_FUNCTIONS(Wiredesk::EntityGuard)

public:
    static constexpr qint64 DefaultExpansionLimit = 10 * 1000 * 1000; ///< characters

    explicit EntityGuard(qint64 expansionLimit = DefaultExpansionLimit);

    GuardedXml guard(const QString &xml) const;

    /// The code point of an HTML 4 / Latin-1 / typographic named entity, 0 when unknown.
    static char32_t htmlEntity(QStringView name);

private:
    qint64 m_expansionLimit;
};

} // namespace Wiredesk
