<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>Wiredesk: wires in, verified articles out.</source>
        <translation>Wiredesk: Agenturmeldungen rein, geprüfte Artikel raus.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt;.</source>
        <translation>Das Profil im Ordner &lt;folder&gt; verwenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Start on a throw-away copy of the demo profile.</source>
        <translation>Mit einer Wegwerfkopie des Demo-Profils starten.</translation>
    </message>
    <message>
        <source>Start, wait until the preview has rendered, and exit.</source>
        <translation>Starten, warten, bis die Vorschau gerendert ist, und beenden.</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (e.g. de, fr).</source>
        <translation>Die Sprache &lt;code&gt; für die Oberfläche verwenden (z. B. de, fr).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Wiredesk cannot start</source>
        <translation>Wiredesk kann nicht starten</translation>
    </message>
    <message>
        <source>Print a line once the window is interactive, and exit.</source>
        <translation>Eine Zeile ausgeben, sobald das Fenster bedienbar ist, und beenden.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; using the system&apos;s</source>
        <translation>unbekannte Sprache „%1“; die Sprache des Systems wird verwendet</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <source>This is not a Wiredesk article.</source>
        <translation>Dies ist kein Wiredesk-Artikel.</translation>
    </message>
    <message>
        <source>This article was written by a newer Wiredesk (format %1, this version reads up to %2).</source>
        <translation>Dieser Artikel wurde mit einer neueren Wiredesk-Version geschrieben (Format %1, diese Version liest bis %2).</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Edit headline</source>
        <translation>Überschrift bearbeiten</translation>
    </message>
    <message>
        <source>Edit dek</source>
        <translation>Vorspann bearbeiten</translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation>Autorenzeile bearbeiten</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>Ressort ändern</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>Ortsmarke bearbeiten</translation>
    </message>
    <message>
        <source>Change publication time</source>
        <translation>Veröffentlichungszeit ändern</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation>Slug bearbeiten</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Change lead image</source>
        <translation>Aufmacherbild ändern</translation>
    </message>
    <message>
        <source>Edit image caption</source>
        <translation>Bildunterschrift bearbeiten</translation>
    </message>
    <message>
        <source>Edit image credit</source>
        <translation>Bildnachweis bearbeiten</translation>
    </message>
    <message>
        <source>Edit image description</source>
        <translation>Bildbeschreibung bearbeiten</translation>
    </message>
</context>
<context>
    <name>ArticleRepository</name>
    <message>
        <source>The article has no id.</source>
        <translation>Der Artikel hat keine ID.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>No draft with id %1.</source>
        <translation>Kein Entwurf mit der ID %1.</translation>
    </message>
    <message>
        <source>The stored draft %1 is damaged: %2</source>
        <translation>Der gespeicherte Entwurf %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>No draft %1 outside the trash.</source>
        <translation>Kein Entwurf %1 außerhalb des Papierkorbs.</translation>
    </message>
    <message>
        <source>No draft %1 in the trash.</source>
        <translation>Kein Entwurf %1 im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>The disk is full (or the profile reached its size limit). Free some space and save again; nothing already saved was changed.</source>
        <translation>Der Datenträger ist voll (oder das Profil hat seine Größengrenze erreicht). Geben Sie Speicherplatz frei und speichern Sie erneut; bereits Gespeichertes wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The profile database is read-only. Check the folder&apos;s permissions; nothing already saved was changed.</source>
        <translation>Die Profildatenbank ist schreibgeschützt. Prüfen Sie die Berechtigungen des Ordners; bereits Gespeichertes wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving (%1).</source>
        <translation>Der Datenträger meldete beim Speichern einen Fehler (%1).</translation>
    </message>
