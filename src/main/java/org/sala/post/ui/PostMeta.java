package org.sala.post.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.component.Time;
import org.sala.post.service.AuthorLink;
import org.sala.post.service.CategoryLink;

/** "21 June 2017 · by Malee Chaiyaporn · in Updates, Events" */
class PostMeta extends Paragraph {

    PostMeta(Instant publishedAt, ZoneId zone, AuthorLink author, List<CategoryLink> categories) {
        addClassName("post-meta");
        add(new Time(publishedAt, ReaderDates.date(publishedAt, zone, getLocale())));
        Span by = new Span(new Text(" · " + getTranslation("post.by") + " "), AuthorView.link(author));
        by.addClassName("post-author");
        add(by);
        if (!categories.isEmpty()) {
            Span in = new Span(new Text(" · " + getTranslation("post.in") + " "));
            in.addClassName("post-categories");
            for (int i = 0; i < categories.size(); i++) {
                if (i > 0) {
                    in.add(new Text(", "));
                }
                in.add(CategoryView.link(categories.get(i)));
            }
            add(in);
        }
    }
}
