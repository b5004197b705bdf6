package io.claimdesk.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the desk's own pages — layout, claims, review, accounts — in English here and in other languages in
 * {@code messages/msg_<code>.properties} (templates read them as {@code {msg:key}}). Claims, quotes and article
 * metadata are never translated: they keep the language they were written in. The pages of work on the corpus have
 * their own bundle, {@link WorkMessages}: Qute 3.31.3 generates a bundle of more than 300 messages wrongly (the
 * second chunk of its resolver is called with the wrong argument and fails verification at start).
 */
@MessageBundle(locale = "en")
public interface DeskMessages {

    @Message("en")
    String htmlLang();

    @Message("Skip to content")
    String layout_skip();
    @Message("Main")
    String layout_mainNav();
    @Message("Claims")
    String layout_claims();
    @Message("Review queue")
    String layout_queue();
    @Message("Dashboard")
    String layout_dashboard();
    @Message("Articles")
    String layout_articles();
    @Message("Conflicts")
    String layout_conflicts();
    @Message("Import")
    String layout_import();
    @Message("Sets")
    String layout_sets();
    @Message("Accounts")
    String layout_accounts();
    @Message("Your account")
    String layout_yourAccount();
    @Message("Signed in as {username}")
    String layout_signedInAs(String username);
    @Message("Sign out {username}")
    String layout_signOut(String username);

    @Message("← Previous")
    String common_previous();
    @Message("Next →")
    String common_next();
    @Message("Pages")
    String common_pages();
    @Message("Page {page} of {total}")
    String common_pageOf(int page, int total);
    @Message("unknown")
    String common_unknown();
    @Message("Unknown outlet")
    String common_unknownOutlet();
    @Message("unknown outlet")
    String common_unknownOutletLower();
    @Message("date unknown")
    String common_dateUnknown();
    @Message("system")
    String common_system();
    @Message("(suggested)")
    String common_suggested();
    @Message("stance: {stance}")
    String common_stanceBadge(String stance);
    @Message("from “{evidence}”")
    String common_fromQuoted(String evidence);
    @Message("All articles")
    String common_allArticles();
    @Message("Saved.")
    String common_saved();
    @Message("yes")
    String common_yes();
    @Message("no")
    String common_no();
    @Message("Started by {who}, {when}.")
    String common_started(String who, String when);
    @Message("Finished {when}.")
    String common_finished(String when);
    @Message("Why")
    String common_why();
    @Message("claim {id}")
    String common_claimN(long id);
    @Message("claim {id}")
    String common_claimRef(String id);

    @Message("before:")
    String history_before();
    @Message("after:")
    String history_after();

    @Message("inferred from “{evidence}”")
    String metadata_inferredFrom(String evidence);

    @Message("Title")
    String field_title();
    @Message("Outlet")
    String field_outlet();
    @Message("Author")
    String field_author();
    @Message("Published")
    String field_published();
    @Message("URL")
    String field_url();
    @Message("Language")
    String field_language();
    @Message("Original URL")
    String field_originalUrl();
    @Message("Outlet stance")
    String field_outletStance();
    @Message("Article")
    String field_article();

    @Message("How the article presents the claim")
    String badge_stanceTitle();
    @Message("Kind of claim")
    String badge_kindTitle();
    @Message("Opinion or rhetoric: kept, but not counted as checkable")
    String badge_notCheckableTitle();
    @Message("not checkable")
    String badge_notCheckable();
    @Message("disputed")
    String badge_disputedDefault();
    @Message("⚑ disputed")
    String badge_disputed();
    @Message("After the extractor ran again its quote was not found in the text")
    String badge_orphanedTitle();
    @Message("orphaned")
    String badge_orphaned();

    @Message("{title}: the numbers, each linked to its claims")
    String chart_numbersCaption(String title);
    @Message("all")
    String chart_all();
    @Message("{pattern}")
    String chart_pattern(String pattern);

    @Message("Back to the claims")
    String error_backToClaims();
    @Message("{title}")
    String error_title(int status, String title);

