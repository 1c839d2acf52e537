<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WireIngestor</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s)</source>
        <translation>
            <numerusform>, %n file</numerusform>
            <numerusform>, %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n error(s)</source>
        <translation>
            <numerusform>%1; %n error</numerusform>
            <numerusform>%1; %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::ConflictDialog</name>
    <message numerus="yes">
        <source>Someone changed this post on the site while you edited it here. Both versions are kept as revisions. %n place(s) changed on both sides; choose what the post says there.</source>
        <translation>
            <numerusform>Someone changed this post on the site while you edited it here. Both versions are kept as revisions. %n place changed on both sides; choose what the post says there.</numerusform>
            <numerusform>Someone changed this post on the site while you edited it here. Both versions are kept as revisions. %n places changed on both sides; choose what the post says there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s) from the site were merged by themselves.</source>
        <translation>
            <numerusform>%n other change from the site was merged by itself.</numerusform>
            <numerusform>%n other changes from the site were merged by themselves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::DraftsPane</name>
    <message numerus="yes">
        <source>%1
%Ln word(s)</source>
        <translation>
            <numerusform>%1
%Ln word</numerusform>
            <numerusform>%1
%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::EditorStatus</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::EntityGuard</name>
    <message numerus="yes">
        <source>Replaced %n HTML entity reference(s) that XML does not define (such as &amp;nbsp;).</source>
        <translation>
            <numerusform>Replaced %n HTML entity reference that XML does not define (such as &amp;nbsp;).</numerusform>
            <numerusform>Replaced %n HTML entity references that XML does not define (such as &amp;nbsp;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n unknown entity reference(s) as literal text.</source>
        <translation>
            <numerusform>Kept %n unknown entity reference as literal text.</numerusform>
            <numerusform>Kept %n unknown entity references as literal text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escaped %n bare &apos;&amp;&apos; character(s).</source>
        <translation>
            <numerusform>Escaped %n bare &apos;&amp;&apos; character.</numerusform>
            <numerusform>Escaped %n bare &apos;&amp;&apos; characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n character reference(s) to characters XML does not allow.</source>
        <translation>
            <numerusform>Dropped %n character reference to a character XML does not allow.</numerusform>
            <numerusform>Dropped %n character references to characters XML does not allow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n reference(s) to external entities as text; they are never loaded.</source>
        <translation>
            <numerusform>Kept %n reference to external entities as text; they are never loaded.</numerusform>
            <numerusform>Kept %n references to external entities as text; they are never loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FeedDecoder</name>
    <message numerus="yes">
        <source>Removed %n character(s) of garbage before the document.</source>
        <translation>
            <numerusform>Removed %n character of garbage before the document.</numerusform>
            <numerusform>Removed %n characters of garbage before the document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n control character(s) that XML does not allow.</source>
        <translation>
            <numerusform>Removed %n control character that XML does not allow.</numerusform>
            <numerusform>Removed %n control characters that XML does not allow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FeedParser</name>
    <message numerus="yes">
        <source>The feed is truncated or broken at line %1, column %2 (%3); kept the %n item(s) before it.</source>
        <translation>
            <numerusform>The feed is truncated or broken at line %1, column %2 (%3); kept the %n item before it.</numerusform>
            <numerusform>The feed is truncated or broken at line %1, column %2 (%3); kept the %n items before it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n list entry(ies) without a ninjs &quot;uri&quot;.</source>
        <translation>
            <numerusform>Skipped %n list entry without a ninjs &quot;uri&quot;.</numerusform>
            <numerusform>Skipped %n list entries without a ninjs &quot;uri&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n duplicate item(s) repeated within the feed.</source>
        <translation>
            <numerusform>Dropped %n duplicate item repeated within the feed.</numerusform>
            <numerusform>Dropped %n duplicate items repeated within the feed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no guid; derived one from the link or a hash of title, date and text.</source>
        <translation>
            <numerusform>%n item had no guid; derived one from the link or a hash of title, date and text.</numerusform>
            <numerusform>%n items had no guid; derived one from the link or a hash of title, date and text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items share the guid &quot;%1&quot;; derived a guid per item from its link or content.</source>
        <translation>
            <numerusform>%n item shares the guid &quot;%1&quot;; derived a guid per item from its link or content.</numerusform>
            <numerusform>%n items share the guid &quot;%1&quot;; derived a guid per item from its link or content.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no title; used the first words of the text.</source>
        <translation>
            <numerusform>%n item had no title; used the first words of the text.</numerusform>
            <numerusform>%n items had no title; used the first words of the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had no readable date; used the fetch time.</source>
        <translation>
            <numerusform>%n item had no readable date; used the fetch time.</numerusform>
            <numerusform>%n items had no readable date; used the fetch time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were dated more than 15 minutes in the future; used the fetch time.</source>
        <translation>
            <numerusform>%n item was dated more than 15 minutes in the future; used the fetch time.</numerusform>
            <numerusform>%n items were dated more than 15 minutes in the future; used the fetch time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::HttpReply</name>
    <message numerus="yes">
        <source>The response is larger than %n byte(s).</source>
        <translation>
            <numerusform>The response is larger than %n byte.</numerusform>
            <numerusform>The response is larger than %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n redirect(s).</source>
        <translation>
            <numerusform>More than %n redirect.</numerusform>
            <numerusform>More than %n redirects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::InboxController</name>
    <message numerus="yes">
        <source>%1/%2 sources, %n new</source>
        <translation>
            <numerusform>%1/%2 sources, %n new</numerusform>
            <numerusform>%1/%2 sources, %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n source(s) failed</source>
        <translation>
            <numerusform>⚠ %n source failed</numerusform>
            <numerusform>⚠ %n sources failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wire refresh cancelled; %n new item(s).</source>
        <translation>
            <numerusform>Wire refresh cancelled; %n new item.</numerusform>
            <numerusform>Wire refresh cancelled; %n new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wires refreshed: %n new item(s).</source>
        <translation>
            <numerusform>Wires refreshed: %n new item.</numerusform>
            <numerusform>Wires refreshed: %n new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) match %1</source>
        <translation>
            <numerusform>%n new item matches %1</numerusform>
            <numerusform>%n new items match %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::InboxPane</name>
    <message numerus="yes">
        <source>Side by Side — %n item(s)</source>
        <translation>
            <numerusform>Side by Side — %n item</numerusform>
            <numerusform>Side by Side — %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::MainWindow</name>
    <message numerus="yes">
        <source>Cited %n source(s) in the selected text.</source>
        <translation>
            <numerusform>Cited %n source in the selected text.</numerusform>
            <numerusform>Cited %n sources in the selected text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s) to the article; select text and cite again to mark the claim.</source>
        <translation>
            <numerusform>Added %n source to the article; select text and cite again to mark the claim.</numerusform>
            <numerusform>Added %n sources to the article; select text and cite again to mark the claim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::OutboxPane</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenanceChecker</name>
    <message numerus="yes">
        <source>“%1” was posted %2, more than %n day(s) after the article&apos;s time.</source>
        <translation>
            <numerusform>“%1” was posted %2, more than %n day after the article&apos;s time.</numerusform>
            <numerusform>“%1” was posted %2, more than %n days after the article&apos;s time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was posted %2, more than %n day(s) before the article&apos;s time: is it still current?</source>
        <translation>
            <numerusform>“%1” was posted %2, more than %n day before the article&apos;s time: is it still current?</numerusform>
            <numerusform>“%1” was posted %2, more than %n days before the article&apos;s time: is it still current?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenanceController</name>
    <message numerus="yes">
        <source>Checked %n link(s).</source>
        <translation>
            <numerusform>Checked %n link.</numerusform>
            <numerusform>Checked %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n with problems.</numerusform>
            <numerusform>%n with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited %n source(s).</source>
        <translation>
            <numerusform>Cited %n source.</numerusform>
            <numerusform>Cited %n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s).</source>
        <translation>
            <numerusform>Added %n source.</numerusform>
            <numerusform>Added %n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the article.</source>
        <translation>
            <numerusform>%n already in the article.</numerusform>
            <numerusform>%n already in the article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of the text cite it and will point at a removed source.</source>
        <translation>
            <numerusform>%n passage of the text cites it and will point at a removed source.</numerusform>
            <numerusform>%n passages of the text cite it and will point at a removed source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::ProvenancePane</name>
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
            <numerusform>%n verified</numerusform>
            <numerusform>%n verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking problem(s)</source>
        <translation>
            <numerusform>%n blocking problem</numerusform>
            <numerusform>%n blocking problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s)</source>
        <translation>
            <numerusform>after %n redirect</numerusform>
            <numerusform>after %n redirects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot SHA-256 %1 (%n byte(s))</source>
        <translation>
            <numerusform>Snapshot SHA-256 %1 (%n byte)</numerusform>
            <numerusform>Snapshot SHA-256 %1 (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::RemoteDraftsDialog</name>
    <message numerus="yes">
        <source>Page %1 of %2 (%n draft(s))</source>
        <translation>
            <numerusform>Page %1 of %2 (%n draft)</numerusform>
            <numerusform>Page %1 of %2 (%n drafts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::SourcesDialog</name>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n source imported.</numerusform>
            <numerusform>%n sources imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;%1&quot;: %2 of %Ln item(s)…</source>
        <translation>
            <numerusform>Removing &quot;%1&quot;: %2 of %Ln item…</numerusform>
            <numerusform>Removing &quot;%1&quot;: %2 of %Ln items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::SubmitCheckDialog</name>
    <message numerus="yes">
        <source>Nothing blocks this article. %n warning(s) to consider:</source>
        <translation>
            <numerusform>Nothing blocks this article. %n warning to consider:</numerusform>
            <numerusform>Nothing blocks this article. %n warnings to consider:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) block sending this article.&lt;/b&gt; Fix them, or give a reason to send it anyway; the reason is recorded with the article.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem blocks sending this article.&lt;/b&gt; Fix it, or give a reason to send it anyway; the reason is recorded with the article.</numerusform>
            <numerusform>&lt;b&gt;%n problems block sending this article.&lt;/b&gt; Fix them, or give a reason to send it anyway; the reason is recorded with the article.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncActions</name>
    <message numerus="yes">
        <source>Sending… %n waiting</source>
        <translation>
            <numerusform>Sending… %n waiting</numerusform>
            <numerusform>Sending… %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::SyncEngine</name>
    <message numerus="yes">
        <source>The post was changed on the site too; %n place(s) changed on both sides.</source>
        <translation>
            <numerusform>The post was changed on the site too; %n place changed on both sides.</numerusform>
            <numerusform>The post was changed on the site too; %n places changed on both sides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::WireInboxModel</name>
    <message numerus="yes">
        <source>%n wires</source>
        <translation>
            <numerusform>%n wire</numerusform>
            <numerusform>%n wires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wiredesk::WireItemView</name>
    <message numerus="yes">
        <source>%n wires tell this story</source>
        <translation>
            <numerusform>%n wire tells this story</numerusform>
            <numerusform>%n wires tell this story</numerusform>
        </translation>
    </message>
</context>
</TS>
