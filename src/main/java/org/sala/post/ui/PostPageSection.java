package org.sala.post.ui;

import com.vaadin.flow.component.Component;
import org.sala.post.service.PostDetails;

/**
 * Something shown under a post on its page that another feature contributes (the comments),
 * so that the post feature need not know that feature. Implementations are Spring beans.
 */
public interface PostPageSection {

    Component create(PostDetails post);
}