    @Message("Claims")
    String list_title();
    @Message("Sets and exports of this list")
    String list_toolsSummary();
    @Message("Export all {total} matching claims:")
    String list_exportAll(long total);
    @Message("Save the {total} matching claims as a set named")
    String list_saveAsSetLabel(long total);
    @Message("verified set (exports only corroborated claims)")
    String list_verifiedSet();
    @Message("Save as set")
    String list_saveAsSet();
    @Message("Or tick claims below and make a set of them named")
    String list_pickLabel();
    @Message("Make set of ticked claims")
    String list_pickButton();
    @Message("No claims match this filter.")
    String list_noMatch();
    @Message("Show all claims")
    String list_showAll();
    @Message("Pick claim {id}")
    String list_pick(long id);
    @Message("Outlet's editorial stance{#if suggested}, suggested from its articles until an editor confirms it{/if}")
    String list_outletStanceTitle(boolean suggested);
    @Message("according to")
    String list_accordingTo();
    @Message("via {via}")
    String list_via(String via);
    @Message("in the outlet's own voice")
    String list_ownVoice();
    @Message("Filter claims")
    String list_filterClaims();
    @Message("Search claim text")
    String list_search();
    @Message("e.g. drones")
    String list_searchExample();
    @Message("All outlets")
    String list_allOutlets();
    @Message("Topic")
    String list_topic();
    @Message("All topics")
    String list_allTopics();
    @Message("Claim stance")
    String list_claimStance();
    @Message("Any stance")
    String list_anyStance();
    @Message("Status")
    String list_status();
    @Message("Any status")
    String list_anyStatus();
    @Message("Disputed")
    String list_disputed();
    @Message("Disputed or not")
    String list_disputedOrNot();
    @Message("Disputed only")
    String list_disputedOnly();
    @Message("Undisputed only")
    String list_undisputedOnly();
    @Message("Kind")
    String list_kind();
    @Message("Any kind")
    String list_anyKind();
    @Message("Checkable")
    String list_checkable();
    @Message("Checkable or not")
    String list_checkableOrNot();
    @Message("Checkable only")
    String list_checkableOnly();
    @Message("Opinion and rhetoric only")
    String list_opinionOnly();
    @Message("Attributed to (exact name)")
    String list_attributedTo();
    @Message("e.g. Ned Price")
    String list_attributedExample();
    @Message("Any outlet stance")
    String list_anyOutletStance();
    @Message("Published from")
    String list_publishedFrom();
    @Message("Published to")
    String list_publishedTo();
    @Message("Date")
    String list_date();
    @Message("Any language")
    String list_anyLanguage();
    @Message("Dated or not")
    String list_datedOrNot();
    @Message("No published date")
    String list_noDate();
    @Message("Dated only")
    String list_datedOnly();
    @Message("Also narrowed to:")
    String list_alsoNarrowed();
    @Message("Remove the filter {label}: {value}")
    String list_removeChip(String label, String value);
    @Message("Filter")
    String list_filter();
    @Message("Clear filters")
    String list_clear();
    @Message("{#if total == 1}claim{#else}claims{/if}{#if narrows} match{/if}")
    String list_count(long total, boolean narrows);
    @Message("page {page} of {total}")
    String list_pageOf(int page, int total);
    @Message("sort:")
    String list_sort();

    @Message("{label}")
    String filter_label(String name, String label);

    @Message("{label}")
    String sort_label(String label);

    @Message("{key}")
    String enum_label(String key);

    @Message("{label}")
    String queue_name(String label);

    @Message("Your account")
    String account_title();
    @Message("Interface language")
    String account_languageHeading();
    @Message("The language of the desk's menus, labels and messages. Claims and quotes always stay in the language they were written in.")
    String account_languageHelp();
    @Message("Browser default")
    String account_browserDefault();
    @Message("Save language")
    String account_saveLanguage();
    @Message("Interface language saved.")
    String account_languageSaved();

    @Message("Choose your password")
    String password_heading();
    @Message("You signed in with a generated password. Choose your own before you go on.")
    String password_required();
    @Message("Signed in as")
    String password_signedInAs();
    @Message("A password needs at least 12 characters and at most 72 bytes (72 plain letters, fewer with accents or emoji); choosing it ends your other sessions.")
    String password_rules();
    @Message("Current password")
    String password_current();
    @Message("New password")
    String password_new();
    @Message("New password again")
    String password_again();
    @Message("Save my password")
    String password_save();

    @Message("Sign in")
    String login_title();
    @Message("Wrong username or password, or the account is disabled or locked. After 10 failed tries in a minute an account is locked for a few minutes.")
    String login_failed();
    @Message("You are signed out.")
    String login_signedOut();
    @Message("Username")
    String login_username();
    @Message("Password")
    String login_password();

