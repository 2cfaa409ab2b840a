package org.sala.post.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.function.IntFunction;
import org.sala.base.ui.component.Pager;
import org.sala.post.service.PostListPage;

/** The posts of one list page, or a note that there are none, and the newer/older links. */
class PostList extends Div {

    PostList(PostListPage page, ZoneId zone, String emptyMessage, IntFunction<RouterLink> linkToPage) {
        addClassName("post-list");
        if (page.posts().isEmpty()) {
            Paragraph empty = new Paragraph(page.page() > 1 ? getTranslation("list.past-the-end") : emptyMessage);
            empty.addClassName("empty-state");
            add(empty);
            if (page.page() > 1) {
                RouterLink first = linkToPage.apply(1);
                first.setText(getTranslation("list.back-to-first"));
                add(first);
            }
            return;
        }
        page.posts().forEach(post -> add(new PostCard(post, zone)));
        add(new Pager(page.page(), page.hasNewer(), page.hasOlder(), linkToPage));
    }
}
