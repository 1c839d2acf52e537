<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>Wiredesk: wires in, verified articles out.</source>
        <translation>Wiredesk&#x202f;: les dépêches entrent, les articles vérifiés sortent.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt;.</source>
        <translation>Utiliser le profil du dossier &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Start on a throw-away copy of the demo profile.</source>
        <translation>Démarrer sur une copie jetable du profil de démonstration.</translation>
    </message>
    <message>
        <source>Start, wait until the preview has rendered, and exit.</source>
        <translation>Démarrer, attendre le rendu de l&apos;aperçu, puis quitter.</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (e.g. de, fr).</source>
        <translation>Utiliser la langue &lt;code&gt; pour l&apos;interface (p. ex. de, fr).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Wiredesk cannot start</source>
        <translation>Wiredesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Print a line once the window is interactive, and exit.</source>
        <translation>Afficher une ligne dès que la fenêtre est utilisable, puis quitter.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; using the system&apos;s</source>
        <translation>langue «&#x202f;%1&#x202f;» inconnue&#x202f;; la langue du système est utilisée</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <source>This is not a Wiredesk article.</source>
        <translation>Ceci n&apos;est pas un article Wiredesk.</translation>
    </message>
    <message>
        <source>This article was written by a newer Wiredesk (format %1, this version reads up to %2).</source>
        <translation>Cet article a été écrit par une version plus récente de Wiredesk (format %1, cette version lit jusqu&apos;au format %2).</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Edit headline</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit dek</source>
        <translation>Modifier le chapô</translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation>Modifier la signature</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>Changer de rubrique</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les mots-clés</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Change publication time</source>
        <translation>Changer l&apos;heure de publication</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Changer de fuseau horaire</translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation>Modifier le slug</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Change lead image</source>
        <translation>Changer l&apos;image principale</translation>
    </message>
    <message>
        <source>Edit image caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <source>Edit image credit</source>
        <translation>Modifier le crédit photo</translation>
    </message>
    <message>
        <source>Edit image description</source>
        <translation>Modifier la description de l&apos;image</translation>
    </message>
</context>
<context>
    <name>ArticleRepository</name>
    <message>
        <source>The article has no id.</source>
        <translation>L&apos;article n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>No draft with id %1.</source>
        <translation>Aucun brouillon avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The stored draft %1 is damaged: %2</source>
        <translation>Le brouillon enregistré %1 est endommagé&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>No draft %1 outside the trash.</source>
        <translation>Aucun brouillon %1 hors de la corbeille.</translation>
    </message>
    <message>
        <source>No draft %1 in the trash.</source>
        <translation>Aucun brouillon %1 dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>The disk is full (or the profile reached its size limit). Free some space and save again; nothing already saved was changed.</source>
        <translation>Le disque est plein (ou le profil a atteint sa taille maximale). Libérez de l&apos;espace et enregistrez à nouveau&#x202f;; rien de ce qui était déjà enregistré n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The profile database is read-only. Check the folder&apos;s permissions; nothing already saved was changed.</source>
        <translation>La base de données du profil est en lecture seule. Vérifiez les droits du dossier&#x202f;; rien de ce qui était déjà enregistré n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving (%1).</source>
        <translation>Le disque a signalé une erreur pendant l&apos;enregistrement (%1).</translation>
    </message>