    @Message("Accounts")
    String accounts_title();
    @Message("Account created.")
    String accounts_created();
    @Message("Account disabled: its sessions no longer work.")
    String accounts_disabledDone();
    @Message("Password set: the account's sessions have ended.")
    String accounts_reset();
    @Message("Role")
    String accounts_role();
    @Message("State")
    String accounts_state();
    @Message("Created")
    String accounts_createdAt();
    @Message("Actions")
    String accounts_actions();
    @Message("enabled")
    String accounts_enabled();
    @Message("must change password")
    String accounts_mustChange();
    @Message("disabled")
    String accounts_disabled();
    @Message("Disable")
    String accounts_disable();
    @Message("Set a new password")
    String accounts_setPassword();
    @Message("New password for {username}")
    String accounts_newPasswordFor(String username);
    @Message("Temporary: to be replaced at the next sign-in")
    String accounts_temporaryReset();
    @Message("Set password and end sessions")
    String accounts_setAndEnd();
    @Message("New account")
    String accounts_new();
    @Message("Password (12 characters or more, at most 72 bytes)")
    String accounts_passwordRule();
    @Message("Temporary password: the person chooses their own at first sign-in")
    String accounts_temporary();
    @Message("Create account")
    String accounts_create();

    @Message("{id}")
    String role_name(String id);

    @Message("Claim {id}")
    String claim_title(long id);
    @Message("Queue")
    String claim_queueNav();
    @Message("Queue: {label}")
    String claim_queueLink(String label);
    @Message("← previous (k)")
    String claim_queuePrevious();
    @Message("next (j) →")
    String claim_queueNext();
    @Message("last in queue")
    String claim_queueLast();
    @Message("The quote in context")
    String claim_quoteHeading();
    @Message("This claim is orphaned.")
    String claim_orphanedStrong();
    @Message("After the extractor ran again over the article, this quote could not be found in its text. The claim keeps its verdicts, comments and history until an editor resolves it. The quote below is as it was last found.")
    String claim_orphanedText();
    @Message("Show this quote in the full article")
    String claim_showInArticle();
    @Message("characters {start}–{end}")
    String claim_characters(int start, int end);
    @Message("Who says it")
    String claim_whoHeading();
    @Message("Attributed to")
    String claim_attributedTo();
    @Message("the outlet, in its own voice")
    String claim_ownVoice();
    @Message("(via {via})")
    String claim_via(String via);
    @Message("How the article presents it")
    String claim_presents();
    @Message("Kind")
    String claim_kind();
    @Message("— opinion or rhetoric, not counted as checkable")
    String claim_notCheckable();
    @Message("Check-worthiness")
    String claim_checkworthiness();
    @Message("from")
    String claim_from();
    @Message("Why it is marked disputed")
    String claim_whyDisputed();
    @Message("flagged by the extractor")
    String claim_flagged();
    @Message("Source")
    String claim_sourceHeading();
    @Message("Across outlets")
    String claim_acrossHeading();
    @Message("Independent origins")
    String claim_origins();
    @Message("Stance matrix")
    String claim_matrix();
    @Message("Each outlet that mentions the event, by its stance, against how it presents the claim")
    String claim_matrixCaption();
    @Message("Asserts")
    String claim_asserts();
    @Message("Reports")
    String claim_reports();
    @Message("Disputes")
    String claim_disputes();
    @Message("Related claims in other articles")
    String claim_related();
    @Message("The matcher has linked no claim of another article to this one.")
    String claim_noRelated();
    @Message("by {who}")
    String claim_decidedBy(String who);
    @Message("score {score}")
    String claim_score(String score);
    @Message("Shared:")
    String claim_shared();
    @Message("Decide this relation")
    String claim_decide();
    @Message("Confirm")
    String claim_confirm();
    @Message("Reject")
    String claim_reject();
    @Message("Rejected suggestions ({count})")
    String claim_rejected(int count);
    @Message("rejected by {who}")
    String claim_rejectedBy(String who);
    @Message("a reviewer")
    String claim_aReviewer();
    @Message("Confirm instead")
    String claim_confirmInstead();
    @Message("Add this claim to the set")
    String claim_addToSet();
    @Message("Add to set")
    String claim_addToSetButton();
    @Message("Keyboard")
    String claim_keys();
    @Message("choose Corroborated and write the rationale")
    String claim_keyC();
    @Message("choose Contested and write the rationale")
    String claim_keyX();
    @Message("save the form you are typing in")
    String claim_keySave();
    @Message("next / previous claim in the queue")
    String claim_keyJK();
    @Message("show or hide these keys")
    String claim_keyHelp();
    @Message("Close")
    String claim_close();
    @Message("Press")
    String claim_pressFor();
    @Message("for keyboard shortcuts.")
    String claim_forShortcuts();

