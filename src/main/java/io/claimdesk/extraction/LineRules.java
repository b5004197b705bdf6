package io.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Furniture rules that decide from one line alone. Each rule matches the shape of page chrome
 * (widgets, labels, captions, stamps) that any outlet produces, never a particular site's strings.
 */
final class LineRules {

    /**
     * @param mayMatch a cheap test on the line and its lower-case form; the pattern only runs when it
     *                 passes, which keeps regular expressions off the long prose lines that make up most text
     */
    private record Rule(String name, Pattern pattern, BiPredicate<String, String> mayMatch) {}

    private static final int CI = Pattern.CASE_INSENSITIVE;
    /** Widgets, captions and prompts are short; a longer block is prose whatever words it contains. */
    private static final int MAX_FURNITURE_CHARS = 400;
    private static final int MAX_LABEL_CHARS = 80;

    private static final List<Rule> RULES = List.of(
            new Rule("photo-caption", Pattern.compile(
                    "\\|\\s*(?:photos?|images?|pictures?|video|credits?|source|fotos?)\\s*:"
                            + "|^(?:photo|image|picture|caption|file photo)\\s*:"
                            + "|^(?:image|media|photo|video|picture)\\s+(?:caption|source|credit)s?\\b"
                            + "|^(?:photo|image|picture)s?\\s+(?:by|courtesy of|credit:?)\\s"
                            + "|\\((?:photo|image|credit)s?\\s*:|[.!?]\\s+(?:photo|image|picture)s?\\s*:\\s*\\p{Lu}[^.!?]{0,80}$", CI),
                    (line, lower) -> line.indexOf('|') >= 0 || line.indexOf('(') >= 0
                            || startsWithAny(lower, "photo", "image", "picture", "caption", "file photo", "media",
                            "video") || containsAny(lower, "photo:", "photos:", "image:", "picture:")),
            new Rule("breadcrumb", Pattern.compile("^[^.!?]{1,40}(?:\\s[»›>/]\\s[^.!?]{1,40}){2,}$"),
                    (line, lower) -> line.length() <= MAX_LABEL_CHARS && (line.indexOf('»') >= 0
                            || line.indexOf('›') >= 0 || line.indexOf(" > ") >= 0 || line.indexOf(" / ") >= 0)),
            new Rule("staff-credits", Pattern.compile(
                    "^(?:additional\\s+)?(?:reporting|editing|writing|compiled|translated|produced|graphics)\\s+by\\b", CI),
                    (line, lower) -> lower.indexOf(" by ") > 0),
            new Rule("min-read", Pattern.compile("^(?:reading time:?\\s*)?\\d{1,3}\\s*(?:min|mins|minutes?)\\.?(?:\\s+read(?:ing)?)?$", CI),
                    (line, lower) -> line.length() <= 40 && lower.contains("min")),
            new Rule("promo-label", Pattern.compile(
                    "^(?:watch|read|read more|read also|also read|see also|related|related articles?|related stories"
                            + "|more|listen|video|photos|gallery|podcast|opinion|analysis|argument|explainer|breaking"
                            + "|exclusive|sponsored|advertisement|recommended|trending|most read|popular|tags?|topics"
                            + "|filed under|categor(?:y|ies)|keywords|share this|like this)\\s*:", CI),
                    (line, lower) -> {
                        int colon = line.indexOf(':');
                        return colon > 0 && colon <= 30;
                    }),
            new Rule("contact", Pattern.compile(
                    "[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\[email\\s*protected]|please contact|contact us|get in touch"
                            + "|for (?:sales|advertising|licensing) (?:inquiries|enquiries)|sign up for our|subscribe to our|our newsletter", CI),
                    (line, lower) -> line.indexOf('@') >= 0 || containsAny(lower, "email", "contact", "get in touch",
                            "inquiries", "enquiries", "sign up for", "subscribe to", "newsletter")),
            new Rule("comment-prompt", Pattern.compile(
                    "\\b(?:no comments|first comment|comments? yet|leave a comment|post a comment|add a comment"
                            + "|write a comment|join the (?:conversation|discussion)|in the comments|comment below|\\d+\\s+comments?|comments? \\(\\d+\\))", CI),
                    (line, lower) -> lower.contains("comment") || lower.contains("join the")),
            new Rule("vote-widget", Pattern.compile(
                    "^(?:(?:vote|like|dislike|share|rate|upvote|downvote|votes?|likes?)\\b\\W*)+(?:\\(\\s*\\d+\\s*\\)\\W*)+$", CI),
                    (line, lower) -> line.length() <= MAX_LABEL_CHARS && line.indexOf('(') >= 0),
            new Rule("posted-by", Pattern.compile("^(?:posted|submitted|shared|uploaded)\\s+by\\b", CI),
                    (line, lower) -> startsWithAny(lower, "posted", "submitted", "shared", "uploaded")),
            new Rule("site-banner", Pattern.compile(
                    "\\b(?:this (?:page|site|website)|your browser|javascript|cookies|ad ?blocker|having trouble loading"
                            + "|all rights reserved|terms of (?:use|service)|privacy policy|cookie policy)\\b|^©|^copyright\\b"
                            + "|^(?:our|editorial) standards\\b", CI),
                    (line, lower) -> line.indexOf('©') >= 0 || containsAny(lower, "this page", "this site",
                            "this website", "your browser", "javascript", "cookies", "blocker", "having trouble loading",
                            "all rights reserved", "copyright", "standards", "terms of", "privacy policy",
                            "cookie policy")),
            new Rule("ui-control", Pattern.compile(
                    "^(?:close(?: button)?|menu|search|select language|languages?|skip to (?:main )?content|sign in"
                            + "|sign up|log ?in|log ?out|register|subscribe(?: now)?|advertisement|advert|sponsored"
                            + "|share(?: this(?: article| story)?)?|print|email|back to top|load more|show more|read more"
                            + "|more|next|previous|prev|home|live|audio only|listen|play|pause|toggle navigation"
                            + "|read next|up next|related|related (?:topics|stories|articles|content|coverage)"
                            + "|more on this (?:story|topic)|more from [^.]{1,30}|recommended|you may also like"
                            + "|editor'?s picks|trending|latest news|top stories|most read|most popular|loading\\W*"
                            + "|(?:switch|go|return|back) to\\b.{0,40})[.!?]?$", CI),
                    (line, lower) -> line.length() <= MAX_LABEL_CHARS),
            new Rule("figure-caption", Pattern.compile(
                    "^(?:figure|fig\\.|chart|map|graphic|table|image|photo|picture)\\s*\\d+[.:]\\s|\\bsatellite (?:image|imagery) ©"
                            + "|^(?:photographs?|photography|photos|pictures|images|illustrations?|video)\\s*(?:by|:)\\s*\\p{Lu}"
                            + "|\\((?:photo|picture|image)s?(?:\\s*by)?\\s*:?\\s*\\p{Lu}[^)]*\\)\\s*$|\\bpicture by\\s+\\p{Lu}", CI),
                    (line, lower) -> containsAny(lower, "figure", "fig.", "chart", "map", "graphic", "table", "image",
                            "photo", "picture", "satellite", "illustration", "video")),
            new Rule("view-disclaimer", Pattern.compile(
                    "^the views expressed\\b|\\bviews (?:expressed )?(?:are|is) (?:his|her|their|its|the author'?s?|those of)\\b", CI),
                    (line, lower) -> lower.contains("views")),
            new Rule("editorial-note", Pattern.compile(
                    "^this (?:article|interview|story|piece|report|conversation|q&a|version)\\b.{0,80}"
                            + "\\b(?:edited|condensed|translated|conducted|appears|appeared|updated|published|first|originally)\\b"
                            + "|^(?:the )?interview (?:has been|was) (?:edited|condensed)|^(?:below|here) (?:are|is) (?:an? )?edited\\b", CI),
                    (line, lower) -> (lower.startsWith("this ") || lower.startsWith("the ") || lower.startsWith("interview")
                            || lower.startsWith("below") || lower.startsWith("here")) && Texts.wordCount(line) <= 30),
            new Rule("call-to-action", Pattern.compile(
                    "^(?:sign up|subscribe|support (?:our|us|independent)|donate|download (?:the|our)|get (?:the|our) [^.]{0,40}"
                            + "(?:newsletter|briefing|app|updates)|follow (?:us|@|\\p{Lu}[^.]{0,40} on)|visit (?:www|https?:|our)"
                            + "|for more information,? visit|click here|tap here|join (?:our|the conversation)|tell (?:me|us) in the comments"
                            + "|read (?:the|our) full|listen to (?:the|our)|watch (?:the|our) (?:video|full))\\b", CI),
                    (line, lower) -> line.length() <= 2 * MAX_LABEL_CHARS),
            new Rule("about-heading", Pattern.compile("^about (?:the )?\\p{Lu}[^.!?]{1,60}$|^(?:notes to editors|media contacts?|press contacts?|for media inquiries)\\b.{0,60}$", CI),
                    (line, lower) -> line.length() <= MAX_LABEL_CHARS && (lower.startsWith("about ") || lower.startsWith("notes")
                            || lower.startsWith("media") || lower.startsWith("press") || lower.startsWith("for media"))),
            new Rule("release-end", Pattern.compile("^(?:#{3}|-30-|ends|end|— ?ends ?—)$", CI),
                    (line, lower) -> line.length() <= 8),
            new Rule("quote-attribution", Pattern.compile("^[—–]\\s*\\p{Lu}[\\p{L}.'’ -]{1,60}(?:,[^.]{0,80})?$"),
                    (line, lower) -> line.length() <= MAX_LABEL_CHARS + 40 && (line.charAt(0) == '—' || line.charAt(0) == '–')));

