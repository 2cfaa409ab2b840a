package org.sala.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sala.base.ui.markup.Markup;

/** Open tabs of one page hold its markup once: equal markup made twice is one string. */
class PreRenderedHtmlTest {

    @Test
    void equalMarkupMadeForTwoTabsIsOneCopy() {
        PreRenderedHtml first = new PreRenderedHtml(list("Ferry times ⛴ ស្រីល័ក្ខ"));
        PreRenderedHtml second = new PreRenderedHtml(list("Ferry times ⛴ ស្រីល័ក្ខ"));
        PreRenderedHtml other = new PreRenderedHtml(list("Market days"));

        Object firstHtml = first.getElement().getPropertyRaw("innerHTML");
        assertThat(firstHtml).isEqualTo("<p class=\"note\">Ferry times ⛴ ស្រីល័ក្ខ</p>");
        assertThat(second.getElement().getPropertyRaw("innerHTML")).isSameAs(firstHtml);
        assertThat(other.getElement().getPropertyRaw("innerHTML")).isNotEqualTo(firstHtml);
        assertThat(first.getElement().getAttribute("class")).isEqualTo("list-view");
    }

    private static org.jsoup.nodes.Element list(String note) {
        return Markup.element("div", "list-view").appendChild(Markup.text("p", "note", note));
    }
}
