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
        <source>wiredesk-cli render: --output needs a file name</source>
        <translation>wiredesk-cli render&#x202f;: --output attend un nom de fichier</translation>
    </message>
    <message>
        <source>wiredesk-cli render: --template-dir needs a folder</source>
        <translation>wiredesk-cli render&#x202f;: --template-dir attend un dossier</translation>
    </message>
    <message>
        <source>wiredesk-cli render: --profile needs a folder</source>
        <translation>wiredesk-cli render&#x202f;: --profile attend un dossier</translation>
    </message>
    <message>
        <source>wiredesk-cli render: %1</source>
        <translation>wiredesk-cli render&#x202f;: %1</translation>
    </message>
    <message>
        <source>wiredesk-cli render: --publication needs a name</source>
        <translation>wiredesk-cli render&#x202f;: --publication attend un nom</translation>
    </message>
    <message>
        <source>wiredesk-cli render: --time-zone needs an IANA zone such as Europe/Zurich</source>
        <translation>wiredesk-cli render&#x202f;: --time-zone attend un fuseau IANA comme Europe/Zurich</translation>
    </message>
    <message>
        <source>wiredesk-cli render: --clocks needs a comma-separated list of zones</source>
        <translation>wiredesk-cli render&#x202f;: --clocks attend une liste de fuseaux séparés par des virgules</translation>
    </message>
    <message>
        <source>wiredesk-cli render: unknown option &apos;%1&apos;; see wiredesk-cli help render</source>
        <translation>wiredesk-cli render&#x202f;: option «&#x202f;%1&#x202f;» inconnue&#x202f;; voir wiredesk-cli help render</translation>
    </message>
    <message>
        <source>wiredesk-cli render: only one article file at a time</source>
        <translation>wiredesk-cli render&#x202f;: un seul fichier d&apos;article à la fois</translation>
    </message>
    <message>
        <source>wiredesk-cli render: name an article file (JSON or Markdown); see wiredesk-cli help render</source>
        <translation>wiredesk-cli render&#x202f;: indiquez un fichier d&apos;article (JSON ou Markdown)&#x202f;; voir wiredesk-cli help render</translation>
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
    <name>SourcesCommand</name>
    <message>
        <source>checked %1 of %2</source>
        <translation>%1 sur %2 vérifiés</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: --snapshots needs a folder</source>
        <translation>wiredesk-cli sources check&#x202f;: --snapshots attend un dossier</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: --settings needs a JSON file</source>
        <translation>wiredesk-cli sources check&#x202f;: --settings attend un fichier JSON</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: --now needs an ISO 8601 time such as 2026-11-27T09:00:00Z</source>
        <translation>wiredesk-cli sources check&#x202f;: --now attend une heure ISO 8601 comme 2026-11-27T09:00:00Z</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: unknown option &apos;%1&apos;; see wiredesk-cli help sources check</source>
        <translation>wiredesk-cli sources check&#x202f;: option «&#x202f;%1&#x202f;» inconnue&#x202f;; voir wiredesk-cli help sources check</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: only one file at a time</source>
        <translation>wiredesk-cli sources check&#x202f;: un seul fichier à la fois</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: name a file of URLs or an article (JSON); see wiredesk-cli help sources check</source>
        <translation>wiredesk-cli sources check&#x202f;: indiquez un fichier d&apos;URL ou un article (JSON)&#x202f;; voir wiredesk-cli help sources check</translation>
    </message>
    <message>
        <source>wiredesk-cli sources check: --snapshots only makes sense with --online</source>
        <translation>wiredesk-cli sources check&#x202f;: --snapshots n&apos;a de sens qu&apos;avec --online</translation>
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
        <source>Article body</source>
        <translation>Corps de l&apos;article</translation>
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
    <name>Wiredesk::InboxPane</name>
    <message>
        <source>Search wires (words, &quot;phrases&quot;, prefix*, source:, label:)</source>
        <translation>Rechercher (mots, &quot;expressions&quot;, préfixe*, source:, label:)</translation>
    </message>
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
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
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
</context>
<context>
    <name>Wiredesk::WireStoreWorker</name>
    <message>
        <source>The wire store could not be opened.</source>
        <translation>La base des dépêches n&apos;a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: wiredesk-cli [--version] [--help] COMMAND [ARGS...]</source>
        <translation>Usage&#x202f;: wiredesk-cli [--version] [--help] COMMANDE [ARGUMENTS...]</translation>
    </message>
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
</context>
</TS>