</context>
<context>
    <name>AutosaveJournal</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not compact the autosave journal.</source>
        <translation>Das Journal der automatischen Speicherung konnte nicht verdichtet werden.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>wiredesk-cli %1: unknown option &apos;%2&apos;; see wiredesk-cli help %1</source>
        <translation>wiredesk-cli %1: unbekannte Option &apos;%2&apos;; siehe wiredesk-cli help %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging.</source>
        <translation>%1 kann kein Write-Ahead-Logging verwenden.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Wiredesk (%2 schema %3, this version knows %4). Open it with that version, or use another profile.</source>
        <translation>%1 wurde von einer neueren Wiredesk-Version geschrieben (%2, Schema %3; diese Version kennt %4). Öffnen Sie es mit jener Version oder verwenden Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 schema %3 failed: %4</source>
        <translation>Die Aktualisierung von %1 auf %2, Schema %3 ist fehlgeschlagen: %4</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>The demo profile %1 is missing from this build.</source>
        <translation>Das Demo-Profil %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>DemoSources</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a source list.</source>
        <translation>%1 ist zu groß für eine Quellenliste.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>%1 is not a Wiredesk demo source list.</source>
        <translation>%1 ist keine Wiredesk-Demo-Quellenliste.</translation>
    </message>
    <message>
        <source>%1 has version %2; this Wiredesk reads version %3.</source>
        <translation>%1 hat Version %2; diese Wiredesk-Version liest Version %3.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; names a file outside the profile: %2</source>
        <translation>Die Quelle „%1“ verweist auf eine Datei außerhalb des Profils: %2</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; has an unknown type &quot;%2&quot;.</source>
        <translation>Die Quelle „%1“ hat einen unbekannten Typ „%2“.</translation>
    </message>
    <message>
        <source>A source in %1 has no name.</source>
        <translation>Eine Quelle in %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Cannot add the demo source &quot;%1&quot;: %2</source>
        <translation>Die Demo-Quelle „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message>
        <source>The page is too large to import (%1 MB; the limit is %2 MB).</source>
        <translation>Die Seite ist zu groß für den Import (%1 MB; die Grenze liegt bei %2 MB).</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß für den Import (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MarkdownConverter</name>
    <message>
        <source>The Markdown file is too large to import.</source>
        <translation>Die Markdown-Datei ist zu groß für den Import.</translation>
    </message>
</context>
<context>
    <name>OpmlDocument</name>
    <message>
        <source>The OPML file declares a DTD; it was not imported.</source>
        <translation>Die OPML-Datei deklariert eine DTD; sie wurde nicht importiert.</translation>
    </message>
    <message>
        <source>This is not an OPML file (its root element is &lt;%1&gt;).</source>
        <translation>Dies ist keine OPML-Datei (ihr Wurzelelement ist &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The OPML outlines are nested more than %1 levels deep.</source>
        <translation>Die OPML-Gliederung ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>The OPML file has more than %1 outlines.</source>
        <translation>Die OPML-Datei hat mehr als %1 Outline-Einträge.</translation>
    </message>
    <message>
        <source>Skipped an outline with an unusable feed address: %1</source>
        <translation>Outline-Eintrag mit unbrauchbarer Feed-Adresse übersprungen: %1</translation>
    </message>
    <message>
        <source>Skipped a second outline for %1</source>
        <translation>Zweiten Outline-Eintrag für %1 übersprungen</translation>
    </message>
    <message>
        <source>The OPML file is not well-formed XML (line %1: %2).</source>
        <translation>Die OPML-Datei ist kein wohlgeformtes XML (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>The OPML file ends early; the outlines before the end were imported.</source>
        <translation>Die OPML-Datei endet vorzeitig; die Einträge bis dahin wurden importiert.</translation>
    </message>
    <message>
        <source>This is not an OPML file.</source>
        <translation>Dies ist keine OPML-Datei.</translation>
    </message>
</context>
<context>
    <name>PageExporter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy the image %1 to %2.</source>
        <translation>Das Bild %1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable.</source>
        <translation>Der Profilordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The profile %1 is already open in another Wiredesk (process %2).</source>
        <translation>Das Profil %1 ist bereits in einem anderen Wiredesk geöffnet (Prozess %2).</translation>
    </message>
</context>
<context>
    <name>PublicationTemplate</name>
    <message>
        <source>Cannot read the template file %1: %2</source>
        <translation>Die Vorlagendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The template file %1 is larger than 4 MB.</source>
        <translation>Die Vorlagendatei %1 ist größer als 4 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: &apos;{{&apos; is never closed</source>
        <translation>Zeile %1: „{{“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>line %1: bad name &apos;%2&apos;</source>
        <translation>Zeile %1: ungültiger Name „%2“</translation>
    </message>
    <message>
        <source>line %1: &apos;{{/%2}}&apos; closes no open section</source>
        <translation>Zeile %1: „{{/%2}}“ schließt keinen offenen Abschnitt</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; is never closed</source>
        <translation>Abschnitt „%1“ wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>wiredesk-cli render: %1</source>
        <translation>wiredesk-cli render: %1</translation>
    </message>
    <message>
        <source>wiredesk-cli render: cannot read %1: %2</source>
        <translation>wiredesk-cli render: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>wiredesk-cli render: %1 is larger than 64 MB</source>
        <translation>wiredesk-cli render: %1 ist größer als 64 MB</translation>
    </message>
    <message>
        <source>wiredesk-cli render: %1: %2</source>
        <translation>wiredesk-cli render: %1: %2</translation>
    </message>
    <message>
        <source>wiredesk-cli render: %1 is not a JSON article (%2 at byte %3)</source>
        <translation>wiredesk-cli render: %1 ist kein JSON-Artikel (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>wiredesk-cli render: template override not used: %1</source>
        <translation>wiredesk-cli render: Vorlagenüberschreibung nicht verwendet: %1</translation>
    </message>
    <message>
        <source>wiredesk-cli render: cannot write %1: %2</source>
        <translation>wiredesk-cli render: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Render an article file as the published HTML page</source>
        <translation>Eine Artikeldatei als veröffentlichte HTML-Seite rendern</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli render ARTICLE [--body] [--output FILE] [options]
Prints the published page of ARTICLE, rendered exactly as the preview and
&quot;Export HTML...&quot; render it. ARTICLE is Wiredesk&apos;s JSON form or Markdown (.md,
.markdown; a front matter block sets headline, dek, bylines, section, tags...).
An article without a publication time is shown as if published now.

  --body                 print only the &lt;article&gt; element, not the whole page
  -o, --output FILE      write to FILE (atomically) instead of standard output
  --profile DIR          use the profile&apos;s template overrides and publication
                         settings (DIR/templates/publication/, publication.json)
  --publication NAME     the publication name in the masthead
  --time-zone ZONE       the publication&apos;s IANA time zone when the article names none
  --clocks Z1,Z2,...     the world clocks under the masthead (IANA zones)
  --template-dir DIR     look for page.html, style.css, print.css in DIR first
  --allow-remote-images  let the page load http(s) images

Exit status: 0 done, 1 the article could not be read or the output not written,
2 wrong usage.</source>
        <translation>Aufruf: wiredesk-cli render ARTIKEL [--body] [--output DATEI] [Optionen]
Gibt die veröffentlichte Seite von ARTIKEL aus, genau so gerendert wie die Vorschau
und „HTML exportieren …“. ARTIKEL ist Wiredesks JSON-Form oder Markdown (.md,
.markdown; ein Front-Matter-Block setzt Überschrift, Vorspann, Autorenzeilen, Ressort,
Schlagwörter …). Ein Artikel ohne Veröffentlichungszeit wird gezeigt, als erschiene er jetzt.

  --body                 nur das &lt;article&gt;-Element ausgeben, nicht die ganze Seite
  -o, --output DATEI     in DATEI schreiben (atomar) statt auf die Standardausgabe
  --profile ORDNER       die Vorlagenüberschreibungen und Publikationseinstellungen
                         des Profils verwenden (ORDNER/templates/publication/,
                         publication.json)
  --publication NAME     der Name der Publikation im Zeitungskopf
  --time-zone ZONE       die IANA-Zeitzone der Publikation, wenn der Artikel keine nennt
  --clocks Z1,Z2,...     die Weltuhren unter dem Zeitungskopf (IANA-Zonen)
  --template-dir ORDNER  page.html, style.css, print.css zuerst in ORDNER suchen
  --allow-remote-images  der Seite erlauben, http(s)-Bilder zu laden

Exit-Status: 0 erledigt, 1 der Artikel war nicht lesbar oder die Ausgabe nicht
schreibbar, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>name an article file (JSON or Markdown); see wiredesk-cli help render</source>
        <translation>Geben Sie eine Artikeldatei an (JSON oder Markdown); siehe wiredesk-cli help render</translation>
    </message>
    <message>
        <source>only one article file at a time</source>
        <translation>nur eine Artikeldatei auf einmal</translation>
    </message>
    <message>
        <source>--time-zone needs an IANA zone such as Europe/Zurich</source>
        <translation>--time-zone braucht eine IANA-Zone wie Europe/Zurich</translation>
    </message>
    <message>
        <source>--clocks needs a comma-separated list of zones</source>
        <translation>--clocks braucht eine kommagetrennte Liste von Zonen</translation>
    </message>
</context>
<context>
    <name>RenderOptions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>larger than 1 MB</source>
        <translation>größer als 1 MB</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty string</source>
        <translation>„name“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;founded&quot; must be a date like 1998-03-02</source>
        <translation>„founded“ muss ein Datum wie 1998-03-02 sein</translation>
    </message>
    <message>
        <source>&quot;issueNumber&quot; must be a number, 0 for the day of the year</source>
        <translation>„issueNumber“ muss eine Zahl sein, 0 für den Tag des Jahres</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; in &quot;worldClocks&quot;</source>
        <translation>unbekannte Zeitzone „%1“ in „worldClocks“</translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Veröffentlichungszeit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lead image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Image description</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <source>Minor subheading</source>
        <translation>Kleine Zwischenüberschrift</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Source added</source>
        <translation>Quelle hinzugefügt</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>Quelle geändert</translation>
    </message>
    <message>
        <source>Source removed</source>
        <translation>Quelle entfernt</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 formatting changed</source>
        <translation>Formatierung von %1 geändert</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
</context>
<context>
    <name>RevisionStore</name>
    <message>
        <source>Could not store a revision: %1</source>
        <translation>Eine Revision konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No revision %1.</source>
        <translation>Keine Revision %1.</translation>
    </message>
    <message>
        <source>Restore revision of %1</source>
        <translation>Revision von %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SearchQueryParser</name>
    <message>
        <source>Ignored “%1”: not a filter value this search understands.</source>
        <translation>„%1“ ignoriert: kein Filterwert, den diese Suche versteht.</translation>
    </message>
    <message>
        <source>A quotation mark was not closed; the rest of the text was searched as a phrase.</source>
        <translation>Ein Anführungszeichen wurde nicht geschlossen; der restliche Text wurde als Phrase gesucht.</translation>
    </message>
    <message>
        <source>A search cannot only exclude words; the exclusions were ignored.</source>
        <translation>Eine Suche kann nicht nur Wörter ausschließen; die Ausschlüsse wurden ignoriert.</translation>
    </message>
    <message>
        <source>The search could not be read as an expression; it was treated as a literal phrase.</source>
        <translation>Die Suche konnte nicht als Ausdruck gelesen werden; sie wurde als wörtliche Phrase behandelt.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to WordPress</source>
        <translation>Bei WordPress anmelden</translation>
    </message>
    <message>
        <source>Wiredesk publishes drafts to your site through its REST API. Sign in with an Application Password (Users → Profile → Application Passwords), or let the site create one in your browser.</source>
        <translation>Wiredesk veröffentlicht Entwürfe über die REST-API auf Ihrer Website. Melden Sie sich mit einem Anwendungspasswort an (Benutzer → Profil → Anwendungspasswörter) oder lassen Sie die Website in Ihrem Browser eines erstellen.</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>&amp;Website-Adresse:</translation>
    </message>
    <message>
        <source>https://news.example.org</source>
        <translation>https://news.example.org</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Website-Adresse</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Application &amp;Password:</source>
        <translation>Anwendungs&amp;passwort:</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Sign in with &amp;Browser</source>
        <translation>Im Brow&amp;ser anmelden</translation>
    </message>
    <message>
        <source>Open the site&apos;s “Authorize Application” page; the password comes back to Wiredesk by itself.</source>
        <translation>Die Seite „Anwendung autorisieren“ der Website öffnen; das Passwort kommt von selbst zu Wiredesk zurück.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>checked %1 of %2</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: cannot read settings %1: %2</source>
        <translation>wiredesk-cli sources check: Einstellungen %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: cannot read %1: %2</source>
        <translation>wiredesk-cli sources check: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: %1 is larger than 64 MB</source>
        <translation>wiredesk-cli sources check: %1 ist größer als 64 MB</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: %1: %2</source>
        <translation>wiredesk-cli sources check: %1: %2</translation>
    </message>
    <message>
        <source>Check the sources of an article or a list of URLs</source>
        <translation>Die Quellen eines Artikels oder eine URL-Liste prüfen</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli sources check FILE [--online [--snapshots DIR]] [--settings FILE] [--now TIME]
FILE is an article in Wiredesk&apos;s JSON form, or a list of URLs (one per line, or a pasted
&quot;Sources&quot; section); &quot;-&quot; reads standard input. Prints JSON: each source&apos;s canonical URL,
platform, the posting time derived from its id (null for sequential ids), its duplicates,
and the warnings that apply without network access (duplicates, impossible ids, dates,
uncited sources and paragraphs, citations of removed sources, images, low-credibility
domains).

  --online          also check every link (HEAD, else GET; redirects recorded)
  --snapshots DIR   with --online: keep the pages&apos; bodies in DIR, named by SHA-256
  --settings FILE   desk settings (JSON: maxDaysBefore, maxDaysAfter, lowCredibilityDomains)
  --now TIME        judge dates as of TIME (ISO 8601) instead of now

Exit status: 0 no blocking warning, 1 at least one blocking warning, 2 wrong usage or
unreadable input.</source>
        <translation>Aufruf: wiredesk-cli sources check DATEI [--online [--snapshots ORDNER]] [--settings DATEI] [--now ZEIT]
DATEI ist ein Artikel in Wiredesks JSON-Form oder eine URL-Liste (eine pro Zeile oder ein
eingefügter Abschnitt „Quellen“); „-“ liest die Standardeingabe. Gibt JSON aus: die kanonische
URL jeder Quelle, die Plattform, die aus ihrer ID abgeleitete Veröffentlichungszeit (null bei
fortlaufenden IDs), ihre Duplikate und die Warnungen, die ohne Netzwerkzugriff gelten
(Duplikate, unmögliche IDs, Daten, nicht zitierte Quellen und Absätze, Zitate entfernter
Quellen, Bilder, Domains mit geringer Glaubwürdigkeit).

  --online          zusätzlich jeden Link prüfen (HEAD, sonst GET; Weiterleitungen werden erfasst)
  --snapshots ORDNER  mit --online: die Seiteninhalte in ORDNER ablegen, benannt nach SHA-256
  --settings DATEI  Desk-Einstellungen (JSON: maxDaysBefore, maxDaysAfter, lowCredibilityDomains)
  --now ZEIT        Daten zum Zeitpunkt ZEIT (ISO 8601) statt jetzt beurteilen

Exit-Status: 0 keine blockierende Warnung, 1 mindestens eine blockierende Warnung,
2 falscher Aufruf oder unlesbare Eingabe.</translation>
    </message>
    <message>
        <source>name a file of URLs or an article (JSON); see wiredesk-cli help sources check</source>
        <translation>Geben Sie eine Datei mit URLs oder einen Artikel (JSON) an; siehe wiredesk-cli help sources check</translation>
    </message>
    <message>
        <source>only one file at a time</source>
        <translation>nur eine Datei auf einmal</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-11-27T09:00:00Z</source>
        <translation>--now braucht eine ISO-8601-Zeit wie 2026-11-27T09:00:00Z</translation>
    </message>
    <message>
        <source>--snapshots only makes sense with --online</source>
        <translation>--snapshots ist nur zusammen mit --online sinnvoll</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Wire Sources</source>
        <translation>Agenturquellen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;URL or folder:</source>
        <translation>&amp;URL oder Ordner:</translation>
    </message>
    <message>
        <source>https://… or a folder / file path</source>
        <translation>https://… oder ein Ordner-/Dateipfad</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>&amp;Glaubwürdigkeit:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Abruf alle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>Last result:</source>
        <translation>Letztes Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Add as New</source>
        <translation>Als neue hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>OPML e&amp;xportieren…</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>so bald wie möglich</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>(No suggestions)</source>
        <translation>(Keine Vorschläge)</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>Zum &amp;Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>wiredesk-cli %1: %2 needs a value</source>
        <translation>wiredesk-cli %1: %2 braucht einen Wert</translation>
    </message>
    <message>
        <source>wiredesk-cli %1: unknown option %2</source>
        <translation>wiredesk-cli %1: unbekannte Option %2</translation>
    </message>
    <message>
        <source>wiredesk-cli %1: %2</source>
        <translation>wiredesk-cli %1: %2</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] [--allow-insecure]</source>
        <translation>Aufruf: wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] [--allow-insecure]</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add: %1 is plain http to another machine; the password would travel unencrypted. Use https, or --allow-insecure if you accept that.</source>
        <translation>wiredesk-cli sync target add: %1 ist unverschlüsseltes http zu einem anderen Rechner; das Passwort würde unverschlüsselt übertragen. Verwenden Sie https oder --allow-insecure, wenn Sie das in Kauf nehmen.</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add: give the Application Password on standard input</source>
        <translation>wiredesk-cli sync target add: Geben Sie das Anwendungspasswort über die Standardeingabe ein</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add: %1</source>
        <translation>wiredesk-cli sync target add: %1</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add: cannot save the target</source>
        <translation>wiredesk-cli sync target add: Das Ziel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...</source>
        <translation>Aufruf: wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...</translation>
    </message>
    <message>
        <source>wiredesk-cli sync push: no such target; add one with `sync target add`</source>
        <translation>wiredesk-cli sync push: Kein solches Ziel; fügen Sie eines mit `sync target add` hinzu</translation>
    </message>
    <message>
        <source>wiredesk-cli sync pull: no such target</source>
        <translation>wiredesk-cli sync pull: Kein solches Ziel</translation>
    </message>
    <message>
        <source>wiredesk-cli sync pull: %1: plain http to another machine</source>
        <translation>wiredesk-cli sync pull: %1: unverschlüsseltes http zu einem anderen Rechner</translation>
    </message>
    <message>
        <source>wiredesk-cli sync pull: %1: %2</source>
        <translation>wiredesk-cli sync pull: %1: %2</translation>
    </message>
    <message>
        <source>sync target add: configure a publishing target (password on stdin, kept in the keychain)</source>
        <translation>sync target add: ein Veröffentlichungsziel einrichten (Passwort über stdin, im Schlüsselbund abgelegt)</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] [--allow-insecure]
  The WordPress Application Password is read from standard input and stored only in the system keychain.</source>
        <translation>wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] [--allow-insecure]
  Das WordPress-Anwendungspasswort wird von der Standardeingabe gelesen und nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Push drafts through the outbox</source>
        <translation>Entwürfe über den Postausgang übertragen</translation>
    </message>
    <message>
        <source>wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...
  Prints one JSON line per draft and target with its outbox state; exit 1 when any is not sent.</source>
        <translation>wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...
  Gibt je Entwurf und Ziel eine JSON-Zeile mit seinem Status im Postausgang aus; Exit-Code 1, wenn einer nicht gesendet wurde.</translation>
    </message>
    <message>
        <source>List remote drafts (JSON lines)</source>
        <translation>Entwürfe auf dem Server auflisten (JSON-Zeilen)</translation>
    </message>
    <message>
        <source>wiredesk-cli sync pull [--profile DIR] [--target NAME] [--since ISO-DATE]</source>
        <translation>wiredesk-cli sync pull [--profile DIR] [--target NAME] [--since ISO-DATE]</translation>
    </message>
    <message>
        <source>The outbox as JSON</source>
        <translation>Der Postausgang als JSON</translation>
    </message>
    <message>
        <source>wiredesk-cli sync status [--profile DIR] [--target NAME]</source>
        <translation>wiredesk-cli sync status [--profile DIR] [--target NAME]</translation>
    </message>
</context>
<context>
    <name>WireCitation</name>
    <message>
        <source>%1 reported:</source>
        <translation>%1 meldete:</translation>
    </message>
    <message>
        <source>%1 reported on %2:</source>
        <translation>%1 meldete am %2:</translation>
    </message>
    <message>
        <source>Original item</source>
        <translation>Originalmeldung</translation>
    </message>
</context>
<context>
    <name>WireIngestCommand</name>
    <message>
        <source>--profile DIR is required</source>
        <translation>--profile DIR ist erforderlich</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 is not a usable URL.</source>
        <translation>%1 ist keine verwendbare URL.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot add the source %1: %2</source>
        <translation>Die Quelle %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>The profile folder.</source>
        <translation>Der Profilordner.</translation>
    </message>
    <message>
        <source>A feed file, a drop folder or an http(s) URL.</source>
        <translation>Eine Feed-Datei, ein Ablageordner oder eine http(s)-URL.</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire ingest --profile DIR SOURCE...</source>
        <translation>Aufruf: wiredesk-cli wire ingest --profile DIR SOURCE...</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>At most N items (default 50, at most 10000).</source>
        <translation>Höchstens N Meldungen (Standard 50, höchstens 10000).</translation>
    </message>
    <message>
        <source>The search, as typed in the inbox search box.</source>
        <translation>Die Suche, wie im Suchfeld der Agenturmeldungen eingegeben.</translation>
    </message>
    <message>
        <source>--limit wants a number from 1 to 10000</source>
        <translation>--limit erwartet eine Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire search --profile DIR [--limit N] QUERY</source>
        <translation>Aufruf: wiredesk-cli wire search --profile DIR [--limit N] QUERY</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>Hinweis:</translation>
    </message>
</context>
<context>
    <name>WireIngestor</name>
    <message>
        <source>not modified</source>
        <translation>nicht geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neue</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n aktualisiert</numerusform>
            <numerusform>, %n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s)</source>
        <translation>
            <numerusform>, %n Datei</numerusform>
            <numerusform>, %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>The wire store cannot be opened: %1</source>
        <translation>Der Agenturspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The source was removed during the refresh.</source>
        <translation>Die Quelle wurde während der Aktualisierung entfernt.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source> (retry after %1 UTC)</source>
        <translation> (neuer Versuch nach %1 UTC)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The items could not be stored: %1</source>
        <translation>Die Meldungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB.</source>
        <translation>Die Datei %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n error(s)</source>
        <translation>
            <numerusform>%1; %n Fehler</numerusform>
            <numerusform>%1; %n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireItemView</name>
    <message>
        <source>Flash (urgency 1)</source>
        <translation>Blitz (Dringlichkeit 1)</translation>
    </message>
    <message>
        <source>Urgency %1</source>
        <translation>Dringlichkeit %1</translation>
    </message>
</context>
<context>
    <name>WireStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The wire store is not open.</source>
        <translation>Der Meldungsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>A source named “%1” exists already.</source>
        <translation>Eine Quelle namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No source with id %1.</source>
        <translation>Keine Quelle mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot assign an item id.</source>
        <translation>Es kann keine Meldungs-ID vergeben werden.</translation>
    </message>
    <message>
        <source>Story cluster %1 is missing.</source>
        <translation>Themencluster %1 fehlt.</translation>
    </message>
    <message>
        <source>The search could not be read as an expression; it was treated as a literal phrase.</source>
        <translation>Die Suche konnte nicht als Ausdruck gelesen werden; sie wurde als wörtliche Phrase behandelt.</translation>
    </message>
    <message>
        <source>The removal was cancelled; nothing was removed.</source>
        <translation>Das Entfernen wurde abgebrochen; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>The disk is full (%1): nothing of this change was stored. Free some space and try again.</source>
        <translation>Der Datenträger ist voll (%1): Von dieser Änderung wurde nichts gespeichert. Bitte Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The wire store could not be written to the disk (%1): nothing of this change was stored. The disk may be full or failing.</source>
        <translation>Der Meldungsspeicher konnte nicht auf den Datenträger geschrieben werden (%1): Von dieser Änderung wurde nichts gespeichert. Der Datenträger ist vielleicht voll oder defekt.</translation>
    </message>
    <message>
        <source>The wire store is read-only (%1): nothing of this change was stored.</source>
        <translation>Der Meldungsspeicher ist schreibgeschützt (%1): Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The wire store is busy in another program (%1): nothing of this change was stored; it is tried again on the next refresh.</source>
        <translation>Der Meldungsspeicher wird von einem anderen Programm benutzt (%1): Von dieser Änderung wurde nichts gespeichert; beim nächsten Aktualisieren wird es erneut versucht.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ArticleDocument</name>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Autorenzeilen</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>Ü&amp;berschrift:</translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation>&amp;Vorspann:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Autorenzeile:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Ressort:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>&amp;Ortsmarke:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Article editor</source>
        <translation>Artikeleditor</translation>
    </message>
    <message>
        <source>Dek: one or two sentences under the headline</source>
        <translation>Vorspann: ein oder zwei Sätze unter der Überschrift</translation>
    </message>
    <message>
        <source>Place, e.g. GENEVA</source>
        <translation>Ort, z.&#xa0;B. GENF</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Veröffentlichungszeit</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lead image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>File in the profile or https:// address</source>
        <translation>Datei im Profil oder https://-Adresse</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Lead image caption</source>
        <translation>Bildunterschrift des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Lead image credit</source>
        <translation>Bildnachweis des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Lead image alt text</source>
        <translation>Alternativtext des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>“ ”</source>
        <translation>„ “</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Im Artikel suchen…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Section, tags, dateline, language, publication time, slug and lead image</source>
        <translation>Ressort, Schlagwörter, Ortsmarke, Sprache, Veröffentlichungszeit, Slug und Aufmacherbild</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <source>&amp;Publish:</source>
        <translation>&amp;Erscheint:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Sl&amp;ug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <source>Lead i&amp;mage:</source>
        <translation>Auf&amp;macherbild:</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Bild&amp;unterschrift:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Bild&amp;nachweis:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Al&amp;ternativtext:</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <source>Lead Image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>Set lead image</source>
        <translation>Aufmacherbild festlegen</translation>
    </message>
    <message>
        <source>Check &amp;Spelling While Typing</source>
        <translation>Rechtschreibung während der Eingabe &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>Wiredesk::AuthorizeCallbackServer</name>
    <message>
        <source>Not for Wiredesk</source>
        <translation>Nicht für Wiredesk</translation>
    </message>
    <message>
        <source>This address only answers the site Wiredesk sent you to.</source>
        <translation>Diese Adresse antwortet nur der Website, zu der Wiredesk Sie geschickt hat.</translation>
    </message>
    <message>
        <source>Wiredesk was not connected</source>
        <translation>Wiredesk wurde nicht verbunden</translation>
    </message>
    <message>
        <source>You can close this tab and return to Wiredesk.</source>
        <translation>Sie können diesen Tab schließen und zu Wiredesk zurückkehren.</translation>
    </message>
    <message>
        <source>Wiredesk is connected</source>
        <translation>Wiredesk ist verbunden</translation>
    </message>
</context>
<context>
    <name>Wiredesk::BodyEditor</name>
    <message>
        <source>Article body</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Strong</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>Strong emphasis</source>
        <translation>Starke Hervorhebung (fett)</translation>
    </message>
    <message>
        <source>&amp;Emphasis</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Hervorhebung (kursiv)</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Add or change a link</source>
        <translation>Link einfügen oder ändern</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Absatz</translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Subheading &amp;1</source>
        <translation>Zwischenüberschrift &amp;1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <source>Subheading &amp;2</source>
        <translation>Zwischenüberschrift &amp;2</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>Minor subheading</source>
        <translation>Kleine Zwischenüberschrift</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>Block&amp;zitat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+.</source>
        <translation>Ctrl+Shift+.</translation>
    </message>
    <message>
        <source>Ctrl+&gt;</source>
        <translation>Ctrl+&gt;</translation>
    </message>
    <message>
        <source>Block quote</source>
        <translation>Blockzitat</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Ctrl+&amp;</source>
        <translation>Ctrl+&amp;</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>&amp;Bulleted List</source>
        <translation>A&amp;ufzählung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Ctrl+*</source>
        <translation>Ctrl+*</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Horizontal &amp;Rule</source>
        <translation>&amp;Trennlinie</translation>
    </message>
    <message>
        <source>Insert a horizontal rule</source>
        <translation>Eine Trennlinie einfügen</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>Insert an image with caption</source>
        <translation>Bild mit Bildunterschrift einfügen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (http, https or mailto); leave empty to remove the link:</source>
        <translation>Adresse (http, https oder mailto); leer lassen, um den Link zu entfernen:</translation>
    </message>
    <message>
        <source>“%1” is not an http, https or mailto address.</source>
        <translation>„%1“ ist keine http-, https- oder mailto-Adresse.</translation>
    </message>
    <message>
        <source>Remote image
%1</source>
        <translation>Externes Bild
%1</translation>
    </message>
    <message>
        <source>Image not found
%1</source>
        <translation>Bild nicht gefunden
%1</translation>
    </message>
</context>
<context>
    <name>Wiredesk::CiteSourceDialog</name>
    <message>
        <source>Cite Source</source>
        <translation>Quelle zitieren</translation>
    </message>
    <message>
        <source>Cite for: “%1”</source>
        <translation>Beleg für: „%1“</translation>
    </message>
    <message>
        <source>Sources of the article</source>
        <translation>Quellen des Artikels</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New sources</source>
        <translation>Neue Quellen</translation>
    </message>
    <message>
        <source>Or paste a new URL (or several, one per line)</source>
        <translation>Oder eine neue URL einfügen (oder mehrere, eine pro Zeile)</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Zitieren</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Resolve Conflict with the Site</source>
        <translation>Konflikt mit der Website lösen</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed this post on the site while you edited it here. Both versions are kept as revisions. %n place(s) changed on both sides; choose what the post says there.</source>
        <translation>
            <numerusform>Jemand hat diesen Beitrag auf der Website geändert, während Sie ihn hier bearbeitet haben. Beide Fassungen bleiben als Versionen erhalten. %n Stelle wurde auf beiden Seiten geändert; wählen Sie, was der Beitrag dort sagen soll.</numerusform>
            <numerusform>Jemand hat diesen Beitrag auf der Website geändert, während Sie ihn hier bearbeitet haben. Beide Fassungen bleiben als Versionen erhalten. %n Stellen wurden auf beiden Seiten geändert; wählen Sie, was der Beitrag dort sagen soll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s) from the site were merged by themselves.</source>
        <translation>
            <numerusform>%n weitere Änderung der Website wurde automatisch übernommen.</numerusform>
            <numerusform>%n weitere Änderungen der Website wurden automatisch übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph “%1”</source>
        <translation>Absatz „%1“</translation>
    </message>
    <message>
        <source>As last pushed</source>
        <translation>Zuletzt übertragen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine Version</translation>
    </message>
    <message>
        <source>Theirs (on the site)</source>
        <translation>Version der Website</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Version der Website</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Website-Version übernehmen</translation>
    </message>
    <message>
        <source>Merged (edit freely):</source>
        <translation>Zusammengeführt (frei bearbeitbar):</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
    <message>
        <source>&amp;Apply and Push</source>
        <translation>&amp;Anwenden und übertragen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>Wiredesk::CredentialStore</name>
    <message>
        <source>No password is stored for %1; sign in.</source>
        <translation>Für %1 ist kein Passwort gespeichert; melden Sie sich an.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The password is not stored anywhere else; drafts stay queued until you sign in with a working keychain.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Das Passwort wird nirgendwo anders gespeichert; Entwürfe bleiben in der Warteschlange, bis Sie sich mit einem funktionierenden Schlüsselbund anmelden.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::DraftWorkspace</name>
    <message>
        <source>The drafts store is not open.</source>
        <translation>Der Entwurfsspeicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::DraftsPane</name>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Search drafts by headline</source>
        <translation>Entwürfe nach Überschrift durchsuchen</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Entwürfe durchsuchen</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show deleted drafts</source>
        <translation>Gelöschte Entwürfe anzeigen</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Drafts list</source>
        <translation>Entwurfsliste</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New draft (Ctrl+N)</source>
        <translation>Neuer Entwurf (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln word(s)</source>
        <translation>
            <numerusform>%1
%Ln Wort</numerusform>
            <numerusform>%1
%Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>Wiredesk::EditorStatus</name>
    <message>
        <source>Article statistics</source>
        <translation>Artikelstatistik</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln Min. Lesezeit</numerusform>
            <numerusform>%Ln Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Words and characters in headline, dek and body; reading time at about 230 words a minute</source>
        <translation>Wörter und Zeichen in Überschrift, Vorspann und Text; Lesezeit bei etwa 230 Wörtern pro Minute</translation>
    </message>
</context>
<context>
    <name>Wiredesk::EntityGuard</name>
    <message>
        <source>Ignored the document&apos;s DOCTYPE: it declares parameter entities.</source>
        <translation>Die DOCTYPE-Angabe des Dokuments wurde ignoriert: Sie deklariert Parameter-Entitäten.</translation>
    </message>
    <message>
        <source>Refused to parse the feed: its DTD declares entities that refer to themselves or nest more than 64 levels deep.</source>
        <translation>Der Feed wurde nicht gelesen: Seine DTD deklariert Entitäten, die auf sich selbst verweisen oder mehr als 64 Ebenen tief verschachtelt sind.</translation>
    </message>
    <message>
        <source>more than 10^18</source>
        <translation>mehr als 10^18</translation>
    </message>
    <message>
        <source>Refused to parse the feed: the entities its DTD declares would expand to %1 characters (the limit is %2); this is how entity-expansion attacks (billion laughs, quadratic blow-up) work.</source>
        <translation>Der Feed wurde nicht gelesen: Die in seiner DTD deklarierten Entitäten würden sich auf %1 Zeichen ausdehnen (die Grenze liegt bei %2); so arbeiten Angriffe durch Entitätenexpansion (Billion Laughs, quadratische Aufblähung).</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n HTML entity reference(s) that XML does not define (such as &amp;nbsp;).</source>
        <translation>
            <numerusform>%n HTML-Entitätsreferenz, die XML nicht definiert (etwa &amp;nbsp;), wurde ersetzt.</numerusform>
            <numerusform>%n HTML-Entitätsreferenzen, die XML nicht definiert (etwa &amp;nbsp;), wurden ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n unknown entity reference(s) as literal text.</source>
        <translation>
            <numerusform>%n unbekannte Entitätsreferenz wurde als wörtlicher Text beibehalten.</numerusform>
            <numerusform>%n unbekannte Entitätsreferenzen wurden als wörtlicher Text beibehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escaped %n bare &apos;&amp;&apos; character(s).</source>
        <translation>
            <numerusform>%n einzelnes „&amp;“-Zeichen wurde maskiert.</numerusform>
            <numerusform>%n einzelne „&amp;“-Zeichen wurden maskiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n character reference(s) to characters XML does not allow.</source>
        <translation>
            <numerusform>%n Zeichenreferenz auf ein in XML unzulässiges Zeichen wurde verworfen.</numerusform>
            <numerusform>%n Zeichenreferenzen auf in XML unzulässige Zeichen wurden verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n reference(s) to external entities as text; they are never loaded.</source>
        <translation>
            <numerusform>%n Verweis auf externe Entitäten wurde als Text beibehalten; sie werden nie geladen.</numerusform>
            <numerusform>%n Verweise auf externe Entitäten wurden als Text beibehalten; sie werden nie geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FeedDecoder</name>
    <message numerus="yes">
        <source>Removed %n character(s) of garbage before the document.</source>
        <translation>
            <numerusform>%n Zeichen Datenmüll vor dem Dokument entfernt.</numerusform>
            <numerusform>%n Zeichen Datenmüll vor dem Dokument entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n control character(s) that XML does not allow.</source>
        <translation>
            <numerusform>%n Steuerzeichen entfernt, das XML nicht erlaubt.</numerusform>
            <numerusform>%n Steuerzeichen entfernt, die XML nicht erlaubt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FeedParser</name>
    <message>
        <source>The response is gzip-compressed data, not a feed (the server sent compressed bytes without saying so).</source>
        <translation>Die Antwort besteht aus gzip-komprimierten Daten, nicht aus einem Feed (der Server hat komprimierte Bytes geschickt, ohne es anzugeben).</translation>
    </message>
    <message>
        <source>The response is a ZIP archive, not a feed.</source>
        <translation>Die Antwort ist ein ZIP-Archiv, kein Feed.</translation>
    </message>
    <message>
        <source>The response is a PDF document, not a feed.</source>
        <translation>Die Antwort ist ein PDF-Dokument, kein Feed.</translation>
    </message>
    <message>
        <source>The response is an image, not a feed.</source>
        <translation>Die Antwort ist ein Bild, kein Feed.</translation>
    </message>
    <message>
        <source>The response is binary data, not a feed (it starts with the bytes %1).</source>
        <translation>Die Antwort besteht aus Binärdaten, nicht aus einem Feed (sie beginnt mit den Bytes %1).</translation>
    </message>
    <message>
        <source>This is a web page, not a feed.</source>
        <translation>Dies ist eine Webseite, kein Feed.</translation>
    </message>
    <message>
        <source>This is a web page, not a feed (title: &quot;%1&quot;).</source>
        <translation>Dies ist eine Webseite, kein Feed (Titel: „%1“).</translation>
    </message>
    <message>
        <source>The page names a feed at %1; use that address instead.</source>
        <translation>Die Seite nennt einen Feed unter %1; verwenden Sie stattdessen diese Adresse.</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Der Feed ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>Das Dokument hat kein Wurzelelement.</translation>
    </message>
    <message>
        <source>This XML document is not a feed: its root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or &lt;feed&gt;.</source>
        <translation>Dieses XML-Dokument ist kein Feed: sein Wurzelelement ist &lt;%1&gt;, nicht &lt;rss&gt;, &lt;rdf:RDF&gt; oder &lt;feed&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>The feed is truncated or broken at line %1, column %2 (%3); kept the %n item(s) before it.</source>
        <translation>
            <numerusform>Der Feed ist in Zeile %1, Spalte %2 abgeschnitten oder defekt (%3); der %n Eintrag davor wurde behalten.</numerusform>
            <numerusform>Der Feed ist in Zeile %1, Spalte %2 abgeschnitten oder defekt (%3); die %n Einträge davor wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed is not valid JSON: %1 at character %2.</source>
        <translation>Der Feed ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>This JSON document is neither a JSON Feed (no jsonfeed.org version) nor IPTC ninjs (no &quot;uri&quot;).</source>
        <translation>Dieses JSON-Dokument ist weder ein JSON Feed (keine jsonfeed.org-Version) noch IPTC ninjs (kein „uri“).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n list entry(ies) without a ninjs &quot;uri&quot;.</source>
        <translation>
            <numerusform>%n Listeneintrag ohne ninjs-„uri“ übersprungen.</numerusform>
            <numerusform>%n Listeneinträge ohne ninjs-„uri“ übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n duplicate item(s) repeated within the feed.</source>
        <translation>
            <numerusform>%n doppelter Eintrag, der im Feed wiederholt wurde, verworfen.</numerusform>
            <numerusform>%n doppelte Einträge, die im Feed wiederholt wurden, verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no guid; derived one from the link or a hash of title, date and text.</source>
        <translation>
            <numerusform>%n Eintrag hatte keine GUID; sie wurde aus dem Link oder einem Hash aus Titel, Datum und Text abgeleitet.</numerusform>
            <numerusform>%n Einträge hatten keine GUID; sie wurde aus dem Link oder einem Hash aus Titel, Datum und Text abgeleitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items share the guid &quot;%1&quot;; derived a guid per item from its link or content.</source>
        <translation>
            <numerusform>%n Eintrag hat die GUID „%1“; pro Eintrag wurde eine GUID aus Link oder Inhalt abgeleitet.</numerusform>
            <numerusform>%n Einträge teilen sich die GUID „%1“; pro Eintrag wurde eine GUID aus Link oder Inhalt abgeleitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no title; used the first words of the text.</source>
        <translation>
            <numerusform>%n Eintrag hatte keinen Titel; die ersten Wörter des Textes wurden verwendet.</numerusform>
            <numerusform>%n Einträge hatten keinen Titel; die ersten Wörter des Textes wurden verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no readable date; used the fetch time.</source>
        <translation>
            <numerusform>%n Eintrag hatte kein lesbares Datum; die Abrufzeit wurde verwendet.</numerusform>
            <numerusform>%n Einträge hatten kein lesbares Datum; die Abrufzeit wurde verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were dated more than 15 minutes in the future; used the fetch time.</source>
        <translation>
            <numerusform>%n Eintrag war mehr als 15 Minuten in die Zukunft datiert; die Abrufzeit wurde verwendet.</numerusform>
            <numerusform>%n Einträge waren mehr als 15 Minuten in die Zukunft datiert; die Abrufzeit wurde verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed is empty (0 bytes).</source>
        <translation>Der Feed ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>The feed contains only whitespace.</source>
        <translation>Der Feed enthält nur Leerraum.</translation>
    </message>
    <message>
        <source>This Telegram page shows no posts; a channel&apos;s posts are at https://t.me/s/NAME.</source>
        <translation>Diese Telegram-Seite zeigt keine Beiträge; die Beiträge eines Kanals stehen unter https://t.me/s/NAME.</translation>
    </message>
    <message>
        <source>This is not a feed: the content is neither XML, JSON nor HTML (it starts with &quot;%1&quot;).</source>
        <translation>Dies ist kein Feed: Der Inhalt ist weder XML noch JSON noch HTML (er beginnt mit „%1“).</translation>
    </message>
</context>
<context>
    <name>Wiredesk::FigureDialog</name>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>A file, or an https:// address</source>
        <translation>Eine Datei oder eine https://-Adresse</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>e.g. Photo: Agency name</source>
        <translation>z.&#xa0;B. Foto: Name der Agentur</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Was das Bild zeigt – für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Bild&amp;unterschrift:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Bild&amp;nachweis:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.svg)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.svg)</translation>
    </message>
    <message>
        <source>“%1” is not an image file or an http(s) address.</source>
        <translation>„%1“ ist weder eine Bilddatei noch eine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>The image could not be copied into the profile.</source>
        <translation>Das Bild konnte nicht in das Profil kopiert werden.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FolderTarget</name>
    <message>
        <source>The draft has neither a slug nor an id.</source>
        <translation>Der Entwurf hat weder einen Slug noch eine ID.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Publishing to the folder failed: %1</source>
        <translation>Die Veröffentlichung in den Ordner ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not in the folder.</source>
        <translation>%1 ist nicht im Ordner.</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>Das Bild %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::GhostJwt</name>
    <message>
        <source>A Ghost Admin API key looks like &quot;id:secret&quot; in hexadecimal.</source>
        <translation>Ein Ghost-Admin-API-Schlüssel sieht aus wie „id:secret“ in Hexadezimalschreibweise.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::HttpClient</name>
    <message>
        <source>Only http and https addresses can be fetched, not “%1”.</source>
        <translation>Nur http- und https-Adressen können abgerufen werden, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::HttpReply</name>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation>Seit %1 s sind keine Daten angekommen.</translation>
    </message>
    <message>
        <source>The request took longer than %1 s.</source>
        <translation>Die Anfrage dauerte länger als %1 s.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB.</source>
        <translation>Die Antwort ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The response is larger than %1 KiB.</source>
        <translation>Die Antwort ist größer als %1 KiB.</translation>
    </message>
    <message numerus="yes">
        <source>The response is larger than %n byte(s).</source>
        <translation>
            <numerusform>Die Antwort ist größer als %n Byte.</numerusform>
            <numerusform>Die Antwort ist größer als %n Byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 (the response ended after %2 of %3 bytes)</source>
        <translation>%1 (die Antwort endete nach %2 von %3 Byte)</translation>
    </message>
    <message>
        <source>Refused to follow the redirect from %1 to %2.</source>
        <translation>Der Weiterleitung von %1 nach %2 wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The redirect to %1 leads back to an address already visited.</source>
        <translation>Die Weiterleitung nach %1 führt zu einer bereits besuchten Adresse zurück.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n redirect(s).</source>
        <translation>
            <numerusform>Mehr als %n Weiterleitung.</numerusform>
            <numerusform>Mehr als %n Weiterleitungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::HttpResult</name>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The response is too large.</source>
        <translation>Die Antwort ist zu groß.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>Der Name des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The secure connection could not be established.</source>
        <translation>Die sichere Verbindung konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The server redirects in a loop.</source>
        <translation>Der Server leitet im Kreis weiter.</translation>
    </message>
    <message>
        <source>The server redirects too many times.</source>
        <translation>Der Server leitet zu oft weiter.</translation>
    </message>
    <message>
        <source>The server redirects to an address that is not allowed.</source>
        <translation>Der Server leitet an eine nicht erlaubte Adresse weiter.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Ein Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Der Server hat mit einem Fehler geantwortet.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::InboxController</name>
    <message>
        <source>&amp;Refresh Wires</source>
        <translation>Agenturmeldungen &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Refresh</source>
        <translation>Aktualisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Wire &amp;Sources…</source>
        <translation>Agentur&amp;quellen…</translation>
    </message>
    <message>
        <source>Wire refresh progress</source>
        <translation>Fortschritt der Agenturaktualisierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wire refresh errors</source>
        <translation>Fehler bei der Agenturaktualisierung</translation>
    </message>
    <message>
        <source>The wire store %1 cannot be opened: %2</source>
        <translation>Der Agenturspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 sources, %n new</source>
        <translation>
            <numerusform>%1/%2 Quellen, %n neue</numerusform>
            <numerusform>%1/%2 Quellen, %n neue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n source(s) failed</source>
        <translation>
            <numerusform>⚠ %n Quelle fehlgeschlagen</numerusform>
            <numerusform>⚠ %n Quellen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wire refresh cancelled; %n new item(s).</source>
        <translation>
            <numerusform>Aktualisierung abgebrochen; %n neue Meldung.</numerusform>
            <numerusform>Aktualisierung abgebrochen; %n neue Meldungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wires refreshed: %n new item(s).</source>
        <translation>
            <numerusform>Agenturmeldungen aktualisiert: %n neue Meldung.</numerusform>
            <numerusform>Agenturmeldungen aktualisiert: %n neue Meldungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wire alert</source>
        <translation>Agenturalarm</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) match %1</source>
        <translation>
            <numerusform>%n neue Meldung passt zu %1</numerusform>
            <numerusform>%n neue Meldungen passen zu %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::InboxPane</name>
    <message>
        <source>Search wires</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>Wire items</source>
        <translation>Agenturmeldungen</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Status der Agenturmeldungen</translation>
    </message>
    <message>
        <source>Search wires (words, &quot;phrases&quot;, prefix*, source:, label:, since:2h)</source>
        <translation>Suchen (Wörter, &quot;Phrasen&quot;, Präfix*, source:, label:, since:2h)</translation>
    </message>
    <message>
        <source>Number of matching items</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Suchhinweise</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Save the current search in this list</source>
        <translation>Aktuelle Suche in dieser Liste speichern</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>⚑</source>
        <translation>⚑</translation>
    </message>
    <message>
        <source>Alert: highlight new items matching the selected search and notify</source>
        <translation>Alarm: neue Meldungen, die zur gewählten Suche passen, hervorheben und benachrichtigen</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected saved search</source>
        <translation>Ausgewählte gespeicherte Suche entfernen</translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>Gespeicherte Suche entfernen</translation>
    </message>
    <message>
        <source>New Draft from Item</source>
        <translation>Neuer Entwurf aus Meldung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Cite in Current Draft</source>
        <translation>Im aktuellen Entwurf zitieren</translation>
    </message>
    <message>
        <source>Open Side by Side</source>
        <translation>Nebeneinander öffnen</translation>
    </message>
    <message>
        <source>Ticker Mode</source>
        <translation>Tickermodus</translation>
    </message>
    <message>
        <source>Follow the newest items as they arrive</source>
        <translation>Den neuesten Meldungen beim Eintreffen folgen</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Select two or more items (for example the wires of a story) to compare them.</source>
        <translation>Wählen Sie zwei oder mehr Meldungen aus (zum Beispiel die einer Meldungsgruppe), um sie zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Side by Side — %n item(s)</source>
        <translation>
            <numerusform>Nebeneinander – %n Meldung</numerusform>
            <numerusform>Nebeneinander – %n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Mit Stern markieren</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>Wiredesk::LinkChecker</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::MainWindow</name>
    <message>
        <source>Wiredesk</source>
        <translation>Wiredesk</translation>
    </message>
    <message>
        <source>Wiredesk main window</source>
        <translation>Wiredesk-Hauptfenster</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Gedruckt nach %1</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Als PDF drucken</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Wire Inbox</source>
        <translation>Agenturmeldungen</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export HTML…</source>
        <translation>HTML &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Als &amp;PDF drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Preview at &amp;Phone Width</source>
        <translation>Vorschau in &amp;Smartphone-Breite</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Wire</source>
        <translation>A&amp;genturen</translation>
    </message>
    <message>
        <source>&amp;Search Wires</source>
        <translation>Meldungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>Go to &amp;Headline</source>
        <translation>Zur Ü&amp;berschrift</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Wiredesk</source>
        <translation>Über &amp;Wiredesk</translation>
    </message>
    <message>
        <source>About Wiredesk</source>
        <translation>Über Wiredesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wiredesk %1&lt;/h3&gt;&lt;p&gt;An editorial workstation: news wires in, verified articles out.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wiredesk %1&lt;/h3&gt;&lt;p&gt;Ein Redaktionsarbeitsplatz: Agenturmeldungen rein, geprüfte Artikel raus.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The draft %1 cannot be opened: %2</source>
        <translation>Der Entwurf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>The page was not exported.

%1</source>
        <translation>Die Seite wurde nicht exportiert.

%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — Wiredesk</source>
        <translation>%1 — Wiredesk</translation>
    </message>
    <message>
        <source>Large paste cleaned and inserted in %1 s</source>
        <translation>Großer Textblock bereinigt und in %1 s eingefügt</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Revisions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>The drafts store cannot be opened: %1</source>
        <translation>Der Entwurfsspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Restored unsaved changes to “%1” from %2: Wiredesk was not closed normally.</source>
        <translation>Nicht gespeicherte Änderungen an „%1“ wiederhergestellt (Stand %2): Wiredesk wurde nicht normal beendet.</translation>
    </message>
    <message>
        <source>untitled draft</source>
        <translation>Entwurf ohne Titel</translation>
    </message>
    <message>
        <source>The autosave journal could not be read: %1</source>
        <translation>Das Journal der automatischen Sicherung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The draft cannot be opened: %1</source>
        <translation>Der Entwurf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The new draft is not saved yet: %1</source>
        <translation>Der neue Entwurf ist noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept in the autosave journal.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderungen bleiben im Journal der automatischen Sicherung erhalten.</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export Article &amp;JSON…</source>
        <translation>Artikel als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Publish to &amp;Folder…</source>
        <translation>In &amp;Ordner veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish to Folder</source>
        <translation>In Ordner veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the page, the article and its provenance into a folder (a static site).</source>
        <translation>Die Seite, den Artikel und seine Herkunftsangaben in einen Ordner veröffentlichen (eine statische Website).</translation>
    </message>
    <message>
        <source>New draft from “%1”, cited as its first source.</source>
        <translation>Neuer Entwurf aus „%1“, als erste Quelle zitiert.</translation>
    </message>
    <message>
        <source>Open a draft to cite wire items in it.</source>
        <translation>Öffnen Sie einen Entwurf, um Agenturmeldungen darin zu zitieren.</translation>
    </message>
    <message numerus="yes">
        <source>Cited %n source(s) in the selected text.</source>
        <translation>
            <numerusform>%n Quelle im markierten Text zitiert.</numerusform>
            <numerusform>%n Quellen im markierten Text zitiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s) to the article; select text and cite again to mark the claim.</source>
        <translation>
            <numerusform>%n Quelle zum Artikel hinzugefügt; markieren Sie Text und zitieren Sie erneut, um die Aussage zu belegen.</numerusform>
            <numerusform>%n Quellen zum Artikel hinzugefügt; markieren Sie Text und zitieren Sie erneut, um die Aussage zu belegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>Veröffentlicht nach %1</translation>
    </message>
    <message>
        <source>The draft was not published.

%1</source>
        <translation>Der Entwurf wurde nicht veröffentlicht.

%1</translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.html *.htm *.json);;Markdown (*.md *.markdown);;Web pages (*.html *.htm);;Wiredesk articles (*.json)</source>
        <translation>Artikel (*.md *.markdown *.html *.htm *.json);;Markdown (*.md *.markdown);;Webseiten (*.html *.htm);;Wiredesk-Artikel (*.json)</translation>
    </message>
    <message>
        <source>%1 was not imported.