    @Message("Review")
    String review_heading();
    @Message("Status:")
    String review_status();
    @Message("Reviewers disagree: {corroborating} corroborate, {contesting} contest — an editor settles it.")
    String review_disagree(long corroborating, long contesting);
    @Message("settled by {who}")
    String review_settledBy(String who);
    @Message("{corroborating} corroborate · {contesting} contest")
    String review_counts(long corroborating, long contesting);
    @Message("{#switch done}{#case 'verdict'}Verdict saved.{#case 'settled'}Claim settled.{#case 'commented'}Comment posted.{#case 'edited'}Comment edited.{#case 'deleted'}Comment deleted.{#case 'relation'}Relation decided.{#else}Saved.{/switch}")
    String review_done(String done);
    @Message("Settled {verdict}")
    String review_settled(String verdict);
    @Message("by")
    String review_by();
    @Message("Current verdicts")
    String review_current();
    @Message("No verdict yet.")
    String review_noVerdict();
    @Message("attribution {judgement}")
    String review_attribution(String judgement);
    @Message("Evidence:")
    String review_evidence();
    @Message("Your verdict")
    String review_yourVerdict();
    @Message("(keys:")
    String review_keysHint();
    @Message("corroborate,")
    String review_corroborateKey();
    @Message("contest)")
    String review_contestKey();
    @Message("Corroborated")
    String review_corroborated();
    @Message("Contested")
    String review_contested();
    @Message("Rationale (required)")
    String review_rationale();
    @Message("Evidence: URLs or claim ids, one per line (optional)")
    String review_evidenceField();
    @Message("Cite confirmed related claims")
    String review_cite();
    @Message("Is the attribution accurate? (did this source really say it)")
    String review_attributionField();
    @Message("Not checked")
    String review_notChecked();
    @Message("Accurate")
    String review_accurate();
    @Message("Inaccurate")
    String review_inaccurate();
    @Message("Save verdict")
    String review_save();
    @Message("Settle as editor")
    String review_settleLegend();
    @Message("Final rationale")
    String review_finalRationale();
    @Message("Settle")
    String review_settle();
    @Message("Discussion")
    String review_discussion();
    @Message("No comments yet.")
    String review_noComments();
    @Message("deleted")
    String review_deleted();
    @Message("edited")
    String review_edited();
    @Message("Comment deleted (kept in the history).")
    String review_commentDeleted();
    @Message("Reply")
    String review_reply();
    @Message("Your reply")
    String review_yourReply();
    @Message("Post reply")
    String review_postReply();
    @Message("Edit or delete")
    String review_editOrDelete();
    @Message("Comment")
    String review_comment();
    @Message("Save edit")
    String review_saveEdit();
    @Message("Delete comment")
    String review_deleteComment();
    @Message("New comment")
    String review_newComment();
    @Message("Post comment")
    String review_postComment();
    @Message("History")
    String review_history();
    @Message("Nothing has happened to this claim yet.")
    String review_noHistory();

    @Message("Review queue")
    String queue_title();
    @Message("Queues")
    String queue_tabs();
    @Message("Narrow the queue")
    String queue_narrowLabel();
    @Message("Narrow")
    String queue_narrow();
    @Message("in this queue · open a claim, then")
    String queue_inThis();
    @Message("step through it.")
    String queue_stepThrough();
    @Message("Nothing waiting here.")
    String queue_empty();

    @Message("{message}")
    String form_error(String message);

    @Message("Reported by {outlets} {#if outlets == 1}outlet{#else}outlets{/if} from {origins} independent {#if origins == 1}origin{#else}origins{/if}, across stances {stances}")
    String corroboration_summary(int outlets, int origins, String stances);
    @Message("No outlet in the corpus supports it: every report of it disputes it.")
    String corroboration_noSupport();
    @Message("The stance of {outlets} is not known.")
    String corroboration_unknownStance(String outlets);
    @Message("Support crosses opposing stances: {favourable} and {critical}.")
    String corroboration_crosses(String favourable, String critical);
    @Message("No supporting outlet has a known stance, so it cannot be said whether support crosses stances.")
    String corroboration_noKnownStance();
    @Message("Support comes from one stance only: {stance}.")
    String corroboration_oneStance(String stance);
    @Message("Support comes from {stances}, not from outlets of opposing stances.")
    String corroboration_notOpposing(String stances);
    @Message("and")
    String corroboration_and();
    @Message("Untitled: {lead}")
    String article_untitled(String lead);
    @Message("Untitled article {id}")
    String article_untitledNumber(long id);
}
