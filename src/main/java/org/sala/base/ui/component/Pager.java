package org.sala.base.ui.component;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import java.util.function.IntFunction;

/** "Newer" and "Older" links under a newest-first list. */
public class Pager extends Nav {

    public Pager(int page, boolean hasNewer, boolean hasOlder, IntFunction<RouterLink> linkToPage) {
        addClassName("pager");
        getElement().setAttribute("aria-label", getTranslation("pager.label"));
        if (hasNewer) {
            RouterLink newer = linkToPage.apply(page - 1);
            newer.setText(getTranslation("pager.newer"));
            newer.addClassName("pager-newer");
            newer.getElement().setAttribute("rel", "prev");
            add(newer);
        }
        if (hasOlder) {
            RouterLink older = linkToPage.apply(page + 1);
            older.setText(getTranslation("pager.older"));
            older.addClassName("pager-older");
            older.getElement().setAttribute("rel", "next");
            add(older);
        }
    }
}
