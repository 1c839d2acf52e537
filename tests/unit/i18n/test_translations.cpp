// The German and French translations: the .qm files embedded in Wiredesk::I18n load and translate
// known strings (including plural forms), and the committed .ts files are complete, so a new
// user-visible string without a translation fails here rather than showing up in English.
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(WIREDESK_SOURCE_DIR);

// The sorted list of %1..%99 and %n markers, so "%1 of %2" and "%2 von %1" compare equal but a
// dropped or misspelled marker does not.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

struct Message {
    QString context;
    QString source;
    QString type;
    bool numerus = false;
    QStringList translations;
};

// Reads every message of a .ts file; returns false and sets *error when the XML is broken.
bool readTsFile(const QString &path, QString *language, QList<Message> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message {context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            messages->append(message);
        }
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedQmLoads_data();
    void embeddedQmLoads();
    void knownStrings_data();
    void knownStrings();
    void tsFilesComplete_data();
    void tsFilesComplete();
};

void TestTranslations::embeddedQmLoads_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("en") << u"en"_s; // plural forms only
}

void TestTranslations::embeddedQmLoads()
{
    QFETCH(QString, language);
    QVERIFY(QFile::exists(u":/i18n/wiredesk_%1.qm"_s.arg(language)));
    // The same call Application::run makes, for a regional locale as users have it.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), u"wiredesk"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language().left(2), language);
}

void TestTranslations::knownStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QString window = u"Wiredesk::MainWindow"_s;
    const QString pane = u"Wiredesk::ProvenancePane"_s;
    QTest::newRow("de &File") << u"de"_s << window << u"&File"_s << -1 << u"&Datei"_s;
    QTest::newRow("de &Edit") << u"de"_s << window << u"&Edit"_s << -1 << u"&Bearbeiten"_s;
    QTest::newRow("de Wire Inbox") << u"de"_s << window << u"Wire Inbox"_s << -1 << u"Agenturmeldungen"_s;
    QTest::newRow("de Provenance") << u"de"_s << window << u"Provenance"_s << -1 << u"Herkunft"_s;
    QTest::newRow("de Preview") << u"de"_s << window << u"Preview"_s << -1 << u"Vorschau"_s;
    QTest::newRow("de sources 1") << u"de"_s << pane << u"%n source(s)"_s << 1 << u"1 Quelle"_s;
    QTest::newRow("de sources 0") << u"de"_s << pane << u"%n source(s)"_s << 0 << u"0 Quellen"_s;
    QTest::newRow("de sources 3") << u"de"_s << pane << u"%n source(s)"_s << 3 << u"3 Quellen"_s;
    QTest::newRow("fr &File") << u"fr"_s << window << u"&File"_s << -1 << u"&Fichier"_s;
    QTest::newRow("fr &Edit") << u"fr"_s << window << u"&Edit"_s << -1 << u"&Édition"_s;
    QTest::newRow("fr Wire Inbox") << u"fr"_s << window << u"Wire Inbox"_s << -1 << u"Dépêches"_s;
    QTest::newRow("fr Provenance") << u"fr"_s << window << u"Provenance"_s << -1 << u"Provenance"_s;
    QTest::newRow("fr Preview") << u"fr"_s << window << u"Preview"_s << -1 << u"Aperçu"_s;
    // French counts zero as singular, unlike German and English.
    QTest::newRow("fr sources 0") << u"fr"_s << pane << u"%n source(s)"_s << 0 << u"0 source"_s;
    QTest::newRow("fr sources 1") << u"fr"_s << pane << u"%n source(s)"_s << 1 << u"1 source"_s;
    QTest::newRow("fr sources 3") << u"fr"_s << pane << u"%n source(s)"_s << 3 << u"3 sources"_s;
    // English: the source says "(s)", the plural-only file gives the forms.
    QTest::newRow("en sources 1") << u"en"_s << pane << u"%n source(s)"_s << 1 << u"1 source"_s;
    QTest::newRow("en sources 0") << u"en"_s << pane << u"%n source(s)"_s << 0 << u"0 sources"_s;
    QTest::newRow("en sources 3") << u"en"_s << pane << u"%n source(s)"_s << 3 << u"3 sources"_s;
    QTest::newRow("en wires 1") << u"en"_s << u"Wiredesk::WireInboxModel"_s << u"%n wires"_s << 1 << u"1 wire"_s;
    // French typography: a narrow no-break space before the colon.
    QTest::newRow("fr Profile:") << u"fr"_s << window << u"Profile: %1"_s << -1 << u"Profil\u202f: %1"_s;
}

void TestTranslations::knownStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), u"wiredesk"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QByteArray contextBytes = context.toUtf8();
    const QByteArray sourceBytes = source.toUtf8();
    const QString translated
        = QCoreApplication::translate(contextBytes.constData(), sourceBytes.constData(), nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, expected);
}

void TestTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("minimumMessages");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("de") << sourceDir + u"/translations/wiredesk_de.ts"_s << u"de"_s << 100 << false;
    QTest::newRow("fr") << sourceDir + u"/translations/wiredesk_fr.ts"_s << u"fr"_s << 100 << false;
    QTest::newRow("en") << sourceDir + u"/translations/wiredesk_en.ts"_s << u"en"_s << 20 << true;
}

void TestTranslations::tsFilesComplete()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    QFETCH(int, minimumMessages);
    QFETCH(bool, pluralsOnly);

    QString fileLanguage;
    QList<Message> messages;
    QString error;
    QVERIFY2(readTsFile(path, &fileLanguage, &messages, &error), qPrintable(error));
    QVERIFY2(fileLanguage.startsWith(language), qPrintable(u"language attribute is %1"_s.arg(fileLanguage)));
    QVERIFY2(messages.size() > minimumMessages,
        qPrintable(u"only %1 messages read from %2"_s.arg(messages.size()).arg(path)));

    QStringList problems;
    for (const Message &message : std::as_const(messages)) {
        // Strings removed from the code: lupdate keeps them as history, they are never shown.
        if (message.type == "vanished"_L1 || message.type == "obsolete"_L1)
            continue;
        const QString where = u"[%1] \"%2\""_s.arg(message.context, message.source);
        if (message.type == "unfinished"_L1)
            problems << where + u": unfinished (run lupdate and translate it)"_s;
        if (pluralsOnly && !message.numerus)
            problems << where + u": not a plural message (this file is made with lupdate -pluralonly)"_s;
        // German, French and English all have two plural forms (singular, plural).
        if (message.numerus && message.translations.size() != 2)
            problems << where + u": %1 plural forms, expected 2"_s.arg(message.translations.size());
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << where + u": empty translation"_s;
                continue;
            }
            const QStringList found = placeholders(translation);
            if (found != expected) {
                problems << where
                        + u": placeholders %1 in \"%2\", the source has %3"_s.arg(
                            found.join(u' '), translation, expected.join(u' '));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"%1 problem(s) in %2:\n  "_s.arg(problems.size()).arg(path) + problems.join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
