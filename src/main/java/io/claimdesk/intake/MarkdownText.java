package io.claimdesk.intake;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Markdown to the plain text a reader sees: markup characters go, words stay as typed. CommonMark reads the
 * markup; this writes its text. Blocks become paragraphs separated by a blank line, but only where the author left
 * one (or a heading, code block or rule stands): lines that follow each other in the source, such as a quote's
 * lines or a list's items, stay lines of one paragraph, as an author reading the source sees them.
 *
 * <p>The tree is walked in a loop, not by a recursive visitor: a text of 100,000 nested quote or list markers
 * nests as deep, and recursion that deep overflows the stack.
 */
public final class MarkdownText {

    /** Thread-safe once built; source spans give each block its lines, so the writer sees where blank lines were. */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

    private final StringBuilder out = new StringBuilder();
    /** The last source line written or passed over (a comment, a reference definition). */
    private int lastLine = -1;
    /** Whether what was written last is a paragraph the next block may continue on its next line. */
    private boolean lastFlows;
    /** A rule, or blank source lines, stand since what was written last. */
    private boolean broken;

    private MarkdownText() {
    }

    public static String of(String md) {
        Node document = PARSER.parse(md);
        MarkdownText text = new MarkdownText();
        for (Node node = document.getFirstChild(); node != null; node = next(node, document, !text.block(node))) {
            // Each block is taken by block(); quotes, lists and their items are walked into.
        }
        return text.out.toString();
    }

    /** Writes a block that holds text; false for a container (quote, list, item) whose blocks come next. */
    private boolean block(Node node) {
        if (node instanceof Paragraph) {
            write(node, inline(node), true);
        } else if (node instanceof Heading) {
            write(node, inline(node), false);
        } else if (node instanceof FencedCodeBlock code) {
            // Code is text the author wants read verbatim, so only the fences go.
            write(node, verbatim(code.getLiteral()), false);
        } else if (node instanceof IndentedCodeBlock code) {
            write(node, verbatim(code.getLiteral()), false);
        } else if (node instanceof HtmlBlock html) {
            // Comments vanish without splitting a paragraph; other HTML stays as typed, and the blank lines a block
            // such as <pre> holds still part paragraphs.
            write(node, BLANK_LINE.splitAsStream(COMMENT.matcher(html.getLiteral()).replaceAll(""))
                    .map(MarkdownText::lines).filter(p -> !p.isEmpty()).collect(Collectors.joining("\n\n")), true);
        } else if (node instanceof ThematicBreak) {
            broken = true;
        } else if (node instanceof LinkReferenceDefinition) {
            passOver(node);
        } else {
            return false;
        }
        return true;
    }

    private void write(Node block, String text, boolean flows) {
        if (text.isEmpty()) {
            // A block that held only an image or a comment leaves nothing, and must not read as a paragraph break.
            passOver(block);
            return;
        }
        if (!out.isEmpty()) {
            boolean continues = flows && lastFlows && !broken && firstLine(block) == lastLine + 1;
            out.append(continues ? "\n" : "\n\n");
        }
        out.append(text);
        lastLine = lastLine(block);
        lastFlows = flows;
        broken = false;
    }

    private void passOver(Node block) {
        if (firstLine(block) != lastLine + 1) {
            broken = true;
        }
        lastLine = lastLine(block);
    }

    private static int firstLine(Node block) {
        return block.getSourceSpans().get(0).getLineIndex();
    }

    private static int lastLine(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.get(spans.size() - 1).getLineIndex();
    }

    /** The text of a block's inline content: emphasis, code and links give their words; images give nothing. */
    private static String inline(Node block) {
        StringBuilder text = new StringBuilder();
        for (Node node = block.getFirstChild(); node != null; node = next(node, block, !(node instanceof Image))) {
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append('\n');
            } else if (node instanceof HtmlInline html) {
                text.append(COMMENT.matcher(html.getLiteral()).replaceAll(""));
            }
        }
        return lines(text.toString());
    }

    /** The node after this one in document order within {@code root}: its first child (if asked), else the next one up. */
    private static Node next(Node node, Node root, boolean descend) {
        if (descend && node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node at = node; at != root; at = at.getParent()) {
            if (at.getNext() != null) {
                return at.getNext();
            }
        }
        return null;
    }

    /** The lines that hold text, without trailing spaces: a line that held only an image or a comment is gone. */
    private static String lines(String text) {
        return text.lines().map(String::stripTrailing).filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
    }

    /** Only blank lines are trimmed off code: its first line keeps its indentation. */
    private static String verbatim(String code) {
        List<String> lines = code.lines().toList();
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }
}
