package org.sala.base.ui.markup;

import java.util.function.IntFunction;
import org.jsoup.nodes.Element;

/** "Newer" and "Older" links under a newest-first list. */
public final class PagerMarkup {

    private PagerMarkup() {}

    public static Element pager(int page, boolean hasNewer, boolean hasOlder, IntFunction<String> hrefOfPage,
            ReaderText text) {
        Element nav = Markup.element("nav", "pager").attr("aria-label", text.get("pager.label"));
        if (hasNewer) {
            nav.appendChild(Markup.link(hrefOfPage.apply(page - 1), text.get("pager.newer"))
                    .addClass("pager-newer").attr("rel", "prev"));
        }
        if (hasOlder) {
            nav.appendChild(Markup.link(hrefOfPage.apply(page + 1), text.get("pager.older"))
                    .addClass("pager-older").attr("rel", "next"));
        }
        return nav;
    }
}
