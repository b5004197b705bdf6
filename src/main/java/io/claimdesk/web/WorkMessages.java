package io.claimdesk.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages of work on the corpus — articles, imports, extraction jobs, conflicts, sets, dashboard —
 * in English here and in other languages in {@code messages/work_<code>.properties} (templates read them as
 * {@code {work:key}}). Kept apart from {@link DeskMessages} only to keep each bundle under Qute's 300 messages.
 */
@MessageBundle(value = "work", locale = "en")
public interface WorkMessages {

    @Message("Articles")
    String articles_title();
    @Message("{#if total == 1}article{#else}articles{/if}")
    String articles_count(long total);
    @Message("page {page} of {total}")
    String articles_pageOf(int page, int total);
    @Message("Run the extractor again over every article")
    String articles_reextractAll();
    @Message("Runs in the background with a progress page; reviewed claims keep their verdicts and comments.")
    String articles_reextractNote();
    @Message("Claims")
    String articles_claims();

    @Message("article {id}")
    String article_crumb(long id);
    @Message("{#switch done}{#case 'edited'}Metadata saved.{#case 'imported'}Article imported: its claims are below and in the claim list.{#case 'reextracted'}The extractor ran again over this text. Reviewed claims kept their verdicts and comments; what changed is in the history below.{#else}Saved.{/switch}")
    String article_done(String done);
    @Message("Edit metadata")
    String article_editMetadata();
    @Message("Draw the claims again with the current extractor; reviewed claims keep their verdicts, comments and history")
    String article_reextractTitle();
    @Message("Run the extractor again")
    String article_reextract();
    @Message("Stance of this text")
    String article_stanceOfText();
    @Message("suggested by the extractor")
    String article_suggestedByExtractor();
    @Message("Stored text")
    String article_storedText();
    @Message("from {source}")
    String article_fromSource(String source);
    @Message("Snapshot")
    String article_snapshots();
    @Message("As fetched on {date} from")
    String article_asFetchedOn(String date);
    @Message("download")
    String article_download();
    @Message("Highlighted")
    String article_highlighted();
    @Message("text is a claim ({count});")
    String article_legendClaim(long count);
    @Message("greyed text")
    String article_greyed();
    @Message("is page furniture ({count} blocks), never a claim.")
    String article_legendFurniture(long count);
    @Message("Orphaned claims ({count})")
    String article_orphans(int count);
    @Message("After the extractor ran again, these reviewed claims could not be found in the text. They keep their verdicts and comments until an editor resolves them.")
    String article_orphansText();
    @Message("History ({count})")
    String article_history(int count);
    @Message("Parts of the text")
    String article_parts();
    @Message("The text is long: this page shows part {current} of {count}, where {shown} of its {claims} claims start.")
    String article_partsText(int current, int count, int shown, long claims);
    @Message("Previous part")
    String article_previousPart();
    @Message("Next part")
    String article_nextPart();
    @Message("page furniture ({rule})")
    String article_furnitureTitle(String rule);

    @Message("Edit {title}")
    String edit_title(String title);
    @Message("edit metadata")
    String edit_crumb();
    @Message("Edit metadata")
    String edit_heading();
    @Message("Someone changed this article while you were editing.")
    String edit_changed();
    @Message("Field")
    String edit_field();
    @Message("Stored now")
    String edit_storedNow();
    @Message("Yours (kept below)")
    String edit_yours();
    @Message("Saving now applies your values over the stored ones.")
    String edit_applies();
    @Message("Outlet stance toward the subject")
    String edit_outletStanceField();
    @Message("leave as is")
    String edit_leaveAsIs();
    @Message("An empty field becomes \"unknown\". A value you set here replaces the one inferred from the text.")
    String edit_emptyNote();
    @Message("Save metadata")
    String edit_save();
    @Message("Language (changing it draws the claims again with its rules)")
    String edit_languageField();
    @Message("{label}")
    String edit_fieldLabel(String name, String label);