</context>
<context>
    <name>AutosaveJournal</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not compact the autosave journal.</source>
        <translation>Impossible de compacter le journal d&apos;enregistrement automatique.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>wiredesk-cli %1: unknown option &apos;%2&apos;; see wiredesk-cli help %1</source>
        <translation>wiredesk-cli %1&#x202f;: option inconnue &apos;%2&apos;&#x202f;; voir wiredesk-cli help %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging.</source>
        <translation>%1 ne peut pas utiliser la journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Wiredesk (%2 schema %3, this version knows %4). Open it with that version, or use another profile.</source>
        <translation>%1 a été écrit par une version plus récente de Wiredesk (%2, schéma %3&#x202f;; cette version connaît %4). Ouvrez-le avec cette version ou utilisez un autre profil.</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 schema %3 failed: %4</source>
        <translation>Échec de la mise à niveau de %1 vers %2, schéma %3&#x202f;: %4</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>The demo profile %1 is missing from this build.</source>
        <translation>Le profil de démonstration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossible de copier %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>DemoSources</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a source list.</source>
        <translation>%1 est trop volumineux pour une liste de sources.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Wiredesk demo source list.</source>
        <translation>%1 n&apos;est pas une liste de sources de démonstration Wiredesk.</translation>
    </message>
    <message>
        <source>%1 has version %2; this Wiredesk reads version %3.</source>
        <translation>%1 est en version %2&#x202f;; cette version de Wiredesk lit la version %3.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; names a file outside the profile: %2</source>
        <translation>La source «&#x202f;%1&#x202f;» désigne un fichier hors du profil&#x202f;: %2</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; has an unknown type &quot;%2&quot;.</source>
        <translation>La source «&#x202f;%1&#x202f;» a un type inconnu «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>A source in %1 has no name.</source>
        <translation>Une source de %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Cannot add the demo source &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ajouter la source de démonstration «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message>
        <source>The page is too large to import (%1 MB; the limit is %2 MB).</source>
        <translation>La page est trop volumineuse pour être importée (%1 Mo&#x202f;; la limite est de %2 Mo).</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; the limit is %3 MB).</source>
        <translation>%1 est trop volumineux pour être importé (%2 Mo&#x202f;; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>MarkdownConverter</name>
    <message>
        <source>The Markdown file is too large to import.</source>
        <translation>Le fichier Markdown est trop volumineux pour être importé.</translation>
    </message>
</context>
<context>
    <name>OpmlDocument</name>
    <message>
        <source>The OPML file declares a DTD; it was not imported.</source>
        <translation>Le fichier OPML déclare une DTD&#x202f;; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>This is not an OPML file (its root element is &lt;%1&gt;).</source>
        <translation>Ce n&apos;est pas un fichier OPML (son élément racine est &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The OPML outlines are nested more than %1 levels deep.</source>
        <translation>Les éléments outline OPML sont imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The OPML file has more than %1 outlines.</source>
        <translation>Le fichier OPML contient plus de %1 éléments outline.</translation>
    </message>
    <message>
        <source>Skipped an outline with an unusable feed address: %1</source>
        <translation>Élément outline ignoré (adresse de flux inutilisable)&#x202f;: %1</translation>
    </message>
    <message>
        <source>Skipped a second outline for %1</source>
        <translation>Second élément outline pour %1 ignoré</translation>
    </message>
    <message>
        <source>The OPML file is not well-formed XML (line %1: %2).</source>
        <translation>Le fichier OPML n&apos;est pas du XML bien formé (ligne %1&#x202f;: %2).</translation>
    </message>
    <message>
        <source>The OPML file ends early; the outlines before the end were imported.</source>
        <translation>Le fichier OPML se termine prématurément&#x202f;; les éléments outline précédents ont été importés.</translation>
    </message>
    <message>
        <source>This is not an OPML file.</source>
        <translation>Ce n&apos;est pas un fichier OPML.</translation>
    </message>
</context>
<context>
    <name>PageExporter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot copy the image %1 to %2.</source>
        <translation>Impossible de copier l&apos;image %1 vers %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable.</source>
        <translation>Le dossier de profil %1 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The profile %1 is already open in another Wiredesk (process %2).</source>
        <translation>Le profil %1 est déjà ouvert dans une autre instance de Wiredesk (processus %2).</translation>
    </message>
</context>
<context>
    <name>PublicationTemplate</name>
    <message>
        <source>Cannot read the template file %1: %2</source>
        <translation>Impossible de lire le fichier de modèle %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The template file %1 is larger than 4 MB.</source>
        <translation>Le fichier de modèle %1 dépasse 4 Mo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>line %1: &apos;{{&apos; is never closed</source>
        <translation>ligne %1&#x202f;: «&#x202f;{{&#x202f;» n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>line %1: bad name &apos;%2&apos;</source>
        <translation>ligne %1&#x202f;: nom «&#x202f;%2&#x202f;» invalide</translation>
    </message>
    <message>
        <source>line %1: &apos;{{/%2}}&apos; closes no open section</source>
        <translation>ligne %1&#x202f;: «&#x202f;{{/%2}}&#x202f;» ne ferme aucune section ouverte</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; is never closed</source>
        <translation>la section «&#x202f;%1&#x202f;» n&apos;est jamais fermée</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>wiredesk-cli render: %1</source>
        <translation>wiredesk-cli render&#x202f;: %1</translation>
    </message>
    <message>
        <source>wiredesk-cli render: cannot read %1: %2</source>
        <translation>wiredesk-cli render&#x202f;: impossible de lire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>wiredesk-cli render: %1 is larger than 64 MB</source>
        <translation>wiredesk-cli render&#x202f;: %1 dépasse 64 Mo</translation>
    </message>
    <message>
        <source>wiredesk-cli render: %1: %2</source>
        <translation>wiredesk-cli render&#x202f;: %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>wiredesk-cli render: %1 is not a JSON article (%2 at byte %3)</source>
        <translation>wiredesk-cli render&#x202f;: %1 n&apos;est pas un article JSON (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>wiredesk-cli render: template override not used: %1</source>
        <translation>wiredesk-cli render&#x202f;: modèle de remplacement non utilisé&#x202f;: %1</translation>
    </message>
    <message>
        <source>wiredesk-cli render: cannot write %1: %2</source>
        <translation>wiredesk-cli render&#x202f;: impossible d&apos;écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Render an article file as the published HTML page</source>
        <translation>Rendre un fichier d&apos;article sous forme de page HTML publiée</translation>
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
        <translation>Usage&#x202f;: wiredesk-cli render ARTICLE [--body] [--output FICHIER] [options]
Affiche la page publiée d&apos;ARTICLE, rendue exactement comme l&apos;aperçu et
«&#x202f;Exporter en HTML…&#x202f;». ARTICLE est au format JSON de Wiredesk ou en Markdown (.md,
.markdown&#x202f;; un bloc d&apos;en-tête définit titre, chapô, signatures, rubrique, mots-clés…).
Un article sans heure de publication est affiché comme s&apos;il était publié maintenant.

  --body                 n&apos;afficher que l&apos;élément &lt;article&gt;, pas la page entière
  -o, --output FICHIER   écrire dans FICHIER (de façon atomique) au lieu de la sortie standard
  --profile DOSSIER      utiliser les modèles de remplacement et les réglages de publication
                         du profil (DOSSIER/templates/publication/, publication.json)
  --publication NOM      le nom de la publication dans la manchette
  --time-zone FUSEAU     le fuseau IANA de la publication si l&apos;article n&apos;en indique aucun
  --clocks Z1,Z2,...     les horloges mondiales sous la manchette (fuseaux IANA)
  --template-dir DOSSIER chercher d&apos;abord page.html, style.css, print.css dans DOSSIER
  --allow-remote-images  autoriser la page à charger des images http(s)

Code de sortie&#x202f;: 0 terminé, 1 l&apos;article n&apos;a pas pu être lu ou la sortie écrite,
2 mauvaise utilisation.</translation>
    </message>
    <message>
        <source>name an article file (JSON or Markdown); see wiredesk-cli help render</source>
        <translation>indiquez un fichier d&apos;article (JSON ou Markdown)&#x202f;; voir wiredesk-cli help render</translation>
    </message>
    <message>
        <source>only one article file at a time</source>
        <translation>un seul fichier d&apos;article à la fois</translation>
    </message>
    <message>
        <source>--time-zone needs an IANA zone such as Europe/Zurich</source>
        <translation>--time-zone attend un fuseau IANA, comme Europe/Zurich</translation>
    </message>
    <message>
        <source>--clocks needs a comma-separated list of zones</source>
        <translation>--clocks attend une liste de fuseaux séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>RenderOptions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>larger than 1 MB</source>
        <translation>plus de 1 Mo</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty string</source>
        <translation>«&#x202f;name&#x202f;» doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>&quot;founded&quot; must be a date like 1998-03-02</source>
        <translation>«&#x202f;founded&#x202f;» doit être une date comme 1998-03-02</translation>
    </message>
    <message>
        <source>&quot;issueNumber&quot; must be a number, 0 for the day of the year</source>
        <translation>«&#x202f;issueNumber&#x202f;» doit être un nombre, 0 pour le jour de l&apos;année</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire «&#x202f;%1&#x202f;» inconnu</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; in &quot;worldClocks&quot;</source>
        <translation>fuseau horaire «&#x202f;%1&#x202f;» inconnu dans «&#x202f;worldClocks&#x202f;»</translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Heure de publication</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lead image</source>
        <translation>Image principale</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Crédit photo</translation>
    </message>
    <message>
        <source>Image description</source>
        <translation>Description de l&apos;image</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Minor subheading</source>
        <translation>Petit intertitre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Filet</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Source added</source>
        <translation>Source ajoutée</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>Source modifiée</translation>
    </message>
    <message>
        <source>Source removed</source>
        <translation>Source supprimée</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>Ajout&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>Suppression&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 formatting changed</source>
        <translation>Mise en forme modifiée&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>Modification&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>RevisionStore</name>
    <message>
        <source>Could not store a revision: %1</source>
        <translation>Impossible d&apos;enregistrer une révision&#x202f;: %1</translation>
    </message>
    <message>
        <source>No revision %1.</source>
        <translation>Aucune révision %1.</translation>
    </message>
    <message>
        <source>Restore revision of %1</source>
        <translation>Restaurer la révision du %1</translation>
    </message>
</context>
<context>
    <name>SearchQueryParser</name>
    <message>
        <source>Ignored “%1”: not a filter value this search understands.</source>
        <translation>«&#x202f;%1&#x202f;» ignoré&#x202f;: cette recherche ne comprend pas cette valeur de filtre.</translation>
    </message>
    <message>
        <source>A quotation mark was not closed; the rest of the text was searched as a phrase.</source>
        <translation>Un guillemet n&apos;a pas été fermé&#x202f;; le reste du texte a été recherché comme une expression exacte.</translation>
    </message>
    <message>
        <source>A search cannot only exclude words; the exclusions were ignored.</source>
        <translation>Une recherche ne peut pas seulement exclure des mots&#x202f;; les exclusions ont été ignorées.</translation>
    </message>
    <message>
        <source>The search could not be read as an expression; it was treated as a literal phrase.</source>
        <translation>La recherche n&apos;a pas pu être lue comme une expression&#x202f;; elle a été traitée comme une expression littérale.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to WordPress</source>
        <translation>Se connecter à WordPress</translation>
    </message>
    <message>
        <source>Wiredesk publishes drafts to your site through its REST API. Sign in with an Application Password (Users → Profile → Application Passwords), or let the site create one in your browser.</source>
        <translation>Wiredesk publie les brouillons sur votre site par son API REST. Connectez-vous avec un mot de passe d&apos;application (Comptes → Profil → Mots de passe d&apos;application), ou laissez le site en créer un dans votre navigateur.</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>&amp;Adresse du site&#x202f;:</translation>
    </message>
    <message>
        <source>https://news.example.org</source>
        <translation>https://news.example.org</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#x202f;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Application &amp;Password:</source>
        <translation>Mot de &amp;passe d&apos;application&#x202f;:</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>Mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Sign in with &amp;Browser</source>
        <translation>Se connecter &amp;via le navigateur</translation>
    </message>
    <message>
        <source>Open the site&apos;s “Authorize Application” page; the password comes back to Wiredesk by itself.</source>
        <translation>Ouvrir la page «&#x202f;Autoriser l&apos;application&#x202f;» du site&#x202f;; le mot de passe revient tout seul dans Wiredesk.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>checked %1 of %2</source>
        <translation>%1 sur %2 vérifiés</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: cannot read settings %1: %2</source>
        <translation>wiredesk-cli sources check&#x202f;: impossible de lire les réglages %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: cannot read %1: %2</source>
        <translation>wiredesk-cli sources check&#x202f;: impossible de lire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: %1 is larger than 64 MB</source>
        <translation>wiredesk-cli sources check&#x202f;: %1 dépasse 64 Mo</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: %1: %2</source>
        <translation>wiredesk-cli sources check&#x202f;: %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Check the sources of an article or a list of URLs</source>
        <translation>Vérifier les sources d&apos;un article ou une liste d&apos;URL</translation>
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
        <translation>Usage&#x202f;: wiredesk-cli sources check FICHIER [--online [--snapshots DOSSIER]] [--settings FICHIER] [--now HEURE]
FICHIER est un article au format JSON de Wiredesk, ou une liste d&apos;URL (une par ligne, ou une
section «&#x202f;Sources&#x202f;» collée)&#x202f;; «&#x202f;-&#x202f;» lit l&apos;entrée standard. Affiche du JSON&#x202f;: l&apos;URL canonique de
chaque source, la plateforme, l&apos;heure de publication déduite de son identifiant (null pour les
identifiants séquentiels), ses doublons et les avertissements valables sans accès au réseau
(doublons, identifiants impossibles, dates, sources et paragraphes non cités, citations de
sources supprimées, images, domaines peu crédibles).

  --online          vérifier aussi chaque lien (HEAD, sinon GET&#x202f;; redirections enregistrées)
  --snapshots DOSSIER  avec --online&#x202f;: conserver le contenu des pages dans DOSSIER, nommé par SHA-256
  --settings FICHIER  réglages de la rédaction (JSON&#x202f;: maxDaysBefore, maxDaysAfter, lowCredibilityDomains)
  --now HEURE       juger les dates à l&apos;instant HEURE (ISO 8601) plutôt que maintenant

Code de sortie&#x202f;: 0 aucun avertissement bloquant, 1 au moins un avertissement bloquant,
2 mauvaise utilisation ou entrée illisible.</translation>
    </message>
    <message>
        <source>name a file of URLs or an article (JSON); see wiredesk-cli help sources check</source>
        <translation>indiquez un fichier d&apos;URL ou un article (JSON)&#x202f;; voir wiredesk-cli help sources check</translation>
    </message>
    <message>
        <source>only one file at a time</source>
        <translation>un seul fichier à la fois</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-11-27T09:00:00Z</source>
        <translation>--now attend une heure ISO 8601, comme 2026-11-27T09:00:00Z</translation>
    </message>
    <message>
        <source>--snapshots only makes sense with --online</source>
        <translation>--snapshots n&apos;a de sens qu&apos;avec --online</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Wire Sources</source>
        <translation>Sources des dépêches</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;URL or folder:</source>
        <translation>&amp;URL ou dossier&#x202f;:</translation>
    </message>
    <message>
        <source>https://… or a folder / file path</source>
        <translation>https://… ou un chemin de dossier ou de fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>&amp;Crédibilité&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Rele&amp;ver toutes les&#x202f;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>Last result:</source>
        <translation>Dernier résultat&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Add as New</source>
        <translation>A&amp;jouter comme nouvelle</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>Importer un fichier &amp;OPML…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>E&amp;xporter en OPML…</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>dès que possible</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>(No suggestions)</source>
        <translation>(Aucune suggestion)</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>Ajouter au &amp;dictionnaire</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>I&amp;gnorer</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>wiredesk-cli %1: %2 needs a value</source>
        <translation>wiredesk-cli %1&#x202f;: %2 attend une valeur</translation>
    </message>
    <message>
        <source>wiredesk-cli %1: unknown option %2</source>
        <translation>wiredesk-cli %1&#x202f;: option inconnue %2</translation>
    </message>
    <message>
        <source>wiredesk-cli %1: %2</source>
        <translation>wiredesk-cli %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] [--allow-insecure]</source>
        <translation>Usage&#x202f;: wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] [--allow-insecure]</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add: %1 is plain http to another machine; the password would travel unencrypted. Use https, or --allow-insecure if you accept that.</source>
        <translation>wiredesk-cli sync target add&#x202f;: %1 est en http non chiffré vers une autre machine&#x202f;; le mot de passe circulerait en clair. Utilisez https, ou --allow-insecure si vous l&apos;acceptez.</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add: give the Application Password on standard input</source>
        <translation>wiredesk-cli sync target add&#x202f;: fournissez le mot de passe d&apos;application sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add: %1</source>
        <translation>wiredesk-cli sync target add&#x202f;: %1</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add: cannot save the target</source>
        <translation>wiredesk-cli sync target add&#x202f;: impossible d&apos;enregistrer la cible</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...</source>
        <translation>Usage&#x202f;: wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...</translation>
    </message>
    <message>
        <source>wiredesk-cli sync push: no such target; add one with `sync target add`</source>
        <translation>wiredesk-cli sync push&#x202f;: cible introuvable&#x202f;; ajoutez-en une avec `sync target add`</translation>
    </message>
    <message>
        <source>wiredesk-cli sync pull: no such target</source>
        <translation>wiredesk-cli sync pull&#x202f;: cible introuvable</translation>
    </message>
    <message>
        <source>wiredesk-cli sync pull: %1: plain http to another machine</source>
        <translation>wiredesk-cli sync pull&#x202f;: %1&#x202f;: http non chiffré vers une autre machine</translation>
    </message>
    <message>
        <source>wiredesk-cli sync pull: %1: %2</source>
        <translation>wiredesk-cli sync pull&#x202f;: %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>sync target add: configure a publishing target (password on stdin, kept in the keychain)</source>
        <translation>sync target add&#x202f;: configurer une cible de publication (mot de passe sur stdin, conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] [--allow-insecure]
  The WordPress Application Password is read from standard input and stored only in the system keychain.</source>
        <translation>wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] [--allow-insecure]
  Le mot de passe d&apos;application WordPress est lu sur l&apos;entrée standard et conservé uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Push drafts through the outbox</source>
        <translation>Envoyer des brouillons par la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...
  Prints one JSON line per draft and target with its outbox state; exit 1 when any is not sent.</source>
        <translation>wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...
  Affiche une ligne JSON par brouillon et par cible avec son état dans la boîte d&apos;envoi&#x202f;; code de sortie 1 si l&apos;un d&apos;eux n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <source>List remote drafts (JSON lines)</source>
        <translation>Lister les brouillons distants (lignes JSON)</translation>
    </message>
    <message>
        <source>wiredesk-cli sync pull [--profile DIR] [--target NAME] [--since ISO-DATE]</source>
        <translation>wiredesk-cli sync pull [--profile DIR] [--target NAME] [--since ISO-DATE]</translation>
    </message>
    <message>
        <source>The outbox as JSON</source>
        <translation>La boîte d&apos;envoi en JSON</translation>
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
        <translation>%1 a rapporté&#x202f;:</translation>
    </message>
    <message>
        <source>%1 reported on %2:</source>
        <translation>%1 a rapporté le %2&#x202f;:</translation>
    </message>
    <message>
        <source>Original item</source>
        <translation>Dépêche d&apos;origine</translation>
    </message>
</context>
<context>
    <name>WireIngestCommand</name>
    <message>
        <source>--profile DIR is required</source>
        <translation>--profile DIR est obligatoire</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 is not a usable URL.</source>
        <translation>%1 n&apos;est pas une URL utilisable.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot add the source %1: %2</source>
        <translation>Impossible d&apos;ajouter la source %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The profile folder.</source>
        <translation>Le dossier du profil.</translation>
    </message>
    <message>
        <source>A feed file, a drop folder or an http(s) URL.</source>
        <translation>Un fichier de flux, un dossier de dépôt ou une URL http(s).</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire ingest --profile DIR SOURCE...</source>
        <translation>Usage&#x202f;: wiredesk-cli wire ingest --profile DIR SOURCE...</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur&#x202f;:</translation>
    </message>
    <message>
        <source>At most N items (default 50, at most 10000).</source>
        <translation>Au plus N dépêches (50 par défaut, 10000 au maximum).</translation>
    </message>
    <message>
        <source>The search, as typed in the inbox search box.</source>
        <translation>La recherche, telle que saisie dans le champ de recherche des dépêches.</translation>
    </message>
    <message>
        <source>--limit wants a number from 1 to 10000</source>
        <translation>--limit attend un nombre de 1 à 10000</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire search --profile DIR [--limit N] QUERY</source>
        <translation>Usage&#x202f;: wiredesk-cli wire search --profile DIR [--limit N] QUERY</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>remarque&#x202f;:</translation>
    </message>
</context>
<context>
    <name>WireIngestor</name>
    <message>
        <source>not modified</source>
        <translation>non modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n mise à jour</numerusform>
            <numerusform>, %n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s)</source>
        <translation>
            <numerusform>, %n fichier</numerusform>
            <numerusform>, %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The wire store cannot be opened: %1</source>
        <translation>La base des dépêches ne peut pas être ouverte&#x202f;: %1</translation>
    </message>
    <message>
        <source>The source was removed during the refresh.</source>
        <translation>La source a été supprimée pendant l&apos;actualisation.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source> (retry after %1 UTC)</source>
        <translation> (nouvelle tentative après %1 UTC)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>The items could not be stored: %1</source>
        <translation>Les dépêches n&apos;ont pas pu être enregistrées&#x202f;: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB.</source>
        <translation>Le fichier %1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n error(s)</source>
        <translation>
            <numerusform>%1&#x202f;; %n erreur</numerusform>
            <numerusform>%1&#x202f;; %n erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireItemView</name>
    <message>
        <source>Flash (urgency 1)</source>
        <translation>Flash (urgence 1)</translation>
    </message>
    <message>
        <source>Urgency %1</source>
        <translation>Urgence %1</translation>
    </message>
</context>
<context>
    <name>WireStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The wire store is not open.</source>
        <translation>La base des dépêches n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Une source doit avoir un nom.</translation>
    </message>
    <message>
        <source>A source named “%1” exists already.</source>
        <translation>Une source nommée «&#x202f;%1&#x202f;» existe déjà.</translation>
    </message>
    <message>
        <source>No source with id %1.</source>
        <translation>Aucune source avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot assign an item id.</source>
        <translation>Impossible d&apos;attribuer un identifiant de dépêche.</translation>
    </message>
    <message>
        <source>Story cluster %1 is missing.</source>
        <translation>Le regroupement d&apos;articles %1 est introuvable.</translation>
    </message>
    <message>
        <source>The search could not be read as an expression; it was treated as a literal phrase.</source>
        <translation>La recherche n&apos;a pas pu être lue comme une expression&#x202f;; elle a été traitée comme une expression littérale.</translation>
    </message>
    <message>
        <source>The removal was cancelled; nothing was removed.</source>
        <translation>Suppression annulée&#x202f;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>The disk is full (%1): nothing of this change was stored. Free some space and try again.</source>
        <translation>Le disque est plein (%1)&#x202f;: rien de cette modification n’a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The wire store could not be written to the disk (%1): nothing of this change was stored. The disk may be full or failing.</source>
        <translation>La base des dépêches n’a pas pu être écrite sur le disque (%1)&#x202f;: rien de cette modification n’a été enregistré. Le disque est peut-être plein ou défaillant.</translation>
    </message>
    <message>
        <source>The wire store is read-only (%1): nothing of this change was stored.</source>
        <translation>La base des dépêches est en lecture seule (%1)&#x202f;: rien de cette modification n’a été enregistré.</translation>
    </message>
    <message>
        <source>The wire store is busy in another program (%1): nothing of this change was stored; it is tried again on the next refresh.</source>
        <translation>La base des dépêches est occupée par un autre programme (%1)&#x202f;: rien de cette modification n’a été enregistré&#x202f;; nouvel essai à la prochaine actualisation.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ArticleDocument</name>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation>&amp;Chapô&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>S&amp;ignature&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Rubrique&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés&#x202f;:</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>&amp;Lieu&#x202f;:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Article editor</source>
        <translation>Éditeur d&apos;article</translation>
    </message>
    <message>
        <source>Dek: one or two sentences under the headline</source>
        <translation>Chapô&#x202f;: une ou deux phrases sous le titre</translation>
    </message>
    <message>
        <source>Place, e.g. GENEVA</source>
        <translation>Lieu, p.&#xa0;ex. GENÈVE</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Heure de publication</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non programmé</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lead image</source>
        <translation>Image principale</translation>
    </message>
    <message>
        <source>File in the profile or https:// address</source>
        <translation>Fichier du profil ou adresse https://</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Lead image caption</source>
        <translation>Légende de l&apos;image principale</translation>
    </message>
    <message>
        <source>Lead image credit</source>
        <translation>Crédit de l&apos;image principale</translation>
    </message>
    <message>
        <source>Lead image alt text</source>
        <translation>Texte alternatif de l&apos;image principale</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
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
        <translation>«&#x202f;»</translation>
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
        <translation>Image</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Re&amp;chercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Rechercher et rem&amp;placer…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Section, tags, dateline, language, publication time, slug and lead image</source>
        <translation>Rubrique, mots-clés, lieu, langue, heure de publication, slug et image principale</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Langu&amp;e&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Publish:</source>
        <translation>&amp;Publication&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Fuseau&#x202f;:</translation>
    </message>
    <message>
        <source>Sl&amp;ug:</source>
        <translation>Sl&amp;ug&#x202f;:</translation>
    </message>
    <message>
        <source>Lead i&amp;mage:</source>
        <translation>Image pri&amp;ncipale&#x202f;:</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Lé&amp;gende&#x202f;:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Cré&amp;dit&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Te&amp;xte alternatif&#x202f;:</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Changer de fuseau horaire</translation>
    </message>
    <message>
        <source>Lead Image</source>
        <translation>Image principale</translation>
    </message>
    <message>
        <source>Set lead image</source>
        <translation>Définir l&apos;image principale</translation>
    </message>
    <message>
        <source>Check &amp;Spelling While Typing</source>
        <translation>Vérifier l’&amp;orthographe pendant la saisie</translation>
    </message>
</context>
<context>
    <name>Wiredesk::AuthorizeCallbackServer</name>
    <message>
        <source>Not for Wiredesk</source>
        <translation>Pas pour Wiredesk</translation>
    </message>
    <message>
        <source>This address only answers the site Wiredesk sent you to.</source>
        <translation>Cette adresse ne répond qu&apos;au site vers lequel Wiredesk vous a envoyé.</translation>
    </message>
    <message>
        <source>Wiredesk was not connected</source>
        <translation>Wiredesk n&apos;a pas été connecté</translation>
    </message>
    <message>
        <source>You can close this tab and return to Wiredesk.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Wiredesk.</translation>
    </message>
    <message>
        <source>Wiredesk is connected</source>
        <translation>Wiredesk est connecté</translation>
    </message>
</context>
<context>
    <name>Wiredesk::BodyEditor</name>
    <message>
        <source>Article body</source>
        <translation>Corps de l&apos;article</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Strong</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>Strong emphasis</source>
        <translation>Mise en évidence forte (gras)</translation>
    </message>
    <message>
        <source>&amp;Emphasis</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Mise en évidence (italique)</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Add or change a link</source>
        <translation>Ajouter ou modifier un lien</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Subheading &amp;1</source>
        <translation>Intertitre &amp;1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Subheading &amp;2</source>
        <translation>Intertitre &amp;2</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>Minor subheading</source>
        <translation>Petit intertitre</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>&amp;Citation</translation>
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
        <translation>Citation</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
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
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>&amp;Bulleted List</source>
        <translation>Liste à p&amp;uces</translation>
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
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Horizontal &amp;Rule</source>
        <translation>Filet &amp;horizontal</translation>
    </message>
    <message>
        <source>Insert a horizontal rule</source>
        <translation>Insérer un filet horizontal</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>I&amp;mage…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>Insert an image with caption</source>
        <translation>Insérer une image avec légende</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (http, https or mailto); leave empty to remove the link:</source>
        <translation>Adresse (http, https ou mailto)&#x202f;; laisser vide pour supprimer le lien&#x202f;:</translation>
    </message>
    <message>
        <source>“%1” is not an http, https or mailto address.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse http, https ou mailto.</translation>
    </message>
    <message>
        <source>Remote image
%1</source>
        <translation>Image distante
%1</translation>
    </message>
    <message>
        <source>Image not found
%1</source>
        <translation>Image introuvable
%1</translation>
    </message>
</context>
<context>
    <name>Wiredesk::CiteSourceDialog</name>
    <message>
        <source>Cite Source</source>
        <translation>Citer une source</translation>
    </message>
    <message>
        <source>Cite for: “%1”</source>
        <translation>Citer pour&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Sources of the article</source>
        <translation>Sources de l&apos;article</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New sources</source>
        <translation>Nouvelles sources</translation>
    </message>
    <message>
        <source>Or paste a new URL (or several, one per line)</source>
        <translation>Ou collez une nouvelle URL (ou plusieurs, une par ligne)</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Citer</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Resolve Conflict with the Site</source>
        <translation>Résoudre le conflit avec le site</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed this post on the site while you edited it here. Both versions are kept as revisions. %n place(s) changed on both sides; choose what the post says there.</source>
        <translation>
            <numerusform>Quelqu&apos;un a modifié cet article sur le site pendant que vous le modifiiez ici. Les deux versions sont conservées dans l&apos;historique. %n passage a été modifié des deux côtés&#x202f;; choisissez ce que l&apos;article y dira.</numerusform>
            <numerusform>Quelqu&apos;un a modifié cet article sur le site pendant que vous le modifiiez ici. Les deux versions sont conservées dans l&apos;historique. %n passages ont été modifiés des deux côtés&#x202f;; choisissez ce que l&apos;article y dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s) from the site were merged by themselves.</source>
        <translation>
            <numerusform>%n autre modification du site a été fusionnée automatiquement.</numerusform>
            <numerusform>%n autres modifications du site ont été fusionnées automatiquement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph “%1”</source>
        <translation>Paragraphe «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>As last pushed</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs (on the site)</source>
        <translation>Version du site</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Version du site</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendre celle du &amp;site</translation>
    </message>
    <message>
        <source>Merged (edit freely):</source>
        <translation>Fusion (modifiable librement)&#x202f;:</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <source>&amp;Apply and Push</source>
        <translation>&amp;Appliquer et envoyer</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
</context>
<context>
    <name>Wiredesk::CredentialStore</name>
    <message>
        <source>No password is stored for %1; sign in.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour %1&#x202f;; connectez-vous.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The password is not stored anywhere else; drafts stay queued until you sign in with a working keychain.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Le mot de passe n&apos;est enregistré nulle part ailleurs&#x202f;; les brouillons restent en attente jusqu&apos;à ce que vous vous connectiez avec un trousseau fonctionnel.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::DraftWorkspace</name>
    <message>
        <source>The drafts store is not open.</source>
        <translation>La base des brouillons n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::DraftsPane</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Search drafts by headline</source>
        <translation>Rechercher les brouillons par titre</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Rechercher dans les brouillons</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Show deleted drafts</source>
        <translation>Afficher les brouillons supprimés</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Drafts list</source>
        <translation>Liste des brouillons</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New draft (Ctrl+N)</source>
        <translation>Nouveau brouillon (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln word(s)</source>
        <translation>
            <numerusform>%1
%Ln mot</numerusform>
            <numerusform>%1
%Ln mots</numerusform>
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
        <translation>Statistiques de l&apos;article</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min de lecture</numerusform>
            <numerusform>%Ln min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Words and characters in headline, dek and body; reading time at about 230 words a minute</source>
        <translation>Mots et caractères du titre, du chapô et du corps&#x202f;; temps de lecture calculé à environ 230 mots par minute</translation>
    </message>
</context>
<context>
    <name>Wiredesk::EntityGuard</name>
    <message>
        <source>Ignored the document&apos;s DOCTYPE: it declares parameter entities.</source>
        <translation>La déclaration DOCTYPE du document a été ignorée&#x202f;: elle déclare des entités paramètres.</translation>
    </message>
    <message>
        <source>Refused to parse the feed: its DTD declares entities that refer to themselves or nest more than 64 levels deep.</source>
        <translation>Lecture du flux refusée&#x202f;: sa DTD déclare des entités qui renvoient à elles-mêmes ou s’imbriquent sur plus de 64 niveaux.</translation>
    </message>
    <message>
        <source>more than 10^18</source>
        <translation>plus de 10^18</translation>
    </message>
    <message>
        <source>Refused to parse the feed: the entities its DTD declares would expand to %1 characters (the limit is %2); this is how entity-expansion attacks (billion laughs, quadratic blow-up) work.</source>
        <translation>Lecture du flux refusée&#x202f;: les entités que déclare sa DTD s’étendraient à %1 caractères (la limite est de %2)&#x202f;; c’est ainsi que fonctionnent les attaques par expansion d’entités (billion laughs, explosion quadratique).</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n HTML entity reference(s) that XML does not define (such as &amp;nbsp;).</source>
        <translation>
            <numerusform>%n référence d’entité HTML que XML ne définit pas (comme &amp;nbsp;) a été remplacée.</numerusform>
            <numerusform>%n références d’entités HTML que XML ne définit pas (comme &amp;nbsp;) ont été remplacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n unknown entity reference(s) as literal text.</source>
        <translation>
            <numerusform>%n référence d’entité inconnue a été conservée telle quelle.</numerusform>
            <numerusform>%n références d’entités inconnues ont été conservées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escaped %n bare &apos;&amp;&apos; character(s).</source>
        <translation>
            <numerusform>%n caractère «&#x202f;&amp;&#x202f;» isolé a été échappé.</numerusform>
            <numerusform>%n caractères «&#x202f;&amp;&#x202f;» isolés ont été échappés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n character reference(s) to characters XML does not allow.</source>
        <translation>
            <numerusform>%n référence à un caractère interdit en XML a été supprimée.</numerusform>
            <numerusform>%n références à des caractères interdits en XML ont été supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n reference(s) to external entities as text; they are never loaded.</source>
        <translation>
            <numerusform>%n référence à des entités externes a été conservée comme texte&#x202f;; elles ne sont jamais chargées.</numerusform>
            <numerusform>%n références à des entités externes ont été conservées comme texte&#x202f;; elles ne sont jamais chargées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FeedDecoder</name>
    <message numerus="yes">
        <source>Removed %n character(s) of garbage before the document.</source>
        <translation>
            <numerusform>%n caractère parasite supprimé avant le document.</numerusform>
            <numerusform>%n caractères parasites supprimés avant le document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n control character(s) that XML does not allow.</source>
        <translation>
            <numerusform>%n caractère de contrôle interdit en XML supprimé.</numerusform>
            <numerusform>%n caractères de contrôle interdits en XML supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FeedParser</name>
    <message>
        <source>The response is gzip-compressed data, not a feed (the server sent compressed bytes without saying so).</source>
        <translation>La réponse contient des données compressées en gzip, pas un flux (le serveur a envoyé des octets compressés sans le signaler).</translation>
    </message>
    <message>
        <source>The response is a ZIP archive, not a feed.</source>
        <translation>La réponse est une archive ZIP, pas un flux.</translation>
    </message>
    <message>
        <source>The response is a PDF document, not a feed.</source>
        <translation>La réponse est un document PDF, pas un flux.</translation>
    </message>
    <message>
        <source>The response is an image, not a feed.</source>
        <translation>La réponse est une image, pas un flux.</translation>
    </message>
    <message>
        <source>The response is binary data, not a feed (it starts with the bytes %1).</source>
        <translation>La réponse contient des données binaires, pas un flux (elle commence par les octets %1).</translation>
    </message>
    <message>
        <source>This is a web page, not a feed.</source>
        <translation>Ceci est une page web, pas un flux.</translation>
    </message>
    <message>
        <source>This is a web page, not a feed (title: &quot;%1&quot;).</source>
        <translation>Ceci est une page web, pas un flux (titre&#x202f;: «&#x202f;%1&#x202f;»).</translation>
    </message>
    <message>
        <source>The page names a feed at %1; use that address instead.</source>
        <translation>La page indique un flux à l&apos;adresse %1&#x202f;; utilisez plutôt cette adresse.</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Le flux n&apos;est pas du XML bien formé&#x202f;: %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>Le document n&apos;a pas d&apos;élément racine.</translation>
    </message>
    <message>
        <source>This XML document is not a feed: its root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or &lt;feed&gt;.</source>
        <translation>Ce document XML n&apos;est pas un flux&#x202f;: son élément racine est &lt;%1&gt;, et non &lt;rss&gt;, &lt;rdf:RDF&gt; ou &lt;feed&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>The feed is truncated or broken at line %1, column %2 (%3); kept the %n item(s) before it.</source>
        <translation>
            <numerusform>Le flux est tronqué ou cassé à la ligne %1, colonne %2 (%3)&#x202f;; l&apos;élément qui précède (%n) a été conservé.</numerusform>
            <numerusform>Le flux est tronqué ou cassé à la ligne %1, colonne %2 (%3)&#x202f;; les %n éléments qui précèdent ont été conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed is not valid JSON: %1 at character %2.</source>
        <translation>Le flux n&apos;est pas du JSON valide&#x202f;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>This JSON document is neither a JSON Feed (no jsonfeed.org version) nor IPTC ninjs (no &quot;uri&quot;).</source>
        <translation>Ce document JSON n&apos;est ni un JSON Feed (pas de version jsonfeed.org) ni du IPTC ninjs (pas de «&#x202f;uri&#x202f;»).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n list entry(ies) without a ninjs &quot;uri&quot;.</source>
        <translation>
            <numerusform>%n entrée de liste sans «&#x202f;uri&#x202f;» ninjs ignorée.</numerusform>
            <numerusform>%n entrées de liste sans «&#x202f;uri&#x202f;» ninjs ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n duplicate item(s) repeated within the feed.</source>
        <translation>
            <numerusform>%n élément répété en double dans le flux écarté.</numerusform>
            <numerusform>%n éléments répétés en double dans le flux écartés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no guid; derived one from the link or a hash of title, date and text.</source>
        <translation>
            <numerusform>%n élément n&apos;avait pas de GUID&#x202f;; il a été déduit du lien ou d&apos;un hachage du titre, de la date et du texte.</numerusform>
            <numerusform>%n éléments n&apos;avaient pas de GUID&#x202f;; il a été déduit du lien ou d&apos;un hachage du titre, de la date et du texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items share the guid &quot;%1&quot;; derived a guid per item from its link or content.</source>
        <translation>
            <numerusform>%n élément partage le GUID «&#x202f;%1&#x202f;»&#x202f;; un GUID par élément a été déduit de son lien ou de son contenu.</numerusform>
            <numerusform>%n éléments partagent le GUID «&#x202f;%1&#x202f;»&#x202f;; un GUID par élément a été déduit de son lien ou de son contenu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no title; used the first words of the text.</source>
        <translation>
            <numerusform>%n élément n&apos;avait pas de titre&#x202f;; les premiers mots du texte ont été utilisés.</numerusform>
            <numerusform>%n éléments n&apos;avaient pas de titre&#x202f;; les premiers mots du texte ont été utilisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no readable date; used the fetch time.</source>
        <translation>
            <numerusform>%n élément n&apos;avait pas de date lisible&#x202f;; l&apos;heure de récupération a été utilisée.</numerusform>
            <numerusform>%n éléments n&apos;avaient pas de date lisible&#x202f;; l&apos;heure de récupération a été utilisée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were dated more than 15 minutes in the future; used the fetch time.</source>
        <translation>
            <numerusform>%n élément était daté de plus de 15 minutes dans le futur&#x202f;; l&apos;heure de récupération a été utilisée.</numerusform>
            <numerusform>%n éléments étaient datés de plus de 15 minutes dans le futur&#x202f;; l&apos;heure de récupération a été utilisée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed is empty (0 bytes).</source>
        <translation>Le flux est vide (0 octet).</translation>
    </message>
    <message>
        <source>The feed contains only whitespace.</source>
        <translation>Le flux ne contient que des espaces.</translation>
    </message>
    <message>
        <source>This Telegram page shows no posts; a channel&apos;s posts are at https://t.me/s/NAME.</source>
        <translation>Cette page Telegram n&apos;affiche aucune publication&#x202f;; les publications d&apos;une chaîne se trouvent sur https://t.me/s/NOM.</translation>
    </message>
    <message>
        <source>This is not a feed: the content is neither XML, JSON nor HTML (it starts with &quot;%1&quot;).</source>
        <translation>Ceci n&apos;est pas un flux&#x202f;: le contenu n&apos;est ni du XML, ni du JSON, ni du HTML (il commence par «&#x202f;%1&#x202f;»).</translation>
    </message>
</context>
<context>
    <name>Wiredesk::FigureDialog</name>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>A file, or an https:// address</source>
        <translation>Un fichier ou une adresse https://</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>e.g. Photo: Agency name</source>
        <translation>p.&#xa0;ex. Photo&#x202f;: nom de l&apos;agence</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Ce que montre l&apos;image, pour les lecteurs qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende&#x202f;:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>&amp;Crédit&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Texte alternatif&#x202f;:</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.svg)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.svg)</translation>
    </message>
    <message>
        <source>“%1” is not an image file or an http(s) address.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est ni un fichier image ni une adresse http(s).</translation>
    </message>
    <message>
        <source>The image could not be copied into the profile.</source>
        <translation>L&apos;image n&apos;a pas pu être copiée dans le profil.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Remplacer tout</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement effectué</numerusform>
            <numerusform>%n remplacements effectués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FolderTarget</name>
    <message>
        <source>The draft has neither a slug nor an id.</source>
        <translation>Le brouillon n&apos;a ni slug ni identifiant.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Publishing to the folder failed: %1</source>
        <translation>La publication dans le dossier a échoué&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 is not in the folder.</source>
        <translation>%1 n&apos;est pas dans le dossier.</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>L&apos;image %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::GhostJwt</name>
    <message>
        <source>A Ghost Admin API key looks like &quot;id:secret&quot; in hexadecimal.</source>
        <translation>Une clé d&apos;API Admin Ghost se présente sous la forme «&#x202f;id:secret&#x202f;» en hexadécimal.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::HttpClient</name>
    <message>
        <source>Only http and https addresses can be fetched, not “%1”.</source>
        <translation>Seules les adresses http et https peuvent être récupérées, pas «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>Wiredesk::HttpReply</name>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation>Aucune donnée reçue depuis %1 s.</translation>
    </message>
    <message>
        <source>The request took longer than %1 s.</source>
        <translation>La requête a duré plus de %1 s.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB.</source>
        <translation>La réponse dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The response is larger than %1 KiB.</source>
        <translation>La réponse dépasse %1 Kio.</translation>
    </message>
    <message numerus="yes">
        <source>The response is larger than %n byte(s).</source>
        <translation>
            <numerusform>La réponse dépasse %n octet.</numerusform>
            <numerusform>La réponse dépasse %n octets.</numerusform>
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
        <translation>%1 (la réponse s&apos;est arrêtée après %2 octets sur %3)</translation>
    </message>
    <message>
        <source>Refused to follow the redirect from %1 to %2.</source>
        <translation>Redirection de %1 vers %2 refusée.</translation>
    </message>
    <message>
        <source>The redirect to %1 leads back to an address already visited.</source>
        <translation>La redirection vers %1 ramène à une adresse déjà visitée.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n redirect(s).</source>
        <translation>
            <numerusform>Plus de %n redirection.</numerusform>
            <numerusform>Plus de %n redirections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::HttpResult</name>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Le serveur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The response is too large.</source>
        <translation>La réponse est trop volumineuse.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>Le nom du serveur est introuvable.</translation>
    </message>
    <message>
        <source>The secure connection could not be established.</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>The server redirects in a loop.</source>
        <translation>Le serveur redirige en boucle.</translation>
    </message>
    <message>
        <source>The server redirects too many times.</source>
        <translation>Le serveur redirige trop de fois.</translation>
    </message>
    <message>
        <source>The server redirects to an address that is not allowed.</source>
        <translation>Le serveur redirige vers une adresse non autorisée.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Une erreur réseau s&apos;est produite.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Le serveur a répondu par une erreur.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::InboxController</name>
    <message>
        <source>&amp;Refresh Wires</source>
        <translation>&amp;Actualiser les dépêches</translation>
    </message>
    <message>
        <source>&amp;Cancel Refresh</source>
        <translation>A&amp;nnuler l&apos;actualisation</translation>
    </message>
    <message>
        <source>Wire &amp;Sources…</source>
        <translation>&amp;Sources des dépêches…</translation>
    </message>
    <message>
        <source>Wire refresh progress</source>
        <translation>Progression de l&apos;actualisation des dépêches</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wire refresh errors</source>
        <translation>Erreurs d&apos;actualisation des dépêches</translation>
    </message>
    <message>
        <source>The wire store %1 cannot be opened: %2</source>
        <translation>La base des dépêches %1 ne peut pas être ouverte&#x202f;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 sources, %n new</source>
        <translation>
            <numerusform>%1/%2 sources, %n nouvelle</numerusform>
            <numerusform>%1/%2 sources, %n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n source(s) failed</source>
        <translation>
            <numerusform>⚠ %n source en échec</numerusform>
            <numerusform>⚠ %n sources en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wire refresh cancelled; %n new item(s).</source>
        <translation>
            <numerusform>Actualisation annulée&#x202f;; %n nouvelle dépêche.</numerusform>
            <numerusform>Actualisation annulée&#x202f;; %n nouvelles dépêches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wires refreshed: %n new item(s).</source>
        <translation>
            <numerusform>Dépêches actualisées&#x202f;: %n nouvelle dépêche.</numerusform>
            <numerusform>Dépêches actualisées&#x202f;: %n nouvelles dépêches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wire alert</source>
        <translation>Alerte dépêches</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) match %1</source>
        <translation>
            <numerusform>%n nouvelle dépêche correspond à %1</numerusform>
            <numerusform>%n nouvelles dépêches correspondent à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::InboxPane</name>
    <message>
        <source>Search wires</source>
        <translation>Rechercher dans les dépêches</translation>
    </message>
    <message>
        <source>Wire items</source>
        <translation>Dépêches</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>État des dépêches</translation>
    </message>
    <message>
        <source>Search wires (words, &quot;phrases&quot;, prefix*, source:, label:, since:2h)</source>
        <translation>Rechercher (mots, &quot;expressions&quot;, préfixe*, source:, label:, since:2h)</translation>
    </message>
    <message>
        <source>Number of matching items</source>
        <translation>Nombre de dépêches correspondantes</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Remarques sur la recherche</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Save the current search in this list</source>
        <translation>Enregistrer la recherche actuelle dans cette liste</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>⚑</source>
        <translation>⚑</translation>
    </message>
    <message>
        <source>Alert: highlight new items matching the selected search and notify</source>
        <translation>Alerte&#x202f;: mettre en évidence les nouvelles dépêches correspondant à la recherche sélectionnée et prévenir</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected saved search</source>
        <translation>Supprimer la recherche enregistrée sélectionnée</translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>New Draft from Item</source>
        <translation>Nouveau brouillon à partir de la dépêche</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Cite in Current Draft</source>
        <translation>Citer dans le brouillon actuel</translation>
    </message>
    <message>
        <source>Open Side by Side</source>
        <translation>Ouvrir côte à côte</translation>
    </message>
    <message>
        <source>Ticker Mode</source>
        <translation>Mode téléscripteur</translation>
    </message>
    <message>
        <source>Follow the newest items as they arrive</source>
        <translation>Suivre les dernières dépêches à leur arrivée</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Select two or more items (for example the wires of a story) to compare them.</source>
        <translation>Sélectionnez deux dépêches ou plus (par exemple celles d&apos;un groupe de dépêches) pour les comparer.</translation>
    </message>
    <message numerus="yes">
        <source>Side by Side — %n item(s)</source>
        <translation>
            <numerusform>Côte à côte — %n dépêche</numerusform>
            <numerusform>Côte à côte — %n dépêches</numerusform>
        </translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer l&apos;étoile</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Marquer d&apos;une étoile</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lue</translation>
    </message>
</context>
<context>
    <name>Wiredesk::LinkChecker</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
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
        <translation>Fenêtre principale de Wiredesk</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Imprimé dans %1</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Imprimer en PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Wire Inbox</source>
        <translation>Dépêches</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export HTML…</source>
        <translation>&amp;Exporter en HTML…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Imprimer en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <translation>Aperçu en largeur &amp;téléphone</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Wire</source>
        <translation>&amp;Dépêches</translation>
    </message>
    <message>
        <source>&amp;Search Wires</source>
        <translation>&amp;Rechercher dans les dépêches</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>Go to &amp;Headline</source>
        <translation>Aller au &amp;titre</translation>
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
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Wiredesk</source>
        <translation>À &amp;propos de Wiredesk</translation>
    </message>
    <message>
        <source>About Wiredesk</source>
        <translation>À propos de Wiredesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wiredesk %1&lt;/h3&gt;&lt;p&gt;An editorial workstation: news wires in, verified articles out.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wiredesk %1&lt;/h3&gt;&lt;p&gt;Un poste de travail éditorial&#x202f;: les dépêches entrent, les articles vérifiés sortent.&lt;/p&gt;&lt;p&gt;Profil&#x202f;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#x202f;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The draft %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir le brouillon %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>The page was not exported.

%1</source>
        <translation>La page n&apos;a pas été exportée.

%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — Wiredesk</source>
        <translation>%1 — Wiredesk</translation>
    </message>
    <message>
        <source>Large paste cleaned and inserted in %1 s</source>
        <translation>Long texte collé nettoyé et inséré en %1 s</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Revisions…</source>
        <translation>&amp;Versions…</translation>
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
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>The drafts store cannot be opened: %1</source>
        <translation>La base des brouillons ne peut pas être ouverte&#x202f;: %1</translation>
    </message>
    <message>
        <source>Restored unsaved changes to “%1” from %2: Wiredesk was not closed normally.</source>
        <translation>Modifications non enregistrées de «&#x202f;%1&#x202f;» restaurées (état du %2)&#x202f;: Wiredesk n&apos;a pas été fermé normalement.</translation>
    </message>
    <message>
        <source>untitled draft</source>
        <translation>brouillon sans titre</translation>
    </message>
    <message>
        <source>The autosave journal could not be read: %1</source>
        <translation>Le journal de sauvegarde automatique n&apos;a pas pu être lu&#x202f;: %1</translation>
    </message>
    <message>
        <source>The draft cannot be opened: %1</source>
        <translation>Le brouillon ne peut pas être ouvert&#x202f;: %1</translation>
    </message>
    <message>
        <source>The new draft is not saved yet: %1</source>
        <translation>Le nouveau brouillon n&apos;est pas encore enregistré&#x202f;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept in the autosave journal.</source>
        <translation>Non enregistré&#x202f;: %1 Vos modifications sont conservées dans le journal de sauvegarde automatique.</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>&amp;Importer un article…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export Article &amp;JSON…</source>
        <translation>Exporter l&apos;article en &amp;JSON…</translation>
    </message>
    <message>
        <source>Publish to &amp;Folder…</source>
        <translation>Publier dans un &amp;dossier…</translation>
    </message>
    <message>
        <source>Publish to Folder</source>
        <translation>Publier dans un dossier</translation>
    </message>
    <message>
        <source>Publish the page, the article and its provenance into a folder (a static site).</source>
        <translation>Publier la page, l&apos;article et sa provenance dans un dossier (un site statique).</translation>
    </message>
    <message>
        <source>New draft from “%1”, cited as its first source.</source>
        <translation>Nouveau brouillon à partir de «&#x202f;%1&#x202f;», cité comme première source.</translation>
    </message>
    <message>
        <source>Open a draft to cite wire items in it.</source>
        <translation>Ouvrez un brouillon pour y citer des dépêches.</translation>
    </message>
    <message numerus="yes">
        <source>Cited %n source(s) in the selected text.</source>
        <translation>
            <numerusform>%n source citée dans le texte sélectionné.</numerusform>
            <numerusform>%n sources citées dans le texte sélectionné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s) to the article; select text and cite again to mark the claim.</source>
        <translation>
            <numerusform>%n source ajoutée à l&apos;article&#x202f;; sélectionnez du texte et citez à nouveau pour marquer l&apos;affirmation.</numerusform>
            <numerusform>%n sources ajoutées à l&apos;article&#x202f;; sélectionnez du texte et citez à nouveau pour marquer l&apos;affirmation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>Publié dans %1</translation>
    </message>
    <message>
        <source>The draft was not published.

%1</source>
        <translation>Le brouillon n&apos;a pas été publié.

%1</translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.html *.htm *.json);;Markdown (*.md *.markdown);;Web pages (*.html *.htm);;Wiredesk articles (*.json)</source>
        <translation>Articles (*.md *.markdown *.html *.htm *.json);;Markdown (*.md *.markdown);;Pages web (*.html *.htm);;Articles Wiredesk (*.json)</translation>
    </message>
    <message>
        <source>%1 was not imported.

%2</source>
        <translation>%1 n&apos;a pas été importé.

%2</translation>
    </message>
    <message>
        <source>Imported %1 as a new draft.</source>
        <translation>%1 importé comme nouveau brouillon.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Export Article JSON</source>
        <translation>Exporter l&apos;article en JSON</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Wiredesk articles (*.json)</source>
        <translation>Articles Wiredesk (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The sync outbox cannot be opened: %1</source>
        <translation>La boîte d&apos;envoi ne peut pas être ouverte&#x202f;: %1</translation>
    </message>
    <message>
        <source>Cite wire items</source>
        <translation>Citer des dépêches</translation>
    </message>
</context>
<context>
    <name>Wiredesk::MoveNotesCommand</name>
    <message>
        <source>Move notes</source>
        <translation>Déplacer les notes</translation>
    </message>
</context>
<context>
    <name>Wiredesk::NoteAuthor</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Wiredesk::NotesThreadView</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Add a note: what you checked, how, and what you found</source>
        <translation>Ajouter une note&#x202f;: ce que vous avez vérifié, comment, et ce que vous avez trouvé</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement d&apos;état</translation>
    </message>
    <message>
        <source>No status change</source>
        <translation>Aucun changement d&apos;état</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>Passer à l&apos;état %1</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Choose a source or a cited passage to see its notes.</source>
        <translation>Choisissez une source ou un passage cité pour voir ses notes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes on the source&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes sur la source&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes on the claim&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes sur l&apos;affirmation&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>État&#x202f;: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Wiredesk::OutboxPane</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Outbox queue</source>
        <translation>File de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>Send this draft now instead of waiting for the next attempt</source>
        <translation>Envoyer ce brouillon maintenant au lieu d&apos;attendre la prochaine tentative</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take the waiting push out of the outbox; the draft stays as it is</source>
        <translation>Retirer l&apos;envoi en attente de la boîte d&apos;envoi&#x202f;; le brouillon reste tel quel</translation>
    </message>
    <message>
        <source>&amp;Recreate</source>
        <translation>&amp;Recréer</translation>
    </message>
    <message>
        <source>The post was deleted on the site: create it again</source>
        <translation>L&apos;article a été supprimé sur le site&#x202f;: le recréer</translation>
    </message>
    <message>
        <source>De&amp;tach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>The post was deleted on the site: keep the draft here only</source>
        <translation>L&apos;article a été supprimé sur le site&#x202f;: ne garder le brouillon qu&apos;ici</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Ré&amp;soudre…</translation>
    </message>
    <message>
        <source>Compare your version with the site&apos;s and decide</source>
        <translation>Comparer votre version avec celle du site et décider</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>This draft cannot be sent again now.</source>
        <translation>Ce brouillon ne peut pas être renvoyé maintenant.</translation>
    </message>
    <message>
        <source>A draft that is being sent cannot be cancelled.</source>
        <translation>Un brouillon en cours d&apos;envoi ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>The post could not be recreated.</source>
        <translation>L&apos;article n&apos;a pas pu être recréé.</translation>
    </message>
    <message>
        <source>The draft could not be detached.</source>
        <translation>Le brouillon n&apos;a pas pu être détaché.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::OutboxQueue</name>
    <message>
        <source>A push was interrupted; the post is looked up by draft id before anything is created.</source>
        <translation>Un envoi a été interrompu&#x202f;; l&apos;article est recherché par identifiant de brouillon avant toute création.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::PostTimeDecoder</name>
    <message>
        <source>Status id %1 is from before November 2010, when X (Twitter) numbered posts sequentially: the id says nothing about the time.</source>
        <translation>L&apos;identifiant de statut %1 date d&apos;avant novembre 2010, quand X (Twitter) numérotait les publications à la suite&#x202f;: l&apos;identifiant n&apos;indique rien sur l&apos;heure.</translation>
    </message>
    <message>
        <source>Post id %1 is a sequential id from a Mastodon server before version 2.0: the id says nothing about the time.</source>
        <translation>L&apos;identifiant de publication %1 est un identifiant séquentiel d&apos;un serveur Mastodon antérieur à la version 2.0&#x202f;: l&apos;identifiant n&apos;indique rien sur l&apos;heure.</translation>
    </message>
    <message>
        <source>The id %1 decodes to %2, before the platform used such ids (%3): it cannot be a genuine post id.</source>
        <translation>L&apos;identifiant %1 correspond au %2, avant que la plateforme n&apos;utilise de tels identifiants (%3)&#x202f;: ce ne peut pas être un véritable identifiant de publication.</translation>
    </message>
    <message>
        <source>The id %1 decodes to %2, which is in the future: it cannot be a genuine post id.</source>
        <translation>L&apos;identifiant %1 correspond au %2, qui est dans le futur&#x202f;: ce ne peut pas être un véritable identifiant de publication.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::PreviewPane</name>
    <message>
        <source>Article preview</source>
        <translation>Aperçu de l&apos;article</translation>
    </message>
    <message>
        <source>Rendered article</source>
        <translation>Article rendu</translation>
    </message>
    <message>
        <source>Preview toolbar</source>
        <translation>Barre d&apos;outils de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preview at desktop width</source>
        <translation>Aperçu en largeur ordinateur</translation>
    </message>
    <message>
        <source>Preview at phone width (%1 px)</source>
        <translation>Aperçu en largeur téléphone (%1 px)</translation>
    </message>
    <message>
        <source>Remote images</source>
        <translation>Images distantes</translation>
    </message>
    <message>
        <source>Load images from other sites for this article. Off by default: remote images can track readers.</source>
        <translation>Charger les images d&apos;autres sites pour cet article. Désactivé par défaut&#x202f;: les images distantes peuvent pister les lecteurs.</translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être rendu.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenanceChecker</name>
    <message>
        <source>“%1” is from %2, which the desk labelled “%3”.</source>
        <translation>«&#x202f;%1&#x202f;» provient de %2, que la rédaction a classé comme «&#x202f;%3&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is the same page as source %2; merge them.</source>
        <translation>«&#x202f;%1&#x202f;» est la même page que la source %2&#x202f;; fusionnez-les.</translation>
    </message>
    <message>
        <source>The link to “%1” now leads to another site: %2.</source>
        <translation>Le lien vers «&#x202f;%1&#x202f;» mène désormais à un autre site&#x202f;: %2.</translation>
    </message>
    <message>
        <source>The link to “%1” is dead (HTTP %2).</source>
        <translation>Le lien vers «&#x202f;%1&#x202f;» est mort (HTTP %2).</translation>
    </message>
    <message>
        <source>The link to “%1” could not be reached: %2</source>
        <translation>Le lien vers «&#x202f;%1&#x202f;» est injoignable&#x202f;: %2</translation>
    </message>
    <message>
        <source>The id in the link to “%1” cannot be genuine: %2</source>
        <translation>L&apos;identifiant du lien vers «&#x202f;%1&#x202f;» ne peut pas être authentique&#x202f;: %2</translation>
    </message>
    <message>
        <source>“%1” is dated %2, but the id in its link says it was posted at %3.</source>
        <translation>«&#x202f;%1&#x202f;» est daté du %2, mais l&apos;identifiant de son lien indique une publication le %3.</translation>
    </message>
    <message>
        <source>“%1” is dated %2, which is in the future.</source>
        <translation>«&#x202f;%1&#x202f;» est daté du %2, qui est dans le futur.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was posted %2, more than %n day(s) after the article&apos;s time.</source>
        <translation>
            <numerusform>«&#x202f;%1&#x202f;» a été publié %2, plus de %n jour après l&apos;heure de l&apos;article.</numerusform>
            <numerusform>«&#x202f;%1&#x202f;» a été publié %2, plus de %n jours après l&apos;heure de l&apos;article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was posted %2, more than %n day(s) before the article&apos;s time: is it still current?</source>
        <translation>
            <numerusform>«&#x202f;%1&#x202f;» a été publié %2, plus de %n jour avant l&apos;heure de l&apos;article&#x202f;: est-ce encore d&apos;actualité&#x202f;?</numerusform>
            <numerusform>«&#x202f;%1&#x202f;» a été publié %2, plus de %n jours avant l&apos;heure de l&apos;article&#x202f;: est-ce encore d&apos;actualité&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not cited anywhere in the text.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est cité nulle part dans le texte.</translation>
    </message>
    <message>
        <source>“%1” cites source %2, which is no longer in the article.</source>
        <translation>«&#x202f;%1&#x202f;» cite la source %2, qui ne figure plus dans l&apos;article.</translation>
    </message>
    <message>
        <source>“%1” rests only on a tertiary source; cite the primary or secondary source behind it.</source>
        <translation>«&#x202f;%1&#x202f;» ne repose que sur une source tertiaire&#x202f;; citez la source primaire ou secondaire sous-jacente.</translation>
    </message>
    <message>
        <source>“%1” has quotes or figures but cites no source.</source>
        <translation>«&#x202f;%1&#x202f;» contient des citations ou des chiffres mais ne cite aucune source.</translation>
    </message>
    <message>
        <source>The image %1 has no credit.</source>
        <translation>L&apos;image %1 n&apos;a pas de crédit.</translation>
    </message>
    <message>
        <source>The image %1 has no alt text for readers who cannot see it.</source>
        <translation>L&apos;image %1 n&apos;a pas de texte alternatif pour les lecteurs qui ne peuvent pas la voir.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenanceController</name>
    <message>
        <source>&amp;Cite Source…</source>
        <translation>&amp;Citer une source…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Link the selected text to one or more sources</source>
        <translation>Relier le texte sélectionné à une ou plusieurs sources</translation>
    </message>
    <message>
        <source>Check &amp;Links</source>
        <translation>Vérifier les &amp;liens</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Fetch every source and keep what it answered, with a snapshot</source>
        <translation>Récupérer chaque source et conserver sa réponse, avec une capture</translation>
    </message>
    <message>
        <source>Cancel Link Check</source>
        <translation>Annuler la vérification des liens</translation>
    </message>
    <message>
        <source>Check &amp;Before Submitting…</source>
        <translation>Vérifier &amp;avant l&apos;envoi…</translation>
    </message>
    <message>
        <source>Export &amp;Provenance…</source>
        <translation>Exporter la &amp;provenance…</translation>
    </message>
    <message>
        <source>The provenance store cannot be opened: %1</source>
        <translation>La base de provenance ne peut pas être ouverte&#x202f;: %1</translation>
    </message>
    <message>
        <source>Checking links: %1 of %2</source>
        <translation>Vérification des liens&#x202f;: %1 sur %2</translation>
    </message>
    <message>
        <source>A link check could not be recorded: %1</source>
        <translation>Une vérification de lien n&apos;a pas pu être enregistrée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Link check cancelled.</source>
        <translation>Vérification des liens annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n link(s).</source>
        <translation>
            <numerusform>%n lien vérifié.</numerusform>
            <numerusform>%n liens vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n avec des problèmes.</numerusform>
            <numerusform>%n avec des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note &amp;Author…</source>
        <translation>Auteur des &amp;notes…</translation>
    </message>
    <message>
        <source>Note Author</source>
        <translation>Auteur des notes</translation>
    </message>
    <message>
        <source>Name written on your notes and on reasons for sending anyway:</source>
        <translation>Nom inscrit sur vos notes et sur les motifs d&apos;envoi malgré tout&#x202f;:</translation>
    </message>
    <message>
        <source>Select the text to cite first.</source>
        <translation>Sélectionnez d&apos;abord le texte à citer.</translation>
    </message>
    <message>
        <source>Nothing to cite: no source chosen and no http(s) address pasted.</source>
        <translation>Rien à citer&#x202f;: aucune source choisie et aucune adresse http(s) collée.</translation>
    </message>
    <message>
        <source>Cite source</source>
        <translation>Citer une source</translation>
    </message>
    <message numerus="yes">
        <source>Cited %n source(s).</source>
        <translation>
            <numerusform>%n source citée.</numerusform>
            <numerusform>%n sources citées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No http(s) address found in the pasted text.</source>
        <translation>Aucune adresse http(s) trouvée dans le texte collé.</translation>
    </message>
    <message>
        <source>Add sources</source>
        <translation>Ajouter des sources</translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s).</source>
        <translation>
            <numerusform>%n source ajoutée.</numerusform>
            <numerusform>%n sources ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the article.</source>
        <translation>
            <numerusform>%n déjà dans l&apos;article.</numerusform>
            <numerusform>%n déjà dans l&apos;article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status set in the source&apos;s details.</source>
        <translation>État défini dans les détails de la source.</translation>
    </message>
    <message>
        <source>Source %1 updated.</source>
        <translation>Source %1 mise à jour.</translation>
    </message>
    <message>
        <source>It has notes (they stay in the profile and come back with the source).</source>
        <translation>Elle a des notes (elles restent dans le profil et reviennent avec la source).</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of the text cite it and will point at a removed source.</source>
        <translation>
            <numerusform>%n passage du texte la cite et pointera vers une source supprimée.</numerusform>
            <numerusform>%n passages du texte la citent et pointeront vers une source supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Delete the source “%1”?</source>
        <translation>Supprimer la source «&#x202f;%1&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>Édition → Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Source deleted. Ctrl+Z brings it back.</source>
        <translation>Source supprimée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Merge duplicate sources</source>
        <translation>Fusionner les sources en double</translation>
    </message>
    <message>
        <source>The notes of %1 could not be moved: %2</source>
        <translation>Les notes de %1 n&apos;ont pas pu être déplacées&#x202f;: %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>Source %1 fusionnée dans %2.</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>La note n&apos;a pas été enregistrée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>No source has an http(s) address to check.</source>
        <translation>Aucune source n&apos;a d&apos;adresse http(s) à vérifier.</translation>
    </message>
    <message>
        <source>Sending anyway is recorded with the reason: %1</source>
        <translation>L&apos;envoi malgré tout est enregistré avec le motif&#x202f;: %1</translation>
    </message>
    <message>
        <source>The article has blocking problems: fix them before submitting.</source>
        <translation>L&apos;article a des problèmes bloquants&#x202f;: corrigez-les avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>No draft is open.</source>
        <translation>Aucun brouillon n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Export Provenance</source>
        <translation>Exporter la provenance</translation>
    </message>
    <message>
        <source>Provenance files (*.provenance.json *.json)</source>
        <translation>Fichiers de provenance (*.provenance.json *.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Provenance exported to %1</source>
        <translation>Provenance exportée vers %1</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenancePane</name>
    <message>
        <source>Sources of the article</source>
        <translation>Sources de l&apos;article</translation>
    </message>
    <message>
        <source>Verification summary</source>
        <translation>Résumé de la vérification</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérifications&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n vérifiée</numerusform>
            <numerusform>%n vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking problem(s)</source>
        <translation>
            <numerusform>%n problème bloquant</numerusform>
            <numerusform>%n problèmes bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources toolbar</source>
        <translation>Barre d&apos;outils des sources</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add sources: paste one URL, a list of URLs or a copied “Sources” section</source>
        <translation>Ajouter des sources&#x202f;: collez une URL, une liste d&apos;URL ou une section «&#x202f;Sources&#x202f;» copiée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Add a source by hand and fill in its details</source>
        <translation>Ajouter une source à la main et remplir ses détails</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen source (Ctrl+Z brings it back)</source>
        <translation>Supprimer la source choisie (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge this duplicate into the earlier source with the same address</source>
        <translation>Fusionner ce doublon dans la source antérieure de même adresse</translation>
    </message>
    <message>
        <source>Check Links</source>
        <translation>Vérifier les liens</translation>
    </message>
    <message>
        <source>Fetch every source and keep what it answered, with a snapshot</source>
        <translation>Récupérer chaque source et conserver sa réponse, avec une capture</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop checking links</source>
        <translation>Arrêter la vérification des liens</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Progression de la vérification des liens</translation>
    </message>
    <message>
        <source>Link check history</source>
        <translation>Historique des vérifications de liens</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL finale</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Link Checks</source>
        <translation>Vérifications de liens</translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s)</source>
        <translation>
            <numerusform>après %n redirection</numerusform>
            <numerusform>après %n redirections</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 ms, %3</source>
        <translation>%1, %2 ms, %3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot SHA-256 %1 (%n byte(s))</source>
        <translation>
            <numerusform>Capture SHA-256 %1 (%n octet)</numerusform>
            <numerusform>Capture SHA-256 %1 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking links: %1 of %2</source>
        <translation>Vérification des liens&#x202f;: %1 sur %2</translation>
    </message>
    <message>
        <source>Add Sources</source>
        <translation>Ajouter des sources</translation>
    </message>
    <message>
        <source>Paste one URL, a list of URLs (one per line) or the “Sources” section of an article:</source>
        <translation>Collez une URL, une liste d&apos;URL (une par ligne) ou la section «&#x202f;Sources&#x202f;» d&apos;un article&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenanceStore</name>
    <message>
        <source>Cannot record the link check: %1</source>
        <translation>Impossible d&apos;enregistrer la vérification du lien&#x202f;: %1</translation>
    </message>
    <message>
        <source>Cannot store the note: %1</source>
        <translation>Impossible d&apos;enregistrer la note&#x202f;: %1</translation>
    </message>
    <message>
        <source>Sending anyway needs a reason.</source>
        <translation>L&apos;envoi malgré tout exige un motif.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::RemoteDraftsDialog</name>
    <message>
        <source>Remote Drafts on %1</source>
        <translation>Brouillons sur %1</translation>
    </message>
    <message>
        <source>Only changed &amp;after:</source>
        <translation>Modifiés &amp;depuis le&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Remote drafts</source>
        <translation>Brouillons distants</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Open as Draft</source>
        <translation>&amp;Ouvrir comme brouillon</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The drafts could not be listed: %1</source>
        <translation>Les brouillons n&apos;ont pas pu être listés&#x202f;: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Not written in Wiredesk</source>
        <translation>Non rédigé dans Wiredesk</translation>
    </message>
    <message>
        <source>Published from a Wiredesk draft</source>
        <translation>Publié depuis un brouillon Wiredesk</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Aucun brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 (%n draft(s))</source>
        <translation>
            <numerusform>Page %1 sur %2 (%n brouillon)</numerusform>
            <numerusform>Page %1 sur %2 (%n brouillons)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Select one revision to compare it with the current text, or two to compare them.</source>
        <translation>Sélectionnez une version pour la comparer au texte actuel, ou deux pour les comparer entre elles.</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No differences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune différence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SignInDialog</name>
    <message>
        <source>Unencrypted Connection</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine. Your user name and Application Password would travel unencrypted and could be read on the way.

Use https if the site offers it. Send them anyway?</source>
        <translation>%1 est en http non chiffré vers une autre machine. Votre nom d&apos;utilisateur et votre mot de passe d&apos;application circuleraient en clair et pourraient être lus en chemin.

Utilisez https si le site le propose. Les envoyer malgré tout&#x202f;?</translation>
    </message>
    <message>
        <source>Enter the site&apos;s address, for example https://news.example.org.</source>
        <translation>Saisissez l&apos;adresse du site, par exemple https://news.example.org.</translation>
    </message>
    <message>
        <source>Enter your user name and an Application Password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Not signed in: nothing was sent.</source>
        <translation>Non connecté&#x202f;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s address first, for example https://news.example.org.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du site, par exemple https://news.example.org.</translation>
    </message>
    <message>
        <source>Wiredesk cannot wait for the browser: %1</source>
        <translation>Wiredesk ne peut pas attendre le navigateur&#x202f;: %1</translation>
    </message>
    <message>
        <source>The site has Application Passwords turned off, so Wiredesk cannot sign in. Ask its administrator to allow them.</source>
        <translation>Le site a désactivé les mots de passe d&apos;application&#x202f;: Wiredesk ne peut donc pas se connecter. Demandez à son administrateur de les autoriser.</translation>
    </message>
    <message>
        <source>The connection was not approved in the browser. Nothing was stored.</source>
        <translation>La connexion n&apos;a pas été approuvée dans le navigateur. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Wiredesk</source>
        <translation>Wiredesk</translation>
    </message>
    <message>
        <source>Approve Wiredesk in your browser; this window continues by itself.

If the site answers that “the URL must be served over a secure connection”, it does not hand passwords to desktop apps: create an Application Password in your WordPress profile and enter it here instead.</source>
        <translation>Approuvez Wiredesk dans votre navigateur&#x202f;; cette fenêtre poursuit ensuite d&apos;elle-même.

Si le site répond que «&#x202f;l&apos;URL doit être servie via une connexion sécurisée&#x202f;», il ne remet pas de mots de passe aux applications de bureau&#x202f;: créez un mot de passe d&apos;application dans votre profil WordPress et saisissez-le plutôt ici.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself:
%1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez vous-même cette adresse&#x202f;:
%1</translation>
    </message>
    <message>
        <source>Checking the credentials with %1…</source>
        <translation>Vérification des identifiants auprès de %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The site refused the user name or the Application Password (%1).</source>
        <translation>Le site a refusé le nom d&apos;utilisateur ou le mot de passe d&apos;application (%1).</translation>
    </message>
    <message>
        <source>No WordPress REST API answers at %1.</source>
        <translation>Aucune API REST WordPress ne répond à %1.</translation>
    </message>
    <message>
        <source>The site could not be reached: %1</source>
        <translation>Le site est injoignable&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 did not answer like a WordPress site.</source>
        <translation>%1 n&apos;a pas répondu comme un site WordPress.</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SnapshotStore</name>
    <message>
        <source>Cannot create the snapshot folder %1.</source>
        <translation>Impossible de créer le dossier de captures %1.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation>Impossible d&apos;écrire la capture %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Cannot write the snapshot record %1: %2</source>
        <translation>Impossible d&apos;écrire la fiche de capture %1&#x202f;: %2</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher or account</source>
        <translation>Éditeur ou compte</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>État de vérification</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#x202f;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#x202f;:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Éditeur&#x202f;:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#x202f;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#x202f;:</translation>
    </message>
    <message>
        <source>Posted (UTC):</source>
        <translation>Publication (UTC)&#x202f;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#x202f;:</translation>
    </message>
    <message>
        <source>Canonical: %1</source>
        <translation>URL canonique&#x202f;: %1</translation>
    </message>
    <message>
        <source>The URL&apos;s id says it was posted %1 UTC.</source>
        <translation>L&apos;identifiant de l&apos;URL indique une publication le %1 UTC.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SourceListModel</name>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Partiellement vérifiée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fausse</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Agence</translation>
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
        <translation>Wikipédia</translation>
    </message>
    <message>
        <source>Official site</source>
        <translation>Site officiel</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation>Tertiaire</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>%1 (moved)</source>
        <translation>%1 (déplacé)</translation>
    </message>
    <message>
        <source>%1 dead</source>
        <translation>%1 mort</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>Erreur %1</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Bad redirect</source>
        <translation>Redirection invalide</translation>
    </message>
    <message>
        <source>%1 (duplicate of %2)</source>
        <translation>%1 (doublon de %2)</translation>
    </message>
    <message>
        <source>Same canonical URL as %1: merge them.</source>
        <translation>Même URL canonique que %1&#x202f;: fusionnez-les.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SourceView</name>
    <message>
        <source>Article source</source>
        <translation>Source de l&apos;article</translation>
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
        <translation>Format de la source</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>&amp;Show as:</source>
        <translation>&amp;Afficher en&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SourcesDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Feed (RSS, Atom, JSON Feed)</source>
        <translation>Flux (RSS, Atom, JSON Feed)</translation>
    </message>
    <message>
        <source>IPTC ninjs endpoint</source>
        <translation>Point d&apos;accès IPTC ninjs</translation>
    </message>
    <message>
        <source>Telegram channel page (t.me/s/…)</source>
        <translation>Page de canal Telegram (t.me/s/…)</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <source>Drop Folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <source>Wire File</source>
        <translation>Fichier de dépêches</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>jamais relevée</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#x202f;: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative&#x202f;: %1</translation>
    </message>
    <message>
        <source>A source needs a name and a URL, folder or file.</source>
        <translation>Une source doit avoir un nom et une URL, un dossier ou un fichier.</translation>
    </message>
    <message>
        <source>The source could not be added: %1</source>
        <translation>La source n&apos;a pas pu être ajoutée&#x202f;: %1</translation>
    </message>
    <message>
        <source>The source could not be saved: %1</source>
        <translation>La source n&apos;a pas pu être enregistrée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Remove the source &quot;%1&quot; and all of its items from the inbox?</source>
        <translation>Supprimer la source «&#x202f;%1&#x202f;» et toutes ses dépêches de la liste des dépêches&#x202f;?</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer un fichier OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n source importée.</numerusform>
            <numerusform>%n sources importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exporter en OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Fichiers OPML (*.opml)</translation>
    </message>
    <message>
        <source>Wiredesk sources</source>
        <translation>Sources Wiredesk</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; and its items…</source>
        <translation>Suppression de «&#x202f;%1&#x202f;» et de ses dépêches…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Source removal progress</source>
        <translation>Progression de la suppression de la source</translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;%1&quot;: %2 of %Ln item(s)…</source>
        <translation>
            <numerusform>Suppression de «&#x202f;%1&#x202f;»&#x202f;: %2 sur %Ln dépêche…</numerusform>
            <numerusform>Suppression de «&#x202f;%1&#x202f;»&#x202f;: %2 sur %Ln dépêches…</numerusform>
        </translation>
    </message>
    <message>
        <source>The source could not be removed: %1</source>
        <translation>La source n’a pas pu être supprimée&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SpellingStatus</name>
    <message>
        <source>Spelling dictionary</source>
        <translation>Dictionnaire orthographique</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Orthographe&#x202f;: %1</translation>
    </message>
    <message>
        <source>Headline, dek and body are checked with the Hunspell dictionary %1.</source>
        <translation>Le titre, le chapeau et le texte sont vérifiés avec le dictionnaire Hunspell %1.</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1</source>
        <translation>Aucun dictionnaire orthographique pour %1</translation>
    </message>
    <message>
        <source>Words in this language are not checked. Install a Hunspell dictionary for it (on Debian and Ubuntu: the %1 package); Wiredesk looks in %2.</source>
        <translation>Les mots de cette langue ne sont pas vérifiés. Installez un dictionnaire Hunspell pour elle (sous Debian et Ubuntu&#x202f;: le paquet %1)&#x202f;; Wiredesk cherche dans %2.</translation>
    </message>
    <message>
        <source>Spelling: off</source>
        <translation>Orthographe&#x202f;: désactivée</translation>
    </message>
    <message>
        <source>Spelling is not checked while typing (Edit → Check Spelling While Typing).</source>
        <translation>L’orthographe n’est pas vérifiée pendant la saisie (Édition → Vérifier l’orthographe pendant la saisie).</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SubmitCheckDialog</name>
    <message>
        <source>Check Before Submitting</source>
        <translation>Vérifier avant l&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>Nothing blocks this article. %n warning(s) to consider:</source>
        <translation>
            <numerusform>Rien ne bloque cet article. %n avertissement à examiner&#x202f;:</numerusform>
            <numerusform>Rien ne bloque cet article. %n avertissements à examiner&#x202f;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) block sending this article.&lt;/b&gt; Fix them, or give a reason to send it anyway; the reason is recorded with the article.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problème empêche l&apos;envoi de cet article.&lt;/b&gt; Corrigez-le, ou donnez un motif pour l&apos;envoyer malgré tout&#x202f;; le motif est enregistré avec l&apos;article.</numerusform>
            <numerusform>&lt;b&gt;%n problèmes empêchent l&apos;envoi de cet article.&lt;/b&gt; Corrigez-les, ou donnez un motif pour l&apos;envoyer malgré tout&#x202f;; le motif est enregistré avec l&apos;article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Reason for sending anyway</source>
        <translation>Motif de l&apos;envoi malgré tout</translation>
    </message>
    <message>
        <source>Why is it right to send the article with these problems?</source>
        <translation>Pourquoi est-il justifié d&apos;envoyer l&apos;article malgré ces problèmes&#x202f;?</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Envoyer malgré tout</translation>
    </message>
    <message>
        <source>The reason could not be recorded, so the article is not sent.

%1</source>
        <translation>Le motif n&apos;a pas pu être enregistré&#x202f;: l&apos;article n&apos;est donc pas envoyé.

%1</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncActions</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in to a WordPress site to publish drafts to it</source>
        <translation>Se connecter à un site WordPress pour y publier des brouillons</translation>
    </message>
    <message>
        <source>&amp;Push Current Draft</source>
        <translation>&amp;Envoyer le brouillon actuel</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Send the open draft to the site through the outbox</source>
        <translation>Envoyer le brouillon ouvert au site par la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Pu&amp;ll Remote Drafts…</source>
        <translation>&amp;Récupérer les brouillons distants…</translation>
    </message>
    <message>
        <source>Show &amp;Outbox</source>
        <translation>Afficher la &amp;boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Not sent: %1 Use Sync → Sign In….</source>
        <translation>Non envoyé&#x202f;: %1 Utilisez Synchronisation → Se connecter….</translation>
    </message>
    <message>
        <source>Not sent: %1 See Sync → Show Outbox.</source>
        <translation>Non envoyé&#x202f;: %1 Voir Synchronisation → Afficher la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Another draft is in conflict with the site; resolve it from Sync → Show Outbox.</source>
        <translation>Un autre brouillon est en conflit avec le site&#x202f;; résolvez-le depuis Synchronisation → Afficher la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Signed in; drafts go to %1.</source>
        <translation>Connecté&#x202f;; les brouillons vont vers %1.</translation>
    </message>
    <message>
        <source>Sign in to a site first; the draft was not pushed.</source>
        <translation>Connectez-vous d&apos;abord à un site&#x202f;; le brouillon n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The draft was not pushed: it could not be saved (%1).</source>
        <translation>Le brouillon n&apos;a pas été envoyé&#x202f;: il n&apos;a pas pu être enregistré (%1).</translation>
    </message>
    <message>
        <source>Not pushed: %1</source>
        <translation>Non envoyé&#x202f;: %1</translation>
    </message>
    <message>
        <source>“%1” is queued for %2.</source>
        <translation>«&#x202f;%1&#x202f;» est en file d&apos;attente pour %2.</translation>
    </message>
    <message>
        <source>untitled draft</source>
        <translation>brouillon sans titre</translation>
    </message>
    <message>
        <source>Sign in to a site first.</source>
        <translation>Connectez-vous d&apos;abord à un site.</translation>
    </message>
    <message>
        <source>The post could not be opened: %1</source>
        <translation>L&apos;article n&apos;a pas pu être ouvert&#x202f;: %1</translation>
    </message>
    <message>
        <source>The draft was created but not linked to the post: %1</source>
        <translation>Le brouillon a été créé mais pas relié à l&apos;article&#x202f;: %1</translation>
    </message>
    <message>
        <source>Opened post %1 as a draft; pushing it updates that post.</source>
        <translation>Article %1 ouvert comme brouillon&#x202f;; l&apos;envoyer met à jour cet article.</translation>
    </message>
    <message>
        <source>The draft in conflict cannot be opened.</source>
        <translation>Le brouillon en conflit ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The draft was closed; open it and resolve the conflict again from the Outbox.</source>
        <translation>Le brouillon a été fermé&#x202f;; ouvrez-le et résolvez à nouveau le conflit depuis la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Before resolving the conflict with the site</source>
        <translation>Avant la résolution du conflit avec le site</translation>
    </message>
    <message>
        <source>Resolve Conflict with the Site</source>
        <translation>Résoudre le conflit avec le site</translation>
    </message>
    <message>
        <source>The resolution is in the editor but not saved: %1</source>
        <translation>La résolution est dans l&apos;éditeur mais n&apos;est pas enregistrée&#x202f;: %1</translation>
    </message>
    <message>
        <source>The conflict could not be resolved in the outbox.</source>
        <translation>Le conflit n&apos;a pas pu être résolu dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Conflict resolved; the draft is being pushed.</source>
        <translation>Conflit résolu&#x202f;; le brouillon est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Merge Changes from the Site</source>
        <translation>Fusionner les modifications du site</translation>
    </message>
    <message>
        <source>Changes made on the site were merged into this draft.</source>
        <translation>Les modifications faites sur le site ont été fusionnées dans ce brouillon.</translation>
    </message>
    <message>
        <source>Post %1 on %2</source>
        <translation>Article %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n waiting</source>
        <translation>
            <numerusform>Envoi… %n en attente</numerusform>
            <numerusform>Envoi… %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncController</name>
    <message>
        <source>The sync targets cannot be read.</source>
        <translation>Les cibles de synchronisation ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The target cannot be saved in the profile.</source>
        <translation>La cible ne peut pas être enregistrée dans le profil.</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine; sign in again to confirm sending the password.</source>
        <translation>%1 est en http non chiffré vers une autre machine&#x202f;; reconnectez-vous pour confirmer l&apos;envoi du mot de passe.</translation>
    </message>
    <message>
        <source>The site was removed.</source>
        <translation>Le site a été supprimé.</translation>
    </message>
    <message>
        <source>No site is set up; sign in first.</source>
        <translation>Aucun site n&apos;est configuré&#x202f;; connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The draft was not submitted.</source>
        <translation>Le brouillon n&apos;a pas été soumis.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>nouvelle tentative à %1</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#x202f;: %1</translation>
    </message>
    <message>
        <source>sent again at the user&apos;s request</source>
        <translation>renvoyé à la demande de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>the waiting push was cancelled</source>
        <translation>l&apos;envoi en attente a été annulé</translation>
    </message>
    <message>
        <source>the draft is no longer linked to the site</source>
        <translation>le brouillon n&apos;est plus relié au site</translation>
    </message>
    <message>
        <source>opened from post %1</source>
        <translation>ouvert à partir de l&apos;article %1</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncEngine</name>
    <message>
        <source>No target named %1.</source>
        <translation>Aucune cible nommée %1.</translation>
    </message>
    <message>
        <source>push</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>The draft no longer exists locally.</source>
        <translation>Le brouillon n&apos;existe plus localement.</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>création</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>mise à jour de %1</translation>
    </message>
    <message>
        <source>The target went away.</source>
        <translation>La cible a disparu.</translation>
    </message>
    <message>
        <source>looking the post up by draft id</source>
        <translation>recherche de l&apos;article par identifiant de brouillon</translation>
    </message>
    <message>
        <source>post %1 already carries this draft id; updating it instead of creating another</source>
        <translation>l&apos;article %1 porte déjà cet identifiant de brouillon&#x202f;; il est mis à jour au lieu d&apos;en créer un autre</translation>
    </message>
    <message>
        <source>reading the site&apos;s version</source>
        <translation>lecture de la version du site</translation>
    </message>
    <message>
        <source>nothing changed since the last push</source>
        <translation>rien n&apos;a changé depuis le dernier envoi</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine: the password would travel unencrypted. Confirm it for this site first.</source>
        <translation>%1 est en http non chiffré vers une autre machine&#x202f;: le mot de passe circulerait en clair. Confirmez-le d&apos;abord pour ce site.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>No password for this site; sign in.</source>
        <translation>Aucun mot de passe pour ce site&#x202f;; connectez-vous.</translation>
    </message>
    <message>
        <source>Before merging with the site&apos;s version</source>
        <translation>Avant la fusion avec la version du site</translation>
    </message>
    <message>
        <source>The site&apos;s version %1</source>
        <translation>La version %1 du site</translation>
    </message>
    <message numerus="yes">
        <source>The post was changed on the site too; %n place(s) changed on both sides.</source>
        <translation>
            <numerusform>L&apos;article a aussi été modifié sur le site&#x202f;; %n passage modifié des deux côtés.</numerusform>
            <numerusform>L&apos;article a aussi été modifié sur le site&#x202f;; %n passages modifiés des deux côtés.</numerusform>
        </translation>
    </message>
    <message>
        <source>merged with the site&apos;s version %1 (changes on both sides, none overlapping)</source>
        <translation>fusionné avec la version %1 du site (modifications des deux côtés, sans chevauchement)</translation>
    </message>
    <message>
        <source>creating the post</source>
        <translation>création de l&apos;article</translation>
    </message>
    <message>
        <source>updating the post</source>
        <translation>mise à jour de l&apos;article</translation>
    </message>
    <message>
        <source>post %1, version %2</source>
        <translation>article %1, version %2</translation>
    </message>
    <message>
        <source>Recreate it or detach the draft from the site.</source>
        <translation>Recréez-le ou détachez le brouillon du site.</translation>
    </message>
    <message>
        <source>conflict resolved by the user</source>
        <translation>conflit résolu par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>detached from the site; the next push creates a new post</source>
        <translation>détaché du site&#x202f;; le prochain envoi crée un nouvel article</translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncError</name>
    <message>
        <source>WordPress refused the sign-in; sign in again.</source>
        <translation>WordPress a refusé la connexion&#x202f;; connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>WordPress refused the request: %1 Sign in again.</source>
        <translation>WordPress a refusé la requête&#x202f;: %1 Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The post no longer exists on the site.</source>
        <translation>L&apos;article n&apos;existe plus sur le site.</translation>
    </message>
    <message>
        <source>The site refused the upload as too large.</source>
        <translation>Le site a refusé l&apos;envoi, jugé trop volumineux.</translation>
    </message>
    <message>
        <source>The post changed on the site.</source>
        <translation>L&apos;article a été modifié sur le site.</translation>
    </message>
    <message>
        <source>The site answered %1; trying again later.</source>
        <translation>Le site a répondu %1&#x202f;; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>The site answered %1 (%2); trying again later.</source>
        <translation>Le site a répondu %1 (%2)&#x202f;; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>The site answered %1.</source>
        <translation>Le site a répondu %1.</translation>
    </message>
    <message>
        <source>WordPress sent an answer that is not the expected JSON.</source>
        <translation>WordPress a envoyé une réponse qui n&apos;est pas le JSON attendu.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::WireInboxModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source> (updated)</source>
        <translation> (mise à jour)</translation>
    </message>
    <message numerus="yes">
        <source>%n wires</source>
        <translation>
            <numerusform>%n dépêche</numerusform>
            <numerusform>%n dépêches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC
%2 local</source>
        <translation>%1 UTC
%2 heure locale</translation>
    </message>
    <message>
        <source>%1 — credibility: %2</source>
        <translation>%1 — crédibilité&#x202f;: %2</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>IPTC urgency %1 (1 = flash … 9)</source>
        <translation>Urgence IPTC %1 (1 = flash … 9)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Urg.</source>
        <translation>Urg.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>%1+ items</source>
        <translation>%1+ dépêches</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 dépêche</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 dépêches</translation>
    </message>
    <message>
        <source>IPTC urgency (1 = flash … 9)</source>
        <translation>Urgence IPTC (1 = flash … 9)</translation>
    </message>
    <message>
        <source>A coloured bar before the headline marks an urgent wire (red: flash); the number after it counts the wires of the story. Right-click the header to show more columns.</source>
        <translation>Une barre de couleur devant le titre signale une dépêche urgente (rouge&#x202f;: flash)&#x202f;; le nombre après le titre compte les dépêches du groupe. Un clic droit sur l’en-tête affiche d’autres colonnes.</translation>
    </message>
    <message>
        <source>Wires in the story</source>
        <translation>Dépêches du groupe</translation>
    </message>
</context>
<context>
    <name>Wiredesk::WireItemView</name>
    <message>
        <source>Wire item</source>
        <translation>Dépêche</translation>
    </message>
    <message>
        <source>Item header</source>
        <translation>En-tête de la dépêche</translation>
    </message>
    <message>
        <source>Item body</source>
        <translation>Corps de la dépêche</translation>
    </message>
    <message>
        <source>Load remote images</source>
        <translation>Charger les images distantes</translation>
    </message>
    <message>
        <source>Load the images of this item from their sites. Off by default: remote images tell the sender that and when the item was read.</source>
        <translation>Charger les images de cette dépêche depuis leurs sites. Désactivé par défaut&#x202f;: les images distantes indiquent à l&apos;expéditeur que la dépêche a été lue, et quand.</translation>
    </message>
    <message>
        <source>Raw payload</source>
        <translation>Données brutes</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Dépêche</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Select a wire item to read it here.</source>
        <translation>Sélectionnez une dépêche pour la lire ici.</translation>
    </message>
    <message>
        <source>%1 UTC · %2 local</source>
        <translation>%1 UTC · %2 heure locale</translation>
    </message>
    <message>
        <source> · updated %1 UTC</source>
        <translation> · mise à jour %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n wires tell this story</source>
        <translation>
            <numerusform>%n dépêche dans ce groupe de dépêches</numerusform>
            <numerusform>%n dépêches dans ce groupe de dépêches</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the original (%1)</source>
        <translation>Ouvrir l&apos;original (%1)</translation>
    </message>
</context>
<context>
    <name>Wiredesk::WireStoreWorker</name>
    <message>
        <source>The wire store could not be opened.</source>
        <translation>La base des dépêches n&apos;a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>Wiredesk::WordPressTarget</name>
    <message>
        <source>Photo: %1</source>
        <translation>Photo&#x202f;: %1</translation>
    </message>
    <message>
        <source>The image %1 cannot be read: %2</source>
        <translation>Impossible de lire l&apos;image %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Wiredesk&apos;s core on the command line, for scripted newsrooms.</source>
        <translation>Le cœur de Wiredesk en ligne de commande, pour les rédactions qui automatisent.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#x202f;:</translation>
    </message>
    <message>
        <source>Show the usage of a command</source>
        <translation>Afficher l&apos;usage d&apos;une commande</translation>
    </message>
    <message>
        <source>wiredesk-cli: unknown command &apos;%1&apos;; see wiredesk-cli --help</source>
        <translation>wiredesk-cli&#x202f;: commande «&#x202f;%1&#x202f;» inconnue&#x202f;; voir wiredesk-cli --help</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli [--lang CODE] [--version] [--help] COMMAND [ARGS...]</source>
        <translation>Usage&#x202f;: wiredesk-cli [--lang CODE] [--version] [--help] COMMANDE [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#x202f;:</translation>
    </message>
    <message>
        <source>Messages in language CODE (e.g. de, fr) instead of the system&apos;s</source>
        <translation>Messages dans la langue CODE (p.&#xa0;ex. de, fr) plutôt que celle du système</translation>
    </message>
    <message>
        <source>wiredesk-cli: --lang needs a language code such as de or fr</source>
        <translation>wiredesk-cli&#x202f;: --lang attend un code de langue comme de ou fr</translation>
    </message>
    <message>
        <source>wiredesk-cli: unknown language &apos;%1&apos;; try a code such as de or fr</source>
        <translation>wiredesk-cli&#x202f;: langue «&#x202f;%1&#x202f;» inconnue&#x202f;; essayez un code comme de ou fr</translation>
    </message>
</context>
<context>
    <name>wire</name>
    <message>
        <source>The feed could not be fetched.</source>
        <translation>Le flux n&apos;a pas pu être récupéré.</translation>
    </message>
    <message>
        <source>The feed&apos;s URL: the base for relative links (default: the fetched URL).</source>
        <translation>L&apos;URL du flux&#x202f;: la base des liens relatifs (par défaut&#x202f;: l&apos;URL récupérée).</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the feed came with.</source>
        <translation>Le Content-Type HTTP reçu avec le flux.</translation>
    </message>
    <message>
        <source>When the feed was fetched (ISO 8601; default: now).</source>
        <translation>Quand le flux a été récupéré (ISO 8601&#x202f;; par défaut&#x202f;: maintenant).</translation>
    </message>
    <message>
        <source>Include each item&apos;s raw payload.</source>
        <translation>Inclure les données brutes de chaque élément.</translation>
    </message>
    <message>
        <source>Do not print the feed summary and warnings.</source>
        <translation>Ne pas afficher le résumé ni les avertissements du flux.</translation>
    </message>
    <message>
        <source>A feed file, an http(s) URL, or - for standard input.</source>
        <translation>Un fichier de flux, une URL http(s), ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire parse [--url URL] [--content-type TYPE] [--fetch-time TIME] [--raw] FILE|-</source>
        <translation>Usage&#x202f;: wiredesk-cli wire parse [--url URL] [--content-type TYPE] [--fetch-time HEURE] [--raw] FICHIER|-</translation>
    </message>
    <message>
        <source>--fetch-time wants an ISO 8601 date, such as 2026-11-27T07:00:00Z.</source>
        <translation>--fetch-time attend une date ISO 8601, comme 2026-11-27T07:00:00Z.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>URL non valide&#x202f;: %1</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur&#x202f;:</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>format&#x202f;:</translation>
    </message>
    <message>
        <source>encoding:</source>
        <translation>encodage&#x202f;:</translation>
    </message>
    <message>
        <source>title:</source>
        <translation>titre&#x202f;:</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>éléments&#x202f;:</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement&#x202f;:</translation>
    </message>
    <message>
        <source>Parse a feed file into normalized wire items (JSON lines)</source>
        <translation>Analyser un fichier de flux en dépêches normalisées (JSON Lines)</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire parse [--url URL] [--content-type TYPE] [--fetch-time TIME] [--raw] [--quiet] FILE|-
Reads RSS 0.9x/1.0/2.0, Atom, JSON Feed, IPTC ninjs or a Telegram channel page (t.me/s/NAME) from FILE
or standard input and prints one JSON object per item (fields: docs/wire-json-lines.md).
Feed format, encoding and warnings go to standard error. Exit code 1 when the feed cannot be parsed,
2 on wrong usage. URLs are not fetched yet.</source>
        <translation>Usage&#x202f;: wiredesk-cli wire parse [--url URL] [--content-type TYPE] [--fetch-time HEURE] [--raw] [--quiet] FICHIER|-
Lit du RSS 0.9x/1.0/2.0, de l&apos;Atom, du JSON Feed, de l&apos;IPTC ninjs ou une page de chaîne Telegram (t.me/s/NOM)
depuis FICHIER ou l&apos;entrée standard et affiche un objet JSON par élément (champs&#x202f;: docs/wire-json-lines.md).
Le format du flux, l&apos;encodage et les avertissements vont sur la sortie d&apos;erreur. Code de sortie 1 si le flux
ne peut pas être analysé, 2 en cas de mauvaise utilisation. Les URL ne sont pas encore récupérées.</translation>
    </message>
    <message>
        <source>Ingest feed files, drop folders or URLs into a profile&apos;s wire store</source>
        <translation>Importer des fichiers de flux, des dossiers de dépôt ou des URL dans la base de dépêches d&apos;un profil</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire ingest --profile DIR SOURCE...
SOURCE is a feed file, a drop folder or an http(s) URL. A source not yet in the profile is added
(one with the same URL or path is reused), then each is ingested once. Prints one JSON summary
per source (docs/wire-json-lines.md). Exit code 1 when a source failed, 2 on wrong usage.</source>
        <translation>Usage&#x202f;: wiredesk-cli wire ingest --profile DIR SOURCE...
SOURCE est un fichier de flux, un dossier de dépôt ou une URL http(s). Une source absente du profil
y est ajoutée (une source de même URL ou de même chemin est réutilisée), puis chacune est importée une
fois. Affiche un résumé JSON par source (docs/wire-json-lines.md). Code de sortie 1 si une source a
échoué, 2 en cas d&apos;utilisation incorrecte.</translation>
    </message>
    <message>
        <source>Search a profile&apos;s wire store (JSON lines, newest first)</source>
        <translation>Rechercher dans la base de dépêches d&apos;un profil (lignes JSON, les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>Usage: wiredesk-cli wire search --profile DIR [--limit N] QUERY
QUERY uses the inbox search language: words, &quot;phrases&quot;, prefix*, AND/OR/NOT, source:, label:,
after:/before:/since:, is:unread|read|starred, urgency:&lt;=N. Prints the matching items as JSON
lines, newest first; parser notes go to standard error. Exit code 1 on failure, 2 on wrong usage.</source>
        <translation>Usage&#x202f;: wiredesk-cli wire search --profile DIR [--limit N] QUERY
QUERY utilise le langage de recherche des dépêches&#x202f;: mots, &quot;expressions&quot;, préfixe*, AND/OR/NOT, source:,
label:, after:/before:/since:, is:unread|read|starred, urgency:&lt;=N. Affiche les dépêches trouvées en
lignes JSON, les plus récentes d&apos;abord&#x202f;; les remarques de l&apos;analyseur vont sur la sortie d&apos;erreur.
Code de sortie 1 en cas d&apos;échec, 2 en cas d&apos;utilisation incorrecte.</translation>
    </message>
</context>
</TS>
