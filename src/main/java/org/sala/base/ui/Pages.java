package org.sala.base.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.QueryParameters;

/** The page number of a paged list, from its {@code ?page=} query parameter. */
public final class Pages {

    public static final String PARAMETER = "page";

    private static final int MAX_PAGE = 1_000_000;

    private Pages() {}

    /** The requested page; anything that is not a page number reads as the first page. */
    public static int requested(BeforeEvent event) {
        return parse(event.getLocation().getQueryParameters().getSingleParameter(PARAMETER));
    }

    /** A page number from the query's value; anything else reads as the first page. */
    public static int parse(java.util.Optional<String> value) {
        return value
                .filter(text -> text.matches("[0-9]{1,7}"))
                .map(Integer::parseInt)
                .filter(page -> page >= 1 && page <= MAX_PAGE)
                .orElse(1);
    }

    /** The address of a page of the list at {@code path}: {@code /category/updates?page=2}. */
    public static String href(String path, int page) {
        return page <= 1 ? path : path + "?" + PARAMETER + "=" + page;
    }

    /** Query parameters for a page; the first page needs none. */
    public static QueryParameters query(int page) {
        return page <= 1 ? QueryParameters.empty() : QueryParameters.of(PARAMETER, String.valueOf(page));
    }
}