    @Message("Import an article")
    String import_title();
    @Message("import")
    String import_crumb();
    @Message("This text is already stored:")
    String import_duplicate();
    @Message("open the stored article")
    String import_openStored();
    @Message("From a link")
    String import_fromLink();
    @Message("The article's link: its page is fetched, and what the page says about itself fills the metadata")
    String import_linkField();
    @Message("Import from the link")
    String import_linkButton();
    @Message("This link cannot be imported ({reason}). What to do is beside the link; or paste the article's text below.")
    String import_linkRefused(String reason);
    @Message("Or paste or upload it")
    String import_pasteOrUpload();
    @Message("Check before saving")
    String import_check();
    @Message("Read as {format}")
    String import_readAs(String format);
    @Message("(the bytes were not UTF-8: decoded as Windows-1252)")
    String import_windows1252();
    @Message("{claims} claims drawn; {furniture} lines of page furniture greyed out.")
    String import_drawn(int claims, int furniture);
    @Message("Correct anything below, then save.")
    String import_correct();
    @Message("— the page names its outlet in ways that disagree:")
    String import_disagreeOutlet();
    @Message("— the page names its author in ways that disagree:")
    String import_disagreeAuthor();
    @Message("— the page names its date in ways that disagree:")
    String import_disagreeDate();
    @Message("Pick one below.")
    String import_pickOne();
    @Message("detected from the text")
    String import_languageDetected();
    @Message("Detect automatically")
    String import_detectLanguage();
    @Message("Claims it will draw")
    String import_willDraw();
    @Message("disputed")
    String import_disputed();
    @Message("Article text")
    String import_text();
    @Message("Article text (paste it, or choose a file below)")
    String import_textOrFile();
    @Message("or a file: .txt, .html or .md, up to 5 MB")
    String import_file();
    @Message("Outlet (pick one or type a new one)")
    String import_outletField();
    @Message("leave as it is")
    String import_leaveAsItIs();
    @Message("Published (YYYY-MM-DD)")
    String import_publishedField();
    @Message("Fields left empty are inferred from the text where it states them, and stay unknown where it does not.")
    String import_emptyNote();
    @Message("Preview")
    String import_preview();
    @Message("Save article")
    String import_save();
    @Message("Many articles at once")
    String import_many();
    @Message("A .zip of .txt, .html and .md files (or run")
    String import_zipLabel();
    @Message("Import the zip")
    String import_zipButton();

    @Message("Import {id}")
    String job_title(long id);
    @Message("import {id}")
    String job_crumb(long id);
    @Message("Import of {name}")
    String job_heading(String name);
    @Message("{done} of {total}")
    String job_filesDone(int done, int total);
    @Message("files done ({percent}%): {imported} imported, {failed} refused.")
    String job_filesSummary(int percent, int imported, int failed);
    @Message("Still running: this page refreshes itself.")
    String job_running();
    @Message("Interrupted")
    String job_interrupted();
    @Message("by a restart: import the remaining files again (those already stored are refused as duplicates).")
    String job_interruptedText();
    @Message("Each file is imported on its own: a refused file leaves nothing behind and does not stop the others.")
    String job_eachFile();
    @Message("Refused files")
    String job_refused();
    @Message("File")
    String job_file();
    @Message("Import more")
    String job_more();

    @Message("Re-extraction {id}")
    String rejob_title(long id);
    @Message("re-extraction {id}")
    String rejob_crumb(long id);
    @Message("The extractor again over every article")
    String rejob_heading();
    @Message("Articles done")
    String rejob_done();
    @Message("articles done ({percent}%): {reextracted} re-extracted, {failed} failed.")
    String rejob_summary(int percent, int reextracted, int failed);
    @Message("Still running: this part of the page updates itself.")
    String rejob_running();
    @Message("by a restart before it finished: the articles done keep their new claims, the others their old ones. Run it again to finish.")
    String rejob_interruptedText();
    @Message("Reviewed claims so far: {kept} kept in place, {reanchored} moved, {fuzzy} matched to reworded quotes, {orphaned} orphaned")
    String rejob_reviewed(int kept, int reanchored, int fuzzy, int orphaned);
    @Message("list the orphans")
    String rejob_listOrphans();
    @Message("Untouched claims: {removed} removed, {added} drawn anew.")
    String rejob_untouched(int removed, int added);
    @Message("Articles that failed")
    String rejob_failed();
    @Message("Article {id}")
    String rejob_article(long id);
    @Message("Each article is re-extracted on its own: one that fails is rolled back and does not stop the others. Reviewed claims keep their verdicts, comments and history.")
    String rejob_each();