%2</source>
        <translation>%1 wurde nicht importiert.

%2</translation>
    </message>
    <message>
        <source>Imported %1 as a new draft.</source>
        <translation>%1 als neuer Entwurf importiert.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <source>Export Article JSON</source>
        <translation>Artikel-JSON exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Wiredesk articles (*.json)</source>
        <translation>Wiredesk-Artikel (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The sync outbox cannot be opened: %1</source>
        <translation>Der Postausgang kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cite wire items</source>
        <translation>Agenturmeldungen zitieren</translation>
    </message>
</context>
<context>
    <name>Wiredesk::MoveNotesCommand</name>
    <message>
        <source>Move notes</source>
        <translation>Notizen verschieben</translation>
    </message>
</context>
<context>
    <name>Wiredesk::NoteAuthor</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Wiredesk::NotesThreadView</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add a note: what you checked, how, and what you found</source>
        <translation>Notiz hinzufügen: was Sie geprüft haben, wie und mit welchem Ergebnis</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>No status change</source>
        <translation>Keine Statusänderung</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Choose a source or a cited passage to see its notes.</source>
        <translation>Wählen Sie eine Quelle oder eine zitierte Textstelle, um deren Notizen zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes on the source&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notizen zur Quelle&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes on the claim&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notizen zur Aussage&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Wiredesk::OutboxPane</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Outbox queue</source>
        <translation>Warteschlange des Postausgangs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Synchronisationsprotokoll</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut senden</translation>
    </message>
    <message>
        <source>Send this draft now instead of waiting for the next attempt</source>
        <translation>Diesen Entwurf jetzt senden, statt auf den nächsten Versuch zu warten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Take the waiting push out of the outbox; the draft stays as it is</source>
        <translation>Die wartende Übertragung aus dem Postausgang nehmen; der Entwurf bleibt, wie er ist</translation>
    </message>
    <message>
        <source>&amp;Recreate</source>
        <translation>&amp;Neu anlegen</translation>
    </message>
    <message>
        <source>The post was deleted on the site: create it again</source>
        <translation>Der Beitrag wurde auf der Website gelöscht: ihn neu anlegen</translation>
    </message>
    <message>
        <source>De&amp;tach</source>
        <translation>Ab&amp;lösen</translation>
    </message>
    <message>
        <source>The post was deleted on the site: keep the draft here only</source>
        <translation>Der Beitrag wurde auf der Website gelöscht: den Entwurf nur hier behalten</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Konflikt lösen…</translation>
    </message>
    <message>
        <source>Compare your version with the site&apos;s and decide</source>
        <translation>Ihre Version mit der der Website vergleichen und entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>This draft cannot be sent again now.</source>
        <translation>Dieser Entwurf kann jetzt nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>A draft that is being sent cannot be cancelled.</source>
        <translation>Ein Entwurf, der gerade gesendet wird, kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>The post could not be recreated.</source>
        <translation>Der Beitrag konnte nicht neu angelegt werden.</translation>
    </message>
    <message>
        <source>The draft could not be detached.</source>
        <translation>Der Entwurf konnte nicht abgelöst werden.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::OutboxQueue</name>
    <message>
        <source>A push was interrupted; the post is looked up by draft id before anything is created.</source>
        <translation>Eine Übertragung wurde unterbrochen; der Beitrag wird über die Entwurfs-ID gesucht, bevor etwas angelegt wird.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::PostTimeDecoder</name>
    <message>
        <source>Status id %1 is from before November 2010, when X (Twitter) numbered posts sequentially: the id says nothing about the time.</source>
        <translation>Die Status-ID %1 stammt aus der Zeit vor November 2010, als X (Twitter) Beiträge fortlaufend nummerierte: Die ID sagt nichts über den Zeitpunkt aus.</translation>
    </message>
    <message>
        <source>Post id %1 is a sequential id from a Mastodon server before version 2.0: the id says nothing about the time.</source>
        <translation>Die Beitrags-ID %1 ist eine fortlaufende ID eines Mastodon-Servers vor Version 2.0: Die ID sagt nichts über den Zeitpunkt aus.</translation>
    </message>
    <message>
        <source>The id %1 decodes to %2, before the platform used such ids (%3): it cannot be a genuine post id.</source>
        <translation>Die ID %1 ergibt %2, also einen Zeitpunkt, bevor die Plattform solche IDs verwendete (%3): Sie kann keine echte Beitrags-ID sein.</translation>
    </message>
    <message>
        <source>The id %1 decodes to %2, which is in the future: it cannot be a genuine post id.</source>
        <translation>Die ID %1 ergibt %2, einen Zeitpunkt in der Zukunft: Sie kann keine echte Beitrags-ID sein.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::PreviewPane</name>
    <message>
        <source>Article preview</source>
        <translation>Artikelvorschau</translation>
    </message>
    <message>
        <source>Rendered article</source>
        <translation>Gerenderter Artikel</translation>
    </message>
    <message>
        <source>Preview toolbar</source>
        <translation>Vorschau-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Preview at desktop width</source>
        <translation>Vorschau in Desktop-Breite</translation>
    </message>
    <message>
        <source>Preview at phone width (%1 px)</source>
        <translation>Vorschau in Smartphone-Breite (%1 px)</translation>
    </message>
    <message>
        <source>Remote images</source>
        <translation>Externe Bilder</translation>
    </message>
    <message>
        <source>Load images from other sites for this article. Off by default: remote images can track readers.</source>
        <translation>Bilder von anderen Websites für diesen Artikel laden. Standardmäßig aus: Externe Bilder können Leser verfolgen.</translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>Die Vorschau konnte nicht gerendert werden.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenanceChecker</name>
    <message>
        <source>“%1” is from %2, which the desk labelled “%3”.</source>
        <translation>„%1“ stammt von %2, das die Redaktion als „%3“ eingestuft hat.</translation>
    </message>
    <message>
        <source>“%1” is the same page as source %2; merge them.</source>
        <translation>„%1“ ist dieselbe Seite wie Quelle %2; führen Sie beide zusammen.</translation>
    </message>
    <message>
        <source>The link to “%1” now leads to another site: %2.</source>
        <translation>Der Link zu „%1“ führt jetzt zu einer anderen Website: %2.</translation>
    </message>
    <message>
        <source>The link to “%1” is dead (HTTP %2).</source>
        <translation>Der Link zu „%1“ ist tot (HTTP %2).</translation>
    </message>
    <message>
        <source>The link to “%1” could not be reached: %2</source>
        <translation>Der Link zu „%1“ war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The id in the link to “%1” cannot be genuine: %2</source>
        <translation>Die ID im Link zu „%1“ kann nicht echt sein: %2</translation>
    </message>
    <message>
        <source>“%1” is dated %2, but the id in its link says it was posted at %3.</source>
        <translation>„%1“ ist auf %2 datiert, aber laut der ID im Link wurde es am %3 veröffentlicht.</translation>
    </message>
    <message>
        <source>“%1” is dated %2, which is in the future.</source>
        <translation>„%1“ ist auf %2 datiert, also in der Zukunft.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was posted %2, more than %n day(s) after the article&apos;s time.</source>
        <translation>
            <numerusform>„%1“ wurde %2 veröffentlicht, mehr als %n Tag nach der Zeit des Artikels.</numerusform>
            <numerusform>„%1“ wurde %2 veröffentlicht, mehr als %n Tage nach der Zeit des Artikels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was posted %2, more than %n day(s) before the article&apos;s time: is it still current?</source>
        <translation>
            <numerusform>„%1“ wurde %2 veröffentlicht, mehr als %n Tag vor der Zeit des Artikels: Ist es noch aktuell?</numerusform>
            <numerusform>„%1“ wurde %2 veröffentlicht, mehr als %n Tage vor der Zeit des Artikels: Ist es noch aktuell?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not cited anywhere in the text.</source>
        <translation>„%1“ wird nirgends im Text zitiert.</translation>
    </message>
    <message>
        <source>“%1” cites source %2, which is no longer in the article.</source>
        <translation>„%1“ zitiert Quelle %2, die nicht mehr im Artikel steht.</translation>
    </message>
    <message>
        <source>“%1” rests only on a tertiary source; cite the primary or secondary source behind it.</source>
        <translation>„%1“ stützt sich nur auf eine Tertiärquelle; zitieren Sie die Primär- oder Sekundärquelle dahinter.</translation>
    </message>
    <message>
        <source>“%1” has quotes or figures but cites no source.</source>
        <translation>„%1“ enthält Zitate oder Zahlen, nennt aber keine Quelle.</translation>
    </message>
    <message>
        <source>The image %1 has no credit.</source>
        <translation>Das Bild %1 hat keinen Bildnachweis.</translation>
    </message>
    <message>
        <source>The image %1 has no alt text for readers who cannot see it.</source>
        <translation>Das Bild %1 hat keinen Alternativtext für Leser, die es nicht sehen können.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenanceController</name>
    <message>
        <source>&amp;Cite Source…</source>
        <translation>Quelle &amp;zitieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Link the selected text to one or more sources</source>
        <translation>Den markierten Text mit einer oder mehreren Quellen verknüpfen</translation>
    </message>
    <message>
        <source>Check &amp;Links</source>
        <translation>&amp;Links prüfen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Fetch every source and keep what it answered, with a snapshot</source>
        <translation>Jede Quelle abrufen und ihre Antwort mit einem Snapshot festhalten</translation>
    </message>
    <message>
        <source>Cancel Link Check</source>
        <translation>Linkprüfung abbrechen</translation>
    </message>
    <message>
        <source>Check &amp;Before Submitting…</source>
        <translation>&amp;Vor dem Absenden prüfen…</translation>
    </message>
    <message>
        <source>Export &amp;Provenance…</source>
        <translation>&amp;Herkunftsangaben exportieren…</translation>
    </message>
    <message>
        <source>The provenance store cannot be opened: %1</source>
        <translation>Der Herkunftsspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Checking links: %1 of %2</source>
        <translation>Links werden geprüft: %1 von %2</translation>
    </message>
    <message>
        <source>A link check could not be recorded: %1</source>
        <translation>Eine Linkprüfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Link check cancelled.</source>
        <translation>Linkprüfung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n link(s).</source>
        <translation>
            <numerusform>%n Link geprüft.</numerusform>
            <numerusform>%n Links geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n mit Problemen.</numerusform>
            <numerusform>%n mit Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note &amp;Author…</source>
        <translation>Autorenname für &amp;Notizen…</translation>
    </message>
    <message>
        <source>Note Author</source>
        <translation>Autor der Notizen</translation>
    </message>
    <message>
        <source>Name written on your notes and on reasons for sending anyway:</source>
        <translation>Name, der unter Ihren Notizen und Begründungen für das Trotzdem-Senden steht:</translation>
    </message>
    <message>
        <source>Select the text to cite first.</source>
        <translation>Markieren Sie zuerst den Text, der belegt werden soll.</translation>
    </message>
    <message>
        <source>Nothing to cite: no source chosen and no http(s) address pasted.</source>
        <translation>Nichts zu zitieren: keine Quelle gewählt und keine http(s)-Adresse eingefügt.</translation>
    </message>
    <message>
        <source>Cite source</source>
        <translation>Quelle zitieren</translation>
    </message>
    <message numerus="yes">
        <source>Cited %n source(s).</source>
        <translation>
            <numerusform>%n Quelle zitiert.</numerusform>
            <numerusform>%n Quellen zitiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No http(s) address found in the pasted text.</source>
        <translation>Im eingefügten Text wurde keine http(s)-Adresse gefunden.</translation>
    </message>
    <message>
        <source>Add sources</source>
        <translation>Quellen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s).</source>
        <translation>
            <numerusform>%n Quelle hinzugefügt.</numerusform>
            <numerusform>%n Quellen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the article.</source>
        <translation>
            <numerusform>%n bereits im Artikel.</numerusform>
            <numerusform>%n bereits im Artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status set in the source&apos;s details.</source>
        <translation>Status in den Details der Quelle gesetzt.</translation>
    </message>
    <message>
        <source>Source %1 updated.</source>
        <translation>Quelle %1 aktualisiert.</translation>
    </message>
    <message>
        <source>It has notes (they stay in the profile and come back with the source).</source>
        <translation>Sie hat Notizen (sie bleiben im Profil und kommen mit der Quelle zurück).</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of the text cite it and will point at a removed source.</source>
        <translation>
            <numerusform>%n Textstelle zitiert sie und wird dann auf eine entfernte Quelle verweisen.</numerusform>
            <numerusform>%n Textstellen zitieren sie und werden dann auf eine entfernte Quelle verweisen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>Delete the source “%1”?</source>
        <translation>Die Quelle „%1“ löschen?</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>Bearbeiten → Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Source deleted. Ctrl+Z brings it back.</source>
        <translation>Quelle gelöscht. Ctrl+Z stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Merge duplicate sources</source>
        <translation>Doppelte Quellen zusammenführen</translation>
    </message>
    <message>
        <source>The notes of %1 could not be moved: %2</source>
        <translation>Die Notizen von %1 konnten nicht verschoben werden: %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>Quelle %1 mit %2 zusammengeführt.</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Die Notiz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>No source has an http(s) address to check.</source>
        <translation>Keine Quelle hat eine http(s)-Adresse, die geprüft werden könnte.</translation>
    </message>
    <message>
        <source>Sending anyway is recorded with the reason: %1</source>
        <translation>Das Trotzdem-Senden wird mit der Begründung festgehalten: %1</translation>
    </message>
    <message>
        <source>The article has blocking problems: fix them before submitting.</source>
        <translation>Der Artikel hat blockierende Probleme: Beheben Sie sie vor dem Absenden.</translation>
    </message>
    <message>
        <source>No draft is open.</source>
        <translation>Kein Entwurf ist geöffnet.</translation>
    </message>
    <message>
        <source>Export Provenance</source>
        <translation>Herkunftsangaben exportieren</translation>
    </message>
    <message>
        <source>Provenance files (*.provenance.json *.json)</source>
        <translation>Herkunftsdateien (*.provenance.json *.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Provenance exported to %1</source>
        <translation>Herkunftsangaben nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenancePane</name>
    <message>
        <source>Sources of the article</source>
        <translation>Quellen des Artikels</translation>
    </message>
    <message>
        <source>Verification summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking problem(s)</source>
        <translation>
            <numerusform>%n blockierendes Problem</numerusform>
            <numerusform>%n blockierende Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources toolbar</source>
        <translation>Quellen-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add sources: paste one URL, a list of URLs or a copied “Sources” section</source>
        <translation>Quellen hinzufügen: eine URL, eine Liste von URLs oder einen kopierten Abschnitt „Quellen“ einfügen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add a source by hand and fill in its details</source>
        <translation>Eine Quelle von Hand hinzufügen und ihre Details ausfüllen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen source (Ctrl+Z brings it back)</source>
        <translation>Die gewählte Quelle löschen (Ctrl+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge this duplicate into the earlier source with the same address</source>
        <translation>Dieses Duplikat mit der früheren Quelle gleicher Adresse zusammenführen</translation>
    </message>
    <message>
        <source>Check Links</source>
        <translation>Links prüfen</translation>
    </message>
    <message>
        <source>Fetch every source and keep what it answered, with a snapshot</source>
        <translation>Jede Quelle abrufen und ihre Antwort mit einem Snapshot festhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop checking links</source>
        <translation>Linkprüfung beenden</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Fortschritt der Linkprüfung</translation>
    </message>
    <message>
        <source>Link check history</source>
        <translation>Verlauf der Linkprüfungen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>End-URL</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Link Checks</source>
        <translation>Linkprüfungen</translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s)</source>
        <translation>
            <numerusform>nach %n Weiterleitung</numerusform>
            <numerusform>nach %n Weiterleitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 ms, %3</source>
        <translation>%1, %2 ms, %3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot SHA-256 %1 (%n byte(s))</source>
        <translation>
            <numerusform>Snapshot SHA-256 %1 (%n Byte)</numerusform>
            <numerusform>Snapshot SHA-256 %1 (%n Byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking links: %1 of %2</source>
        <translation>Links werden geprüft: %1 von %2</translation>
    </message>
    <message>
        <source>Add Sources</source>
        <translation>Quellen hinzufügen</translation>
    </message>
    <message>
        <source>Paste one URL, a list of URLs (one per line) or the “Sources” section of an article:</source>
        <translation>Fügen Sie eine URL, eine Liste von URLs (eine pro Zeile) oder den Abschnitt „Quellen“ eines Artikels ein:</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenanceStore</name>
    <message>
        <source>Cannot record the link check: %1</source>
        <translation>Die Linkprüfung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the note: %1</source>
        <translation>Die Notiz kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Sending anyway needs a reason.</source>
        <translation>Für das Trotzdem-Senden ist eine Begründung nötig.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::RemoteDraftsDialog</name>
    <message>
        <source>Remote Drafts on %1</source>
        <translation>Entwürfe auf %1</translation>
    </message>
    <message>
        <source>Only changed &amp;after:</source>
        <translation>Nur &amp;geändert nach:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Remote drafts</source>
        <translation>Entwürfe auf der Website</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Open as Draft</source>
        <translation>Als Entwurf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The drafts could not be listed: %1</source>
        <translation>Die Entwürfe konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Not written in Wiredesk</source>
        <translation>Nicht in Wiredesk geschrieben</translation>
    </message>
    <message>
        <source>Published from a Wiredesk draft</source>
        <translation>Aus einem Wiredesk-Entwurf veröffentlicht</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Keine Entwürfe.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 (%n draft(s))</source>
        <translation>
            <numerusform>Seite %1 von %2 (%n Entwurf)</numerusform>
            <numerusform>Seite %1 von %2 (%n Entwürfe)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Select one revision to compare it with the current text, or two to compare them.</source>
        <translation>Wählen Sie eine Version aus, um sie mit dem aktuellen Text zu vergleichen, oder zwei, um diese miteinander zu vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No differences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Unterschiede.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SignInDialog</name>
    <message>
        <source>Unencrypted Connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine. Your user name and Application Password would travel unencrypted and could be read on the way.

Use https if the site offers it. Send them anyway?</source>
        <translation>%1 ist unverschlüsseltes http zu einem anderen Rechner. Ihr Benutzername und Ihr Anwendungspasswort würden unverschlüsselt übertragen und könnten unterwegs mitgelesen werden.

Verwenden Sie https, wenn die Website es anbietet. Trotzdem senden?</translation>
    </message>
    <message>
        <source>Enter the site&apos;s address, for example https://news.example.org.</source>
        <translation>Geben Sie die Adresse der Website ein, zum Beispiel https://news.example.org.</translation>
    </message>
    <message>
        <source>Enter your user name and an Application Password.</source>
        <translation>Geben Sie Ihren Benutzernamen und ein Anwendungspasswort ein.</translation>
    </message>
    <message>
        <source>Not signed in: nothing was sent.</source>
        <translation>Nicht angemeldet: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s address first, for example https://news.example.org.</source>
        <translation>Geben Sie zuerst die Adresse der Website ein, zum Beispiel https://news.example.org.</translation>
    </message>
    <message>
        <source>Wiredesk cannot wait for the browser: %1</source>
        <translation>Wiredesk kann nicht auf den Browser warten: %1</translation>
    </message>
    <message>
        <source>The site has Application Passwords turned off, so Wiredesk cannot sign in. Ask its administrator to allow them.</source>
        <translation>Auf der Website sind Anwendungspasswörter abgeschaltet, daher kann sich Wiredesk nicht anmelden. Bitten Sie die Administration der Website, sie zuzulassen.</translation>
    </message>
    <message>
        <source>The connection was not approved in the browser. Nothing was stored.</source>
        <translation>Die Verbindung wurde im Browser nicht genehmigt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Wiredesk</source>
        <translation>Wiredesk</translation>
    </message>
    <message>
        <source>Approve Wiredesk in your browser; this window continues by itself.

If the site answers that “the URL must be served over a secure connection”, it does not hand passwords to desktop apps: create an Application Password in your WordPress profile and enter it here instead.</source>
        <translation>Genehmigen Sie Wiredesk in Ihrem Browser; dieses Fenster macht dann von selbst weiter.

Wenn die Website antwortet, dass „die URL über eine sichere Verbindung bereitgestellt werden muss“, gibt sie keine Passwörter an Desktop-Anwendungen heraus: Legen Sie in Ihrem WordPress-Profil ein Anwendungspasswort an und geben Sie es stattdessen hier ein.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself:
%1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst:
%1</translation>
    </message>
    <message>
        <source>Checking the credentials with %1…</source>
        <translation>Zugangsdaten werden bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The site refused the user name or the Application Password (%1).</source>
        <translation>Die Website hat den Benutzernamen oder das Anwendungspasswort abgelehnt (%1).</translation>
    </message>
    <message>
        <source>No WordPress REST API answers at %1.</source>
        <translation>Unter %1 antwortet keine WordPress-REST-API.</translation>
    </message>
    <message>
        <source>The site could not be reached: %1</source>
        <translation>Die Website war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 did not answer like a WordPress site.</source>
        <translation>%1 hat nicht wie eine WordPress-Website geantwortet.</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SnapshotStore</name>
    <message>
        <source>Cannot create the snapshot folder %1.</source>
        <translation>Der Snapshot-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation>Der Snapshot %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the snapshot record %1: %2</source>
        <translation>Der Snapshot-Eintrag %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SourceDetailForm</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher or account</source>
        <translation>Herausgeber oder Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Herausgeber:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Posted (UTC):</source>
        <translation>Veröffentlicht (UTC):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Canonical: %1</source>
        <translation>Kanonisch: %1</translation>
    </message>
    <message>
        <source>The URL&apos;s id says it was posted %1 UTC.</source>
        <translation>Laut der ID in der URL wurde es am %1 UTC veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SourceListModel</name>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Teilweise geprüft</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>X/Twitter</source>
        <translation>X/Twitter</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Wikipedia</source>
        <translation>Wikipedia</translation>
    </message>
    <message>
        <source>Official site</source>
        <translation>Offizielle Website</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation>Tertiär</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (moved)</source>
        <translation>%1 (umgezogen)</translation>
    </message>
    <message>
        <source>%1 dead</source>
        <translation>%1 tot</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Bad redirect</source>
        <translation>Fehlerhafte Weiterleitung</translation>
    </message>
    <message>
        <source>%1 (duplicate of %2)</source>
        <translation>%1 (Duplikat von %2)</translation>
    </message>
    <message>
        <source>Same canonical URL as %1: merge them.</source>
        <translation>Dieselbe kanonische URL wie %1: Führen Sie beide zusammen.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SourceView</name>
    <message>
        <source>Article source</source>
        <translation>Artikelquelltext</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>Quelltextformat</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>&amp;Show as:</source>
        <translation>&amp;Anzeigen als:</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SourcesDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Feed (RSS, Atom, JSON Feed)</source>
        <translation>Feed (RSS, Atom, JSON Feed)</translation>
    </message>
    <message>
        <source>IPTC ninjs endpoint</source>
        <translation>IPTC-ninjs-Endpunkt</translation>
    </message>
    <message>
        <source>Telegram channel page (t.me/s/…)</source>
        <translation>Telegram-Kanalseite (t.me/s/…)</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Ablageordner</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>Drop Folder</source>
        <translation>Ablageordner</translation>
    </message>
    <message>
        <source>Wire File</source>
        <translation>Agenturdatei</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>nie abgerufen</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>A source needs a name and a URL, folder or file.</source>
        <translation>Eine Quelle braucht einen Namen und eine URL, einen Ordner oder eine Datei.</translation>
    </message>
    <message>
        <source>The source could not be added: %1</source>
        <translation>Die Quelle konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The source could not be saved: %1</source>
        <translation>Die Quelle konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Remove the source &quot;%1&quot; and all of its items from the inbox?</source>
        <translation>Die Quelle „%1“ und alle ihre Meldungen aus den Agenturmeldungen entfernen?</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n Quelle importiert.</numerusform>
            <numerusform>%n Quellen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exportieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML-Dateien (*.opml)</translation>
    </message>
    <message>
        <source>Wiredesk sources</source>
        <translation>Wiredesk-Quellen</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; and its items…</source>
        <translation>„%1“ und seine Meldungen werden entfernt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Source removal progress</source>
        <translation>Fortschritt beim Entfernen der Quelle</translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;%1&quot;: %2 of %Ln item(s)…</source>
        <translation>
            <numerusform>„%1“ wird entfernt: %2 von %Ln Meldung…</numerusform>
            <numerusform>„%1“ wird entfernt: %2 von %Ln Meldungen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The source could not be removed: %1</source>
        <translation>Die Quelle konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SpellingStatus</name>
    <message>
        <source>Spelling dictionary</source>
        <translation>Rechtschreibwörterbuch</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Rechtschreibung: %1</translation>
    </message>
    <message>
        <source>Headline, dek and body are checked with the Hunspell dictionary %1.</source>
        <translation>Überschrift, Vorspann und Text werden mit dem Hunspell-Wörterbuch %1 geprüft.</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1</source>
        <translation>Kein Rechtschreibwörterbuch für %1</translation>
    </message>
    <message>
        <source>Words in this language are not checked. Install a Hunspell dictionary for it (on Debian and Ubuntu: the %1 package); Wiredesk looks in %2.</source>
        <translation>Wörter in dieser Sprache werden nicht geprüft. Installieren Sie ein Hunspell-Wörterbuch dafür (unter Debian und Ubuntu: das Paket %1); Wiredesk sucht in %2.</translation>
    </message>
    <message>
        <source>Spelling: off</source>
        <translation>Rechtschreibung: aus</translation>
    </message>
    <message>
        <source>Spelling is not checked while typing (Edit → Check Spelling While Typing).</source>
        <translation>Die Rechtschreibung wird während der Eingabe nicht geprüft (Bearbeiten → Rechtschreibung während der Eingabe prüfen).</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SubmitCheckDialog</name>
    <message>
        <source>Check Before Submitting</source>
        <translation>Vor dem Absenden prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing blocks this article. %n warning(s) to consider:</source>
        <translation>
            <numerusform>Nichts blockiert diesen Artikel. %n Warnung zum Abwägen:</numerusform>
            <numerusform>Nichts blockiert diesen Artikel. %n Warnungen zum Abwägen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) block sending this article.&lt;/b&gt; Fix them, or give a reason to send it anyway; the reason is recorded with the article.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Problem verhindert das Senden dieses Artikels.&lt;/b&gt; Beheben Sie es oder begründen Sie, warum er trotzdem gesendet werden soll; die Begründung wird mit dem Artikel festgehalten.</numerusform>
            <numerusform>&lt;b&gt;%n Probleme verhindern das Senden dieses Artikels.&lt;/b&gt; Beheben Sie sie oder begründen Sie, warum er trotzdem gesendet werden soll; die Begründung wird mit dem Artikel festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Reason for sending anyway</source>
        <translation>Begründung für das Trotzdem-Senden</translation>
    </message>
    <message>
        <source>Why is it right to send the article with these problems?</source>
        <translation>Warum ist es richtig, den Artikel trotz dieser Probleme zu senden?</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>The reason could not be recorded, so the article is not sent.

%1</source>
        <translation>Die Begründung konnte nicht gespeichert werden, daher wird der Artikel nicht gesendet.

%1</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncActions</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to a WordPress site to publish drafts to it</source>
        <translation>Bei einer WordPress-Website anmelden, um Entwürfe dort zu veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Push Current Draft</source>
        <translation>Aktuellen Entwurf ü&amp;bertragen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Send the open draft to the site through the outbox</source>
        <translation>Den geöffneten Entwurf über den Postausgang an die Website senden</translation>
    </message>
    <message>
        <source>Pu&amp;ll Remote Drafts…</source>
        <translation>Entwürfe von der &amp;Website abrufen…</translation>
    </message>
    <message>
        <source>Show &amp;Outbox</source>
        <translation>&amp;Postausgang anzeigen</translation>
    </message>
    <message>
        <source>Not sent: %1 Use Sync → Sign In….</source>
        <translation>Nicht gesendet: %1 Verwenden Sie Synchronisation → Anmelden….</translation>
    </message>
    <message>
        <source>Not sent: %1 See Sync → Show Outbox.</source>
        <translation>Nicht gesendet: %1 Siehe Synchronisation → Postausgang anzeigen.</translation>
    </message>
    <message>
        <source>Another draft is in conflict with the site; resolve it from Sync → Show Outbox.</source>
        <translation>Ein anderer Entwurf steht im Konflikt mit der Website; lösen Sie ihn über Synchronisation → Postausgang anzeigen.</translation>
    </message>
    <message>
        <source>Signed in; drafts go to %1.</source>
        <translation>Angemeldet; Entwürfe gehen an %1.</translation>
    </message>
    <message>
        <source>Sign in to a site first; the draft was not pushed.</source>
        <translation>Melden Sie sich zuerst bei einer Website an; der Entwurf wurde nicht übertragen.</translation>
    </message>
    <message>
        <source>The draft was not pushed: it could not be saved (%1).</source>
        <translation>Der Entwurf wurde nicht übertragen: Er konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Not pushed: %1</source>
        <translation>Nicht übertragen: %1</translation>
    </message>
    <message>
        <source>“%1” is queued for %2.</source>
        <translation>„%1“ steht für %2 in der Warteschlange.</translation>
    </message>
    <message>
        <source>untitled draft</source>
        <translation>Entwurf ohne Titel</translation>
    </message>
    <message>
        <source>Sign in to a site first.</source>
        <translation>Melden Sie sich zuerst bei einer Website an.</translation>
    </message>
    <message>
        <source>The post could not be opened: %1</source>
        <translation>Der Beitrag konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The draft was created but not linked to the post: %1</source>
        <translation>Der Entwurf wurde angelegt, aber nicht mit dem Beitrag verknüpft: %1</translation>
    </message>
    <message>
        <source>Opened post %1 as a draft; pushing it updates that post.</source>
        <translation>Beitrag %1 als Entwurf geöffnet; eine Übertragung aktualisiert diesen Beitrag.</translation>
    </message>
    <message>
        <source>The draft in conflict cannot be opened.</source>
        <translation>Der Entwurf im Konflikt kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The draft was closed; open it and resolve the conflict again from the Outbox.</source>
        <translation>Der Entwurf wurde geschlossen; öffnen Sie ihn und lösen Sie den Konflikt erneut über den Postausgang.</translation>
    </message>
    <message>
        <source>Before resolving the conflict with the site</source>
        <translation>Vor dem Lösen des Konflikts mit der Website</translation>
    </message>
    <message>
        <source>Resolve Conflict with the Site</source>
        <translation>Konflikt mit der Website lösen</translation>
    </message>
    <message>
        <source>The resolution is in the editor but not saved: %1</source>
        <translation>Die Lösung steht im Editor, ist aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The conflict could not be resolved in the outbox.</source>
        <translation>Der Konflikt konnte im Postausgang nicht gelöst werden.</translation>
    </message>
    <message>
        <source>Conflict resolved; the draft is being pushed.</source>
        <translation>Konflikt gelöst; der Entwurf wird übertragen.</translation>
    </message>
    <message>
        <source>Merge Changes from the Site</source>
        <translation>Änderungen der Website zusammenführen</translation>
    </message>
    <message>
        <source>Changes made on the site were merged into this draft.</source>
        <translation>Auf der Website vorgenommene Änderungen wurden in diesen Entwurf übernommen.</translation>
    </message>
    <message>
        <source>Post %1 on %2</source>
        <translation>Beitrag %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n waiting</source>
        <translation>
            <numerusform>Wird gesendet… %n wartend</numerusform>
            <numerusform>Wird gesendet… %n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf das Senden</numerusform>
            <numerusform>%n warten auf das Senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncController</name>
    <message>
        <source>The sync targets cannot be read.</source>
        <translation>Die Synchronisationsziele können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The target cannot be saved in the profile.</source>
        <translation>Das Ziel kann nicht im Profil gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine; sign in again to confirm sending the password.</source>
        <translation>%1 ist unverschlüsseltes http zu einem anderen Rechner; melden Sie sich erneut an, um das Senden des Passworts zu bestätigen.</translation>
    </message>
    <message>
        <source>The site was removed.</source>
        <translation>Die Website wurde entfernt.</translation>
    </message>
    <message>
        <source>No site is set up; sign in first.</source>
        <translation>Keine Website eingerichtet; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The draft was not submitted.</source>
        <translation>Der Entwurf wurde nicht übermittelt.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>neuer Versuch um %1</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>sent again at the user&apos;s request</source>
        <translation>auf Wunsch des Benutzers erneut gesendet</translation>
    </message>
    <message>
        <source>the waiting push was cancelled</source>
        <translation>die wartende Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the draft is no longer linked to the site</source>
        <translation>der Entwurf ist nicht mehr mit der Website verknüpft</translation>
    </message>
    <message>
        <source>opened from post %1</source>
        <translation>aus Beitrag %1 geöffnet</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncEngine</name>
    <message>
        <source>No target named %1.</source>
        <translation>Kein Ziel namens %1.</translation>
    </message>
    <message>
        <source>push</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>The draft no longer exists locally.</source>
        <translation>Der Entwurf existiert lokal nicht mehr.</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>wird angelegt</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>%1 wird aktualisiert</translation>
    </message>
    <message>
        <source>The target went away.</source>
        <translation>Das Ziel ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>looking the post up by draft id</source>
        <translation>Beitrag wird über die Entwurfs-ID gesucht</translation>
    </message>
    <message>
        <source>post %1 already carries this draft id; updating it instead of creating another</source>
        <translation>Beitrag %1 trägt bereits diese Entwurfs-ID; er wird aktualisiert, statt einen weiteren anzulegen</translation>
    </message>
    <message>
        <source>reading the site&apos;s version</source>
        <translation>Version der Website wird gelesen</translation>
    </message>
    <message>
        <source>nothing changed since the last push</source>
        <translation>seit der letzten Übertragung nichts geändert</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine: the password would travel unencrypted. Confirm it for this site first.</source>
        <translation>%1 ist unverschlüsseltes http zu einem anderen Rechner: Das Passwort würde unverschlüsselt übertragen. Bestätigen Sie dies zuerst für diese Website.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>No password for this site; sign in.</source>
        <translation>Kein Passwort für diese Website; melden Sie sich an.</translation>
    </message>
    <message>
        <source>Before merging with the site&apos;s version</source>
        <translation>Vor dem Zusammenführen mit der Version der Website</translation>
    </message>
    <message>
        <source>The site&apos;s version %1</source>
        <translation>Die Version %1 der Website</translation>
    </message>
    <message numerus="yes">
        <source>The post was changed on the site too; %n place(s) changed on both sides.</source>
        <translation>
            <numerusform>Der Beitrag wurde auch auf der Website geändert; %n Stelle wurde auf beiden Seiten geändert.</numerusform>
            <numerusform>Der Beitrag wurde auch auf der Website geändert; %n Stellen wurden auf beiden Seiten geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>merged with the site&apos;s version %1 (changes on both sides, none overlapping)</source>
        <translation>mit der Version %1 der Website zusammengeführt (Änderungen auf beiden Seiten, ohne Überschneidung)</translation>
    </message>
    <message>
        <source>creating the post</source>
        <translation>Beitrag wird angelegt</translation>
    </message>
    <message>
        <source>updating the post</source>
        <translation>Beitrag wird aktualisiert</translation>
    </message>
    <message>
        <source>post %1, version %2</source>
        <translation>Beitrag %1, Version %2</translation>
    </message>
    <message>
        <source>Recreate it or detach the draft from the site.</source>
        <translation>Legen Sie ihn neu an oder lösen Sie den Entwurf von der Website.</translation>
    </message>
    <message>
        <source>conflict resolved by the user</source>
        <translation>Konflikt vom Benutzer gelöst</translation>
    </message>
    <message>
        <source>detached from the site; the next push creates a new post</source>
        <translation>von der Website gelöst; die nächste Übertragung legt einen neuen Beitrag an</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncError</name>
    <message>
        <source>WordPress refused the sign-in; sign in again.</source>
        <translation>WordPress hat die Anmeldung abgelehnt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>WordPress refused the request: %1 Sign in again.</source>
        <translation>WordPress hat die Anfrage abgelehnt: %1 Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The post no longer exists on the site.</source>
        <translation>Der Beitrag existiert auf der Website nicht mehr.</translation>
    </message>
    <message>
        <source>The site refused the upload as too large.</source>
        <translation>Die Website hat den Upload als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>The post changed on the site.</source>
        <translation>Der Beitrag wurde auf der Website geändert.</translation>
    </message>
    <message>
        <source>The site answered %1; trying again later.</source>
        <translation>Die Website antwortete %1; neuer Versuch später.</translation>
    </message>
    <message>
        <source>The site answered %1 (%2); trying again later.</source>
        <translation>Die Website antwortete %1 (%2); neuer Versuch später.</translation>
    </message>
    <message>
        <source>The site answered %1.</source>
        <translation>Die Website antwortete %1.</translation>
    </message>
    <message>
        <source>WordPress sent an answer that is not the expected JSON.</source>
        <translation>WordPress hat eine Antwort gesendet, die nicht das erwartete JSON ist.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::WireInboxModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source> (updated)</source>
        <translation> (aktualisiert)</translation>
    </message>
    <message numerus="yes">
        <source>%n wires</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC
%2 local</source>
        <translation>%1 UTC
%2 Ortszeit</translation>
    </message>
    <message>
        <source>%1 — credibility: %2</source>
        <translation>%1 — Glaubwürdigkeit: %2</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Blitz</translation>
    </message>
    <message>
        <source>IPTC urgency %1 (1 = flash … 9)</source>
        <translation>IPTC-Dringlichkeit %1 (1 = Blitz … 9)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Urg.</source>
        <translation>Dringl.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>%1+ items</source>
        <translation>%1+ Meldungen</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Meldungen</translation>
    </message>
    <message>
        <source>IPTC urgency (1 = flash … 9)</source>
        <translation>IPTC-Dringlichkeit (1 = Blitz … 9)</translation>
    </message>
    <message>
        <source>A coloured bar before the headline marks an urgent wire (red: flash); the number after it counts the wires of the story. Right-click the header to show more columns.</source>
        <translation>Ein farbiger Balken vor der Überschrift kennzeichnet eine dringende Meldung (rot: Blitz); die Zahl dahinter zählt die Meldungen der Gruppe. Ein Rechtsklick auf die Kopfzeile zeigt weitere Spalten.</translation>
    </message>
    <message>
        <source>Wires in the story</source>
        <translation>Meldungen der Gruppe</translation>
    </message>
</context>
<context>
    <name>Wiredesk::WireItemView</name>
    <message>
        <source>Wire item</source>
        <translation>Agenturmeldung</translation>
    </message>
    <message>
        <source>Item header</source>
        <translation>Meldungskopf</translation>
    </message>
    <message>
        <source>Item body</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <source>Load remote images</source>
        <translation>Externe Bilder laden</translation>
    </message>
    <message>
        <source>Load the images of this item from their sites. Off by default: remote images tell the sender that and when the item was read.</source>
        <translation>Die Bilder dieser Meldung von ihren Websites laden. Standardmäßig aus: Externe Bilder verraten dem Absender, dass und wann die Meldung gelesen wurde.</translation>
    </message>
    <message>
        <source>Raw payload</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Select a wire item to read it here.</source>
        <translation>Wählen Sie eine Agenturmeldung aus, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>%1 UTC · %2 local</source>
        <translation>%1 UTC · %2 Ortszeit</translation>
    </message>
    <message>
        <source> · updated %1 UTC</source>
        <translation> · aktualisiert %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n wires tell this story</source>
        <translation>
            <numerusform>%n Meldung in dieser Meldungsgruppe</numerusform>
            <numerusform>%n Meldungen in dieser Meldungsgruppe</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the original (%1)</source>
        <translation>Original öffnen (%1)</translation>
    </message>
</context>
<context>
    <name>Wiredesk::WireStoreWorker</name>
    <message>
        <source>The wire store could not be opened.</source>
        <translation>Der Meldungsspeicher konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::WordPressTarget</name>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>The image %1 cannot be read: %2</source>
        <translation>Das Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Wiredesk&apos;s core on the command line, for scripted newsrooms.</source>
        <translation>Der Kern von Wiredesk auf der Kommandozeile, für Redaktionen mit Skripten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show the usage of a command</source>
        <translation>Die Verwendung eines Befehls anzeigen</translation>
    </message>
    <message>
        <source>wiredesk-cli: unknown command &apos;%1&apos;; see wiredesk-cli --help</source>
        <translation>wiredesk-cli: unbekannter Befehl „%1“; siehe wiredesk-cli --help</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli [--lang CODE] [--version] [--help] COMMAND [ARGS...]</source>
        <translation>Aufruf: wiredesk-cli [--lang CODE] [--version] [--help] BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Messages in language CODE (e.g. de, fr) instead of the system&apos;s</source>
        <translation>Meldungen in der Sprache CODE (z.&#xa0;B. de, fr) statt der des Systems</translation>
    </message>
    <message>
        <source>wiredesk-cli: --lang needs a language code such as de or fr</source>
        <translation>wiredesk-cli: --lang braucht einen Sprachcode wie de oder fr</translation>
    </message>
    <message>
        <source>wiredesk-cli: unknown language &apos;%1&apos;; try a code such as de or fr</source>
        <translation>wiredesk-cli: unbekannte Sprache „%1“; versuchen Sie einen Code wie de oder fr</translation>
    </message>
</context>
<context>
    <name>wire</name>
    <message>
        <source>The feed could not be fetched.</source>
        <translation>Der Feed konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The feed&apos;s URL: the base for relative links (default: the fetched URL).</source>
        <translation>Die URL des Feeds: die Basis für relative Links (Standard: die abgerufene URL).</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the feed came with.</source>
        <translation>Der HTTP-Content-Type, mit dem der Feed kam.</translation>
    </message>
    <message>
        <source>When the feed was fetched (ISO 8601; default: now).</source>
        <translation>Wann der Feed abgerufen wurde (ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Include each item&apos;s raw payload.</source>
        <translation>Die Rohdaten jedes Eintrags einschließen.</translation>
    </message>
    <message>
        <source>Do not print the feed summary and warnings.</source>
        <translation>Zusammenfassung und Warnungen des Feeds nicht ausgeben.</translation>
    </message>
    <message>
        <source>A feed file, an http(s) URL, or - for standard input.</source>
        <translation>Eine Feed-Datei, eine http(s)-URL oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire parse [--url URL] [--content-type TYPE] [--fetch-time TIME] [--raw] FILE|-</source>
        <translation>Aufruf: wiredesk-cli wire parse [--url URL] [--content-type TYP] [--fetch-time ZEIT] [--raw] DATEI|-</translation>
    </message>
    <message>
        <source>--fetch-time wants an ISO 8601 date, such as 2026-11-27T07:00:00Z.</source>
        <translation>--fetch-time erwartet ein ISO-8601-Datum wie 2026-11-27T07:00:00Z.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>Keine gültige URL: %1</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Parse a feed file into normalized wire items (JSON lines)</source>
        <translation>Eine Feed-Datei in normalisierte Agenturmeldungen zerlegen (JSON Lines)</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire parse [--url URL] [--content-type TYPE] [--fetch-time TIME] [--raw] [--quiet] FILE|-
Reads RSS 0.9x/1.0/2.0, Atom, JSON Feed, IPTC ninjs or a Telegram channel page (t.me/s/NAME) from FILE
or standard input and prints one JSON object per item (fields: docs/wire-json-lines.md).
Feed format, encoding and warnings go to standard error. Exit code 1 when the feed cannot be parsed,
2 on wrong usage. URLs are not fetched yet.</source>
        <translation>Aufruf: wiredesk-cli wire parse [--url URL] [--content-type TYP] [--fetch-time ZEIT] [--raw] [--quiet] DATEI|-
Liest RSS 0.9x/1.0/2.0, Atom, JSON Feed, IPTC ninjs oder eine Telegram-Kanalseite (t.me/s/NAME) aus DATEI
oder der Standardeingabe und gibt ein JSON-Objekt pro Eintrag aus (Felder: docs/wire-json-lines.md).
Feed-Format, Kodierung und Warnungen gehen auf die Standardfehlerausgabe. Exit-Code 1, wenn der Feed
nicht gelesen werden kann, 2 bei falschem Aufruf. URLs werden noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Ingest feed files, drop folders or URLs into a profile&apos;s wire store</source>
        <translation>Feed-Dateien, Ablageordner oder URLs in den Agenturspeicher eines Profils einlesen</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire ingest --profile DIR SOURCE...
SOURCE is a feed file, a drop folder or an http(s) URL. A source not yet in the profile is added
(one with the same URL or path is reused), then each is ingested once. Prints one JSON summary
per source (docs/wire-json-lines.md). Exit code 1 when a source failed, 2 on wrong usage.</source>
        <translation>Aufruf: wiredesk-cli wire ingest --profile DIR SOURCE...
SOURCE ist eine Feed-Datei, ein Ablageordner oder eine http(s)-URL. Eine Quelle, die noch nicht im
Profil ist, wird hinzugefügt (eine mit derselben URL bzw. demselben Pfad wird wiederverwendet), dann
wird jede einmal eingelesen. Gibt je Quelle eine JSON-Zusammenfassung aus (docs/wire-json-lines.md).
Exit-Code 1, wenn eine Quelle fehlgeschlagen ist, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Search a profile&apos;s wire store (JSON lines, newest first)</source>
        <translation>Den Agenturspeicher eines Profils durchsuchen (JSON-Zeilen, neueste zuerst)</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire search --profile DIR [--limit N] QUERY
QUERY uses the inbox search language: words, &quot;phrases&quot;, prefix*, AND/OR/NOT, source:, label:,
after:/before:/since:, is:unread|read|starred, urgency:&lt;=N. Prints the matching items as JSON
lines, newest first; parser notes go to standard error. Exit code 1 on failure, 2 on wrong usage.</source>
        <translation>Aufruf: wiredesk-cli wire search --profile DIR [--limit N] QUERY
QUERY verwendet die Suchsprache der Agenturmeldungen: Wörter, &quot;Phrasen&quot;, Präfix*, AND/OR/NOT, source:,
label:, after:/before:/since:, is:unread|read|starred, urgency:&lt;=N. Gibt die Treffer als JSON-Zeilen
aus, neueste zuerst; Hinweise des Parsers gehen auf die Standardfehlerausgabe. Exit-Code 1 bei einem
Fehler, 2 bei falscher Verwendung.</translation>
    </message>
</context>
</TS>
