package org.sala.search;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.search.service.TextRun;

/** The search box and the search results as markup. */
public final class SearchMarkup {

    public static final String QUERY_PARAMETER = "q";
    public static final String PATH = "/search";
    static final int MAX_LENGTH = 200;

    private SearchMarkup() {}

    /**
     * A GET form to {@code /search?q=}, so it works with Enter, with the button, from a bookmark
     * and without scripts alike.
     */
    public static Element form(String idPrefix, @Nullable String query, ReaderText text) {
        String inputId = idPrefix + "-query";
        Element form = Markup.element("form", "search-form").attr("action", PATH).attr("method", "get")
                .attr("role", "search");
        form.appendChild(Markup.text("label", "visually-hidden", text.get("search.label")).attr("for", inputId));
        Element input = form.appendElement("input").attr("type", "search").attr("id", inputId)
                .attr("name", QUERY_PARAMETER).attr("maxlength", String.valueOf(MAX_LENGTH))
                .attr("placeholder", text.get("search.placeholder"));
        if (query != null && !query.isEmpty()) {
            input.attr("value", query);
        }
        return form.appendChild(Markup.text("button", "", text.get("search.button")).attr("type", "submit"));
    }

    /** Text with the searched-for words marked. */
    public static Element withMarks(Element parent, List<TextRun> runs) {
        for (TextRun run : runs) {
            if (run.match()) {
                parent.appendChild(Markup.text("mark", "", run.text()));
            } else {
                parent.appendText(run.text());
            }
        }
        return parent;
    }
}
