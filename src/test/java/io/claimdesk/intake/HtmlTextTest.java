package io.claimdesk.intake;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTextTest {

    static final String LONG = "The harbour master said the first ships would berth on Thursday morning, and that "
            + "the backlog of roughly four hundred containers should clear within a week if the weather holds, "
            + "though hauliers warned that queues on the ring road could last longer.";

    static String newsPage() throws IOException {
        try (InputStream in = HtmlTextTest.class.getResourceAsStream("/intake/news-page.html")) {
            return BodyDecoder.decode(in.readAllBytes()).text();
        }
    }

    static String text(String bodyHtml) {
        return HtmlText.of("<!doctype html><html><body>" + bodyHtml + "</body></html>", null).text();
    }

    @Test
    void aNewsPageGivesExactlyItsHeadlineAndParagraphs() throws IOException {
        HtmlArticle a = HtmlText.of(newsPage(), "https://harbourtimes.example/news/2024/03/port-strike-ends?utm_source=x");
        assertEquals("""
                Port strike ends after 11 days

                Dock workers at the Port of Eastbay voted on Wednesday to accept a 7.5% pay rise, ending a strike \
                that had halted container traffic for 11 days.

                The union said 812 of its 1,040 members took part in the ballot & that 71% backed the offer.

                The port authority estimated that the stoppage cost local businesses about €40\u00A0million in lost \
                trade.

                “We are relieved it is over,” said Ana Ruiz, who runs a haulage firm near the terminal.""", a.text());
        for (String chrome : List.of("Home", "Politics", "Sport", "Weather", "Search", "cookies", "Accept", "Manage",
                "Tweet", "Facebook", "Copy link", "comment", "dockfan", "queues", "brother", "contract", "Load more",
                "Related", "Ferry", "Crane", "rights reserved", "Privacy", "Contact", "Advertisement", "Subscribers",
                "Placeholder", "briefing", "Sign up", "Labour", "Okonkwo", "March 2024", "trackClick", "googletag",
                "dataLayer", "analytics", "onclick", "javascript", "showChart", "<", ">", "↗")) {
            assertFalse(a.text().contains(chrome), () -> "text contains " + chrome);
        }
    }

    @Test
    void aNewsPageGivesTheMetadataItStatesAndWhereItStatesIt() throws IOException {
        HtmlArticle a = HtmlText.of(newsPage(), "https://harbourtimes.example/news/2024/03/port-strike-ends?utm_source=x");
        assertEquals(new PageValue("Port strike ends after 11 days of talks", "og:title"), a.title());
        assertEquals(new PageValue("Maria Okonkwo", "meta name=author"), a.author());
        assertEquals(new PageValue("2024-03-14T09:30:00Z", "article:published_time: 2024-03-14T09:30:00Z"), a.published());
        assertEquals("https://harbourtimes.example/news/2024/03/port-strike-ends", a.canonicalUrl());
        assertEquals(new PageValue("The Harbour Times", "og:site_name"), a.siteName());
    }

    @Test
    void aRelativeCanonicalWithoutTheBaseUrlFallsBackToOgUrl() throws IOException {
        assertEquals("https://harbourtimes.example/news/2024/03/port-strike-ends", HtmlText.of(newsPage(), null).canonicalUrl());
    }

    @Test
    void metadataFallsBackToTitleArticleAuthorAndTheStorysTime() {
        HtmlArticle a = HtmlText.of("<html><head><title> Plain &amp; simple </title>"
                + "<meta property=\"article:author\" content=\"Jo Bloggs\">"
                + "</head><body><article><header><h1>Head</h1><time datetime=\"2023-05-04\">4 May</time></header>"
                + "<p>" + LONG + "</p><div class=\"comments\"><time datetime=\"2023-05-09\">later</time></div>"
                + "</article></body></html>", null);
        assertEquals(new PageValue("Plain & simple", "the page's title tag"), a.title());
        assertEquals(new PageValue("Jo Bloggs", "article:author"), a.author());
        assertEquals(new PageValue("2023-05-04", "the story's <time datetime>: 2023-05-04"), a.published());
        assertNull(a.canonicalUrl());
        assertNull(a.siteName());
        assertEquals("Head\n\n" + LONG, a.text());
    }

    @Test
    void aDateMetaComesBeforeTheStorysTimeAndAnUnreadableOneIsPassedOver() {
        String story = "</head><body><article><header><time datetime=\"2023-05-04\">4 May</time></header><p>" + LONG
                + "</p></article></body></html>";
        assertEquals(new PageValue("2020-01-01", "meta name=date: 2020-01-01"),
                HtmlText.of("<html><head><meta name=\"date\" content=\"2020-01-01\">" + story, null).published());
        assertEquals(new PageValue("2023-05-04", "the story's <time datetime>: 2023-05-04"),
                HtmlText.of("<html><head><meta property=\"article:published_time\" content=\"last Tuesday\">"
                        + "<meta name=\"date\" content=\"0024-01-01\">" + story, null).published());
    }

    @Test
    void aProfileLinkOrTheOutletItselfIsNoByline() {
        HtmlArticle a = HtmlText.of("<html><head><meta property=\"og:site_name\" content=\"Eastbay Courier\">"
                + "<meta property=\"article:author\" content=\"https://www.facebook.com/eastbaycourier\">"
                + "<meta name=\"author\" content=\"Eastbay Courier\"></head><body><p>" + LONG + "</p></body></html>", null);
        assertNull(a.author());
        HtmlArticle signed = HtmlText.of("<html><head><meta property=\"article:author\" content=\"/staff/jo\">"
                + "<meta name=\"parsely-author\" content=\"Jo Bloggs\"></head><body><p>" + LONG + "</p></body></html>", null);
        assertEquals(new PageValue("Jo Bloggs", "meta name=parsely-author"), signed.author());
    }

    @Test
    void jsonLdGivesTheModifiedTimeAndPublisherForTheSnapshotAndReadsTheShapesSitesWrite() {
        HtmlArticle a = HtmlText.of("<html><head><script type=\"application/ld+json\">\n"
                + "{\"@context\": \"https://schema.org\", \"@type\": \"https://schema.org/BlogPosting\",\n"
                + " \"name\": \"Rates, tides &amp; timetables\", \"datePublished\": \"2024-02-29T00:10:00+09:00\",\n"
                + " \"dateModified\": \"2024-03-01T08:00:00+09:00\", \"publisher\": [{\"name\": \"Isle Weekly\"}],\n"
                + " \"author\": [{\"@id\": \"#nobody-we-know\"}, {\"name\": \" Aiko   Mori \"}],}\n"
                + "</script></head><body><p>" + LONG + "</p></body></html>", null);
        assertEquals(new PageValue("Rates, tides & timetables", "JSON-LD name"), a.title());
        assertEquals(new PageValue("Aiko Mori", "JSON-LD author"), a.author());
        assertEquals(new PageValue("2024-02-29T00:10:00+09:00", "JSON-LD datePublished: 2024-02-29T00:10:00+09:00"),
                a.published());
        assertEquals(new PageValue("2024-03-01T08:00:00+09:00", "JSON-LD dateModified: 2024-03-01T08:00:00+09:00"),
                a.modified());
        assertEquals(new PageValue("Isle Weekly", "JSON-LD publisher"), a.publisher());
        assertEquals(new PageValue("Isle Weekly", "JSON-LD publisher"), a.siteName());
        assertEquals(LONG, a.text());
    }

    @Test
    void jsonLdThatIsNotAnArticleOrNotJsonGivesNothing() {
        HtmlArticle a = HtmlText.of("<html><head><script type=\"application/ld+json\">{\"@type\": \"Organization\", "
                + "\"name\": \"Isle Weekly\"}</script><script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\"], "
                + "\"headline\": \"Cut off</script><script type=\"application/ld+json\"></script></head><body><p>" + LONG
                + "</p></body></html>", null);
        assertEquals(new HtmlArticle(LONG, null, null, null, null, null, null, null), a);
    }

    @Test
    void nothingIsInvented() {
        // The only <time> in the story is a comment's, which dates the comment, not the story.
        HtmlArticle dated = HtmlText.of("<html><body><article><p>" + LONG + "</p><ol class=\"comment-list\"><li>"
                + "<time datetime=\"2023-05-09\">later</time></li></ol></article></body></html>", null);
        assertNull(dated.published());
        assertEquals(LONG, dated.text());
        HtmlArticle bare = HtmlText.of("<p>Only a paragraph, <time datetime=\"2021-02-02\">then</time>.</p>", null);
        assertEquals(new HtmlArticle("Only a paragraph, then.", null, null, null, null, null, null, null), bare);
    }

    @Test
    void aCanonicalThatIsNotAWebAddressIsIgnored() {
        assertNull(HtmlText.of("<link rel=\"canonical\" href=\"javascript:alert(1)\"><p>x</p>", "https://a.example/").canonicalUrl());
        assertEquals("https://a.example/story", HtmlText.of("<link rel=\"Canonical\" href=\"/story\"><p>x</p>",
                "https://a.example/story?page=2").canonicalUrl());
    }

    @Test
    void twoSubstantialArticlesFallBackToMainAndNoArticleOrMainToBody() {
        String two = text("<header><p>Masthead</p></header><main><article><p>" + LONG + "</p></article>"
                + "<article><p>Second. " + LONG + "</p></article></main><p>Outside main</p>");
        assertEquals(LONG + "\n\nSecond. " + LONG, two);
        assertEquals("Intro\n\nBody text", text("<nav>Menu</nav><p>Intro</p><div>Body text</div><footer>Foot</footer>"));
    }

    @Test
    void aShortArticleIsNoStoryAndMainIsUsed() {
        assertEquals("Lead\n\nTeaser", text("<main><p>Lead</p><article><p>Teaser</p></article></main><p>Outside</p>"));
    }

    @Test
    void theStoryTitleInsideTheArticleHeaderIsKeptButThePageHeaderGoes() {
        String page = text("<header><h1>Site name</h1></header><article><header><p>Kicker</p><h1>Story title</h1>"
                + "<p>By someone</p></header><p>" + LONG + "</p></article>");
        assertEquals("Story title\n\n" + LONG, page);
    }

    @Test
    void clutterIsRecognisedByWholeClassTokensAndTheirParts() {
        String html = "<article><p>" + LONG + "</p>"
                + "<ol class=\"comment-list\"><li>c1</li></ol><div class=\"share_bar\">s1</div>"
                + "<div id=\"SOCIAL\">s2</div><div class=\"x Promo\">p1</div><div class=\"related\">r1</div>"
                + "<div class=\"newsletter-box\">n1</div><div class=\"subscribe\">n2</div><div id=\"advert_top\">a1</div>"
                + "<div class=\"cookie\">k1</div><div class=\"comments\">c2</div>"
                + "<div class=\"commentary\">Commentary stays.</div><div class=\"sharethrough-free relatedness\">So does this.</div>"
                + "</article>";
        assertEquals(LONG + "\n\nCommentary stays.\n\nSo does this.", text(html));
    }

    @Test
    void hiddenElementsAndNonContentTagsAreRemoved() {
        String html = "<p>Visible</p><p hidden>h1</p><p aria-hidden=\"true\">h2</p><p aria-hidden=\"false\">Shown</p>"
                + "<p style=\"color:red; DISPLAY : none\">h3</p><p style=\"visibility:hidden\">h4</p>"
                + "<noscript>h5</noscript><template><p>h6</p></template><iframe src=\"x\">h7</iframe><svg><text>h8</text></svg>"
                + "<canvas>h9</canvas><select><option>h10</option></select><textarea>h11</textarea><aside>h12</aside>"
                + "<style>p{}</style><input value=\"h13\"><button>h14</button>";
        assertEquals("Visible\n\nShown", text(html));
    }

    @Test
    void blocksBecomeParagraphsAndWhitespaceCollapses() {
        String html = "<div>Direct <b>text</b><p>Para</p> tail</div><ul><li>one</li><li><p>two</p></li></ul>"
                + "<blockquote><p>quoted</p></blockquote><p>line one<br>line two <br/> line three</p>"
                + "<p>  spaced \t  out\n text &amp; &eacute; &lt;b&gt; </p><table><tr><th>Head</th><td>cell</td></tr></table>"
                + "<pre>code\n  indented</pre><dl><dt>term</dt><dd>definition</dd></dl>"
                + "<figure><img alt=\"Photo\"><figcaption>Caption</figcaption></figure><section>Section text</section>"
                + "<h2>Sub<span>head</span></h2><p> </p>";
        assertEquals("Direct text\n\nPara\n\ntail\n\none\n\ntwo\n\nquoted\n\nline one\nline two\nline three\n\n"
                + "spaced out text & é <b>\n\nHead\n\ncell\n\ncode\n  indented\n\nterm\n\ndefinition\n\nCaption\n\n"
                + "Section text\n\nSubhead", text(html));
    }

    @Test
    void noTagsAttributesOrScriptsSurvive() {
        String html = "<p onclick=\"alert(1)\">Hi <a href=\"javascript:alert(2)\" onmouseover=\"alert(3)\">there</a>"
                + "<img src=x onerror=\"alert(4)\"><script>alert(5)</script><!-- alert(6) --></p>"
                + "<div style=\"background:url(javascript:alert(7))\">ok</div>";
        String text = text(html);
        assertEquals("Hi there\n\nok", text);
        assertFalse(text.contains("alert"));
    }

    @Test
    void aFormWrappingTheWholePageIsNotRemovedWithIt() {
        String html = "<form id=\"aspnetForm\"><nav>Menu</nav><main><h1>Title</h1><p>Story</p>"
                + "<aside class=\"search\"><input name=\"q\"><p>Search tips</p></aside></main></form>";
        assertEquals("Title\n\nStory", text(html));
    }

    @Test
    void looksLikeHtml() {
        assertTrue(HtmlText.looksLikeHtml("\uFEFF \n<!DOCTYPE html><p>x"));
        assertTrue(HtmlText.looksLikeHtml("  <HTML lang=en>"));
        assertTrue(HtmlText.looksLikeHtml("Intro <div class=a>x</div> and <P>y"));
        assertTrue(HtmlText.looksLikeHtml("<body><article>x</article></body>"));
        assertFalse(HtmlText.looksLikeHtml("Plain text about the <p> tag."));
        assertFalse(HtmlText.looksLikeHtml("<p>one</p><p>two</p>"));
        assertFalse(HtmlText.looksLikeHtml("# Markdown\n\nWith *emphasis* and a <br> tag."));
        assertFalse(HtmlText.looksLikeHtml("Text then <html> later"));
    }
}
