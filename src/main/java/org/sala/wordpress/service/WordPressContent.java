package org.sala.wordpress.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sala.base.text.Words;
import org.sala.comment.CommentHtmlPolicy;
import org.sala.post.PostHtmlPolicy;

/**
 * Turns WordPress's stored text (HTML with auto-paragraphs, shortcodes and {@code <!--more-->})
 * into sanitised HTML, and gives it the form Sala stores: one raw HTML block that the Markdown
 * renderer passes through unchanged to the same sanitiser policy.
 */
final class WordPressContent {

    static final int EXCERPT_MAX_CHARS = 320;

    private static final Pattern MORE = Pattern.compile("<!--more(.*?)?-->");
    private static final Pattern NEXT_PAGE = Pattern.compile("<!--nextpage-->");
    private static final Pattern CAPTION = Pattern.compile(
            "\\[(?:wp_)?caption([^\\]]*)\\](.*?)\\[/(?:wp_)?caption\\]", Pattern.DOTALL);
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=\"([^\"]*)\"");
    private static final Pattern IMAGE_OR_LINKED_IMAGE = Pattern.compile(
            "^\\s*((?:<a [^>]*>\\s*)?<img [^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\](.*?)\\[/embed\\]", Pattern.DOTALL);
    private static final Pattern MEDIA = Pattern.compile(
            "\\[(audio|video)[^\\]]*?(?:src|mp3|mp4|ogg|wav|m4a|webm)=\"([^\"]+)\"[^\\]]*\\](?:\\s*\\[/\\1\\])?");
    private static final Pattern DROPPED = Pattern.compile("\\[(gallery|playlist)[^\\]]*\\]");
    private static final Pattern CODE = Pattern.compile(
            "\\[(code|sourcecode)[^\\]]*\\](.*?)\\[/\\1\\]", Pattern.DOTALL);
    private static final Pattern SHORTCODE_LIKE = Pattern.compile("\\[([a-zA-Z][a-zA-Z0-9_-]*)(?:\\s[^\\]]*)?/?\\]");
    private static final Pattern PRE = Pattern.compile("<pre[\\s>].*?</pre>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_START = Pattern.compile(
            "^<(?:/?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|caption"
                    + "|figure|figcaption|hr|address|section|article|aside|header|footer|nav|form|fieldset|details"
                    + "|summary|iframe|video|audio|object|embed|script|style|noscript|math|svg|center)[\\s>/]|!--)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    /** A post body: how Sala stores it, its teaser (the part before "more"), and warnings. */
    record Body(String source, String sanitisedHtml, String teaserText, List<String> warnings) {}

    private WordPressContent() {}

    static Body post(String wordPressHtml) {
        Set<String> warnings = new LinkedHashSet<>();
        String text = normalise(wordPressHtml);
        String teaser = null;
        Matcher more = MORE.matcher(text);
        if (more.find()) {
            teaser = text.substring(0, more.start());
            text = more.replaceAll("");
        }
        text = NEXT_PAGE.matcher(text).replaceAll("\n\n");
        String html = PostHtmlPolicy.sanitize(autoParagraphs(shortcodes(text, warnings)));
        String teaserText = teaser == null ? "" : plainText(PostHtmlPolicy.sanitize(
                autoParagraphs(shortcodes(teaser, new LinkedHashSet<>()))));
        return new Body(storable(html), html, teaserText, List.copyOf(warnings));
    }

    /** A comment, through the comment policy, in the form the comment renderer passes through. */
    static String comment(String wordPressHtml) {
        String html = CommentHtmlPolicy.sanitize(autoParagraphs(normalise(wordPressHtml))).html();
        return storable(html);
    }

    /** Plain text of sanitised (or any) HTML, for excerpts and titles. */
    static String plainText(String html) {
        return Jsoup.parse(html).text().strip();
    }

    /** The first paragraph's words, cut like Sala's own excerpts. */
    static String excerptOf(String sanitisedHtml, String teaserText) {
        String lead = teaserText;
        if (lead.isBlank()) {
            Element first = Jsoup.parse(sanitisedHtml).selectFirst("p");
            lead = first != null ? first.text() : plainText(sanitisedHtml);
        }
        String collapsed = lead.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? "" : Words.cut(collapsed, EXCERPT_MAX_CHARS) + "…";
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String shortcodes(String text, Set<String> warnings) {
        String out = CODE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                "<pre><code>" + match.group(2).replace("<", "&lt;") + "</code></pre>"));
        out = CAPTION.matcher(out).replaceAll(match -> Matcher.quoteReplacement(caption(match.group(1), match.group(2))));
        out = EMBED.matcher(out).replaceAll(match -> {
            String url = match.group(1).strip();
            return Matcher.quoteReplacement("<p><a href=\"" + url + "\">" + url + "</a></p>");
        });
        out = MEDIA.matcher(out).replaceAll(match -> Matcher.quoteReplacement(
                "<p><a href=\"" + match.group(2) + "\">" + match.group(2) + "</a></p>"));
        Matcher dropped = DROPPED.matcher(out);
        while (dropped.find()) {
            warnings.add("wordpress.warning.shortcode-dropped:" + dropped.group(1));
        }
        out = dropped.replaceAll("");
        Matcher unknown = SHORTCODE_LIKE.matcher(out);
        while (unknown.find()) {
            warnings.add("wordpress.warning.shortcode-unknown:" + unknown.group(1));
        }
        return out;
    }

    /** {@code [caption]<img …> Text[/caption]}: the image in a figure, the text as its caption. */
    private static String caption(String attributes, String inner) {
        Matcher image = IMAGE_OR_LINKED_IMAGE.matcher(inner);
        String img = image.matches() ? image.group(1) : "";
        String caption = image.matches() ? image.group(2).strip() : inner.strip();
        if (caption.isEmpty()) {
            Matcher attribute = CAPTION_ATTRIBUTE.matcher(attributes);
            caption = attribute.find() ? attribute.group(1) : "";
        }
        return "\n\n<figure>" + img + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>")
                + "</figure>\n\n";
    }

    /**
     * WordPress's auto-paragraphs, the essential part of its {@code wpautop}: text separated by a
     * blank line is a paragraph, a single line break inside it a {@code <br>}; blocks that start
     * with block-level markup, and everything inside {@code <pre>}, stay as they are.
     */
    static String autoParagraphs(String text) {
        List<String> pres = new ArrayList<>();
        Matcher pre = PRE.matcher(text);
        StringBuilder protectedText = new StringBuilder();
        while (pre.find()) {
            pres.add(pre.group());
            pre.appendReplacement(protectedText, Matcher.quoteReplacement("\n\n<pre>\u0000" + (pres.size() - 1) + "\u0000\n\n"));
        }
        pre.appendTail(protectedText);
        StringBuilder out = new StringBuilder();
        for (String chunk : BLANK_LINES.split(protectedText.toString().strip())) {
            String block = chunk.strip();
            if (block.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(block).find()) {
                out.append(block);
            } else {
                out.append("<p>").append(block.replace("\n", "<br />\n")).append("</p>");
            }
            out.append('\n');
        }
        String result = out.toString();
        for (int i = 0; i < pres.size(); i++) {
            result = result.replace("<pre>\u0000" + i + "\u0000", pres.get(i));
        }
        return result;
    }

    /**
     * Sanitised HTML as one raw HTML block for the Markdown renderer: a {@code <section>} around it (the policies drop it again) and
     * no blank line inside (line breaks in {@code <pre>} become character references), so no
     * Markdown rule ever touches it and the editor shows the HTML as it is.
     */
    static String storable(String sanitisedHtml) {
        Matcher pre = PRE.matcher(sanitisedHtml);
        String noPreBreaks = pre.replaceAll(match -> Matcher.quoteReplacement(match.group().replace("\n", "&#10;")));
        String compact = noPreBreaks.replaceAll("\\n[ \\t]*(?=\\n)", "").replaceAll("\\n+", "\n").strip();
        return compact.isEmpty() ? "" : "<section>\n" + compact + "\n</section>";
    }
}