    @Message("Conflicts")
    String conflicts_title();
    @Message("Conflicts and contradictions")
    String conflicts_heading();
    @Message("{total} open across the corpus: claims of different articles that give a different detail of the same event, or deny what another asserts. Strongest first; confirm or reject each on its claim's page. A score is how often suggestions like it were right on the desk's hand-checked pairs: 80% means right about 8 times in 10. A rejection halves the score of the suggestions like it (same type, a shared claim or the same two articles).")
    String conflicts_intro(long total);
    @Message("{hidden} more {#if hidden != 1}suggestions{#else}suggestion{/if} scored under {threshold} {#if hidden != 1}are{#else}is{/if} hidden.")
    String conflicts_hidden(long hidden, String threshold);
    @Message("Suggestions scored under {threshold} are hidden; none is.")
    String conflicts_noneHidden(String threshold);
    @Message("Reviewers still find them on each claim's page.")
    String conflicts_stillFound();
    @Message("Threshold saved: suggestions under {threshold} are hidden for the whole desk.")
    String conflicts_saved(String threshold);
    @Message("Hide suggestions scored under")
    String conflicts_hideUnder();
    @Message("Save for the desk")
    String conflicts_saveForDesk();
    @Message("A percentage (60%) or a number from 0 to 1 (0.6).")
    String conflicts_thresholdHelp();
    @Message("No more conflicts.")
    String conflicts_noMore();
    @Message("None scores at or above the threshold.")
    String conflicts_noneAbove();
    @Message("No open conflict: the matcher has found none, or reviewers rejected them all.")
    String conflicts_noneOpen();
    @Message("right about this often on the desk's hand-checked pairs")
    String conflicts_scoreTitle();
    @Message("found {when}")
    String conflicts_found(String when);
    @Message("Weaker conflicts →")
    String conflicts_weaker();

    @Message("Claim sets")
    String sets_title();
    @Message("No sets yet. Make one from a filter on the claims list, or below from claim ids.")
    String sets_none();
    @Message("Set")
    String sets_set();
    @Message("Claims")
    String sets_claims();
    @Message("Corroborated")
    String sets_corroborated();
    @Message("Verified only")
    String sets_verifiedOnly();
    @Message("Made by")
    String sets_madeBy();
    @Message("New set from claim ids")
    String sets_new();
    @Message("Name")
    String sets_name();
    @Message("Description")
    String sets_description();
    @Message("Claim ids (one per line)")
    String sets_ids();
    @Message("Verified set: export only corroborated claims")
    String sets_verifiedLabel();
    @Message("Create set")
    String sets_create();

    @Message("{#switch done}{#case 'created'}Set created.{#case 'added'}Claim added.{#case 'removed'}Claim removed.{#else}Saved.{/switch}")
    String set_done(String done);
    @Message("claims · {corroborated} corroborated")
    String set_claims(long size, long corroborated);
    @Message("· verified set: the export leaves out")
    String set_verified();
    @Message("claims that are not corroborated")
    String set_leftOutClaims();
    @Message("· made from the filter")
    String set_fromFilter();
    @Message("· by {who}, {when}")
    String set_by(String who, String when);
    @Message("Export:")
    String set_export();
    @Message("left out of the export: {status}")
    String set_leftOut(String status);
    @Message("Remove from set")
    String set_remove();

