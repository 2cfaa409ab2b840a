package org.sala.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** What an XSS test looks for in markup that came from untrusted text. */
public final class SafeMarkup {

    /** What the comment policy lets through. */
    public static final Set<String> COMMENT_ELEMENTS = Set.of("p", "br", "b", "strong", "i", "em", "a", "blockquote",
            "code", "pre", "ul", "ol", "li");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcset", "poster",
            "data", "xlink:href", "background");

    private SafeMarkup() {}

    /** Problems of a sanitised comment: elements beyond the policy, attributes but a link's href and rel, bad links. */
    public static List<String> commentProblems(String html) {
        return commentProblems(Jsoup.parseBodyFragment(html).body());
    }

    public static List<String> commentProblems(Element container) {
        List<String> problems = new ArrayList<>();
        for (Element element : container.getAllElements()) {
            if (element == container) {
                continue;
            }
            if (!COMMENT_ELEMENTS.contains(element.tagName())) {
                problems.add("<" + element.tagName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                boolean linkAttribute = element.tagName().equals("a")
                        && (attribute.getKey().equals("href") || attribute.getKey().equals("rel"));
                if (!linkAttribute) {
                    problems.add(attribute.getKey() + " on <" + element.tagName() + ">");
                }
            }
            if (element.tagName().equals("a")) {
                String problem = linkProblem(element);
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        return problems;
    }

    /** What is wrong with a reader's link, or null: an unsafe scheme, or no rel="nofollow ugc noopener". */
    public static String linkProblem(Element link) {
        String scheme = unsafeScheme(link.attr("href"));
        if (scheme != null) {
            return "href " + scheme;
        }
        if (!link.attr("rel").equals("nofollow ugc noopener")) {
            return "rel " + link.attr("rel");
        }
        return null;
    }

    /**
     * Problems anywhere in a whole page: an event handler attribute, a URL attribute with another
     * scheme than http(s) or mailto, a script that is not a file of the site the page came from,
     * an embedded object, frame or style sheet in the body.
     */
    public static List<String> pageProblems(Element page) {
        List<String> problems = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    problems.add(key + " on <" + element.tagName() + ">");
                }
                if (URL_ATTRIBUTES.contains(key) && unsafeScheme(attribute.getValue()) != null) {
                    problems.add(key + "=" + attribute.getValue() + " on <" + element.tagName() + ">");
                }
            }
            if (element.tagName().equals("script") && !ownFile(page, element.absUrl("src"))) {
                problems.add("script " + element.outerHtml());
            }
            if (Set.of("iframe", "object", "embed", "frame", "base", "svg", "math", "style").contains(element.tagName())
                    && !element.parents().contains(page.selectFirst("head"))) {
                problems.add("<" + element.tagName() + "> in the body");
            }
        }
        return problems;
    }

    /** {@link #pageProblems} and, in each comment, {@link #commentProblems} and a name that is only text or one link. */
    public static List<String> postPageProblems(Element page) {
        List<String> problems = new ArrayList<>(pageProblems(page));
        for (Element comment : page.select("article.comment")) {
            String which = "#" + comment.id() + ": ";
            commentProblems(comment.selectFirst(".comment-body")).forEach(problem -> problems.add(which + problem));
            Element author = comment.selectFirst(".comment-author");
            for (Element inName : author.children()) {
                String problem = inName.tagName().equals("a") ? linkProblem(inName) : "<" + inName.tagName() + ">";
                if (problem != null || !inName.children().isEmpty()) {
                    problems.add(which + "name " + author.html());
                }
            }
        }
        return problems;
    }

    private static boolean ownFile(Element page, String address) {
        String site = URI.create(page.ownerDocument().location()).resolve("/").toString();
        return !address.isEmpty() && address.startsWith(site);
    }

    /** The scheme of an address when it is not http, https or mailto, else null. */
    private static String unsafeScheme(String address) {
        String href = address.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = href.indexOf(':');
        int firstOther = indexOfAny(href, "/?#");
        if (colon >= 0 && (firstOther < 0 || colon < firstOther) && !SAFE_SCHEMES.contains(href.substring(0, colon))) {
            return href;
        }
        return null;
    }

    private static int indexOfAny(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
