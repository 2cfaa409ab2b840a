package org.sala.post.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import org.sala.post.service.PostSummary;

/** A post in a list: title, date, author, categories, excerpt and "Read more". */
class PostCard extends Article {

    PostCard(PostSummary post, ZoneId zone) {
        addClassName("post-card");
        H2 title = new H2(PostView.link(post.address(), post.title()));
        title.addClassName("post-card-title");
        Paragraph excerpt = new Paragraph(post.excerpt());
        excerpt.addClassName("post-excerpt");
        RouterLink readMore = PostView.link(post.address(), "");
        Span forScreenReaders = new Span(": " + post.title());
        forScreenReaders.addClassName("visually-hidden");
        readMore.add(new Text(getTranslation("post.read-more")), forScreenReaders);
        readMore.addClassName("read-more");
        add(title, new PostMeta(post.publishedAt(), zone, post.author(), post.categories()), excerpt, readMore);
    }
}