    @Message("Dashboard")
    String dash_title();
    @Message("{#if claims == 1}claim{#else}claims{/if} in all. Every bar, number and cell below opens the claims it counts.")
    String dash_intro(long claims);
    @Message("Review queue")
    String dash_queue();
    @Message("Claims per outlet, by status")
    String dash_perOutlet();
    @Message("{more} more {#if more == 1}outlet{#else}outlets{/if}")
    String dash_moreOutlets(long more);
    @Message("And")
    String dash_and();
    @Message("with fewer claims.")
    String dash_fewer();
    @Message("{count} {#if count == 1}claim comes from an article{#else}claims come from articles{/if} with no outlet named, so {#if count == 1}it is{#else}they are{/if} on no bar here.")
    String dash_withoutOutlet(long count);
    @Message("Claims over time, per {unit} of the article's date")
    String dash_overTime(String unit);
    @Message("{unit}")
    String dash_unit(String unit);
    @Message("{#if count == 1}claim has{#else}claims have{/if} no published date")
    String dash_undatedLink(long count);
    @Message("{#if count == 1}its article does{#else}their articles do{/if} not say when {#if count == 1}it was{#else}they were{/if} published, so {#if count == 1}it is{#else}they are{/if} counted here and not placed on the time line.")
    String dash_undatedText(long count);
    @Message("Outlet stance × claim stance")
    String dash_matrix();
    @Message("How outlets of each editorial stance carry their claims: in their own voice (asserts), as someone else's (reports), or at a distance (disputes). The darker the cell, the more claims.")
    String dash_matrixIntro();
    @Message("The {count} claims of articles with no outlet are counted as unknown.")
    String dash_matrixUnknown(long count);
    @Message("Claims by the stance of their outlet (rows) and their own stance in the article (columns)")
    String dash_matrixCaption();
    @Message("All")
    String dash_all();
    @Message("Topics by disputed share")
    String dash_topics();

    // The words the dashboard's charts are drawn with, composed in DashboardCharts.
    @Message("Disputed, not yet reviewed")
    String dash_disputedUnreviewed();
    @Message("allegations and denials no reviewer has judged")
    String dash_disputedUnreviewedNote();
    @Message("{count} {#if count == 1}claim{#else}claims{/if}")
    String dash_claims(long count);
    @Message("{#switch key}{#case 'unreviewed'}unreviewed{#case 'corroborated'}corroborated{#case 'contested'}contested{#case 'disputed'}disputed{#case 'undisputed'}not disputed{#case 'claims'}claims{#else}{key}{/switch}")
    String dash_series(String key);
    @Message("{count} {#switch key}{#case 'unreviewed'}unreviewed{#case 'corroborated'}corroborated{#case 'contested'}contested{#case 'disputed'}disputed{#case 'undisputed'}not disputed{#case 'claims'}claims{#else}{key}{/switch}")
    String dash_seriesCount(long count, String key);
    @Message("Claims per outlet by review status")
    String dash_outletChart();
    @Message("No outlet has claims yet.")
    String dash_outletChartEmpty();
    @Message("The {count} outlets with most claims, most first; each bar split into {series} claims.")
    String dash_outletChartText(int count, String series);
    @Message("Outlet")
    String dash_outletHeading();
    @Message("Claims per {unit} of their article's published date")
    String dash_timeChart(String unit);
    @Message("No claim has a published date yet.")
    String dash_timeChartEmpty();
    @Message("From {first} to {last}, oldest first; claims whose article has no date are counted apart, not drawn.")
    String dash_timeChartText(String first, String last);
    @Message("{#if unit == 'year'}Year{#else}Month{/if}")
    String dash_timeHeading(String unit);
    @Message("before {year}")
    String dash_before(int year);
    @Message("after {year}")
    String dash_after(int year);
    @Message("{stance}")
    String dash_claimStance(String stance);
    @Message("{stance}")
    String dash_outletStance(String stance);
    @Message("{count} claims {claim} by {outlet} outlets")
    String dash_matrixCell(long count, String claim, String outlet);
    @Message("{count} claims of {outlet} outlets")
    String dash_matrixRowTotal(long count, String outlet);
    @Message("{count} claims {claim}")
    String dash_matrixColumnTotal(long count, String claim);
    @Message("Topics by share of disputed claims")
    String dash_topicChart();
    @Message("No claim has a topic yet.")
    String dash_topicChartEmpty();
    @Message("Each topic's claims as one full-length bar, the disputed part first; largest disputed share at the top.")
    String dash_topicChartText();
    @Message("Topic")
    String dash_topicHeading();
    @Message("{disputed} of {claims} disputed ({percent}%)")
    String dash_topicValue(long disputed, long claims, long percent);
}