    /** "By Name", "By Name/Outlet", "By Name and Name": no final period, at most a dozen words. */
    private static final Pattern BYLINE = Pattern.compile(
            "^[Bb][Yy]\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|del|van|von|al|bin|and|&))*\\s*(?:[/|,]\\s*\\S.{0,60})?$");

    private LineRules() {
    }

    /** The first rule that matches the line, or null. */
    static String match(String line) {
        if (line.length() > MAX_FURNITURE_CHARS) {
            return null;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.mayMatch.test(line, lower) && rule.pattern.matcher(line).find()) {
                return rule.name;
            }
        }
        if (lower.startsWith("by") && BYLINE.matcher(line).matches() && !endsSentence(line)
                && Texts.wordCount(line) <= 12) {
            return "byline";
        }
        if (isShareItem(line)) {
            return "share-list";
        }
        if (isTruncatedTeaser(line)) {
            return "truncated-teaser";
        }
        return null;
    }

    /** "Related commentary", "Read more", "Most read", "More from Opinion", "Recommended", "Latest news". */
    private static final Pattern RELATED = Pattern.compile(
            "^(?:related|read more|read also|also read|see also|more from|more on|most read|most popular|recommended|latest"
                    + "|you may also like|editor'?s picks|trending|top stories|related news|related topics|more stories)"
                    + "\\b[^.!?]{0,40}:?$", Pattern.CASE_INSENSITIVE);
    /** "By X", "Written by X", "Words: X", "Interview by X", "Story and photos by X", "X | Outlet" under a headline. */
    private static final Pattern BYLINE_CUE = Pattern.compile(
            "^(?:by|written by|words:?|words by|text:?|text by|story:?|story by|interview by|reporting by|report by|posted by"
                    + "|author:?)\\s+\\p{Lu}|^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,4}\\s*[|/,]\\s*\\p{Lu}",
            Pattern.CASE_INSENSITIVE);

    static boolean isRelatedLabel(String line) {
        return line.length() <= MAX_LABEL_CHARS && RELATED.matcher(line.strip()).matches();
    }

    /** A line that names the author: "By …", "Written by …", "Words: …", "Name | Outlet", "Name, Role". */
    static boolean isByline(String line) {
        String t = line.strip();
        return t.length() <= MAX_LABEL_CHARS && !endsSentence(t) && BYLINE_CUE.matcher(t).find();
    }

    static boolean isBulleted(String line) {
        return !line.isEmpty() && BlockSplitter.isBullet(line.charAt(0)) && line.length() > 1
                && Texts.isSpace(line.charAt(1));
    }

    /** A bullet holding a few words: the items of share bars and navigation menus. */
    private static boolean isShareItem(String line) {
        return isBulleted(line) && Texts.wordCount(line) <= 3 && !endsSentence(line);
    }

    /** A headline cut off by the page ("… Anti-U.S. O..."), the typical related-story card. */
    private static boolean isTruncatedTeaser(String line) {
        String t = line.strip();
        return (t.endsWith("...") || t.endsWith("…")) && Headlines.isTitleCase(t);
    }

    private static boolean startsWithAny(String lower, String... prefixes) {
        for (String p : prefixes) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String lower, String... parts) {
        for (String p : parts) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean endsSentence(String line) {
        char c = Texts.lastVisible(line, 0, line.length());
        if (c == '"' || c == '”' || c == '’' || c == ')') {
            String t = line.strip();
            c = t.length() > 1 ? t.charAt(t.length() - 2) : c;
        }
        return c == '.' || c == '!' || c == '?';
    }

    static String normalizeForComparison(String line) {
        String t = line.strip();
        if (isBulleted(t)) {
            t = t.substring(1);
        }
        return Texts.normalizeSpace(t).toLowerCase(Locale.ROOT);
    }
}
