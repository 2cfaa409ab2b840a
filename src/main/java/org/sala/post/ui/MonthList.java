package org.sala.post.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.sala.base.ui.ReaderDates;
import org.sala.post.service.MonthArchiveEntry;

/** The months that have posts, newest first, each with its number of posts. */
class MonthList extends Aside {

    MonthList(List<MonthArchiveEntry> months) {
        addClassName("month-list");
        H2 heading = new H2(getTranslation("archives.months"));
        UnorderedList list = new UnorderedList();
        for (MonthArchiveEntry entry : months) {
            RouterLink link = MonthArchiveView.link(entry.month(), 1);
            link.setText(ReaderDates.month(entry.month(), getLocale()));
            Span count = new Span(" (" + entry.posts() + ")");
            count.addClassName("month-count");
            count.getElement().setAttribute("aria-label", getTranslation("archives.count", entry.posts()));
            list.add(new ListItem(link, count));
        }
        add(heading, list);
    }
}
