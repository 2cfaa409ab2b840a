package org.sala.post.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.LongFunction;
import org.sala.media.service.MediaLink;

/** A post's uploaded files on its page: the featured image above the text, the attachments below. */
final class PostFiles {

    private PostFiles() {}

    static Image featuredImage(MediaLink image, String postTitle) {
        Image img = new Image(image.path(), postTitle);
        img.addClassName("post-featured-image");
        return img;
    }

    static Div attachments(List<MediaLink> files, String heading, LongFunction<String> sizeInKb) {
        UnorderedList list = new UnorderedList();
        for (MediaLink file : files) {
            Anchor link = new Anchor(file.path(), file.name());
            link.getElement().setAttribute("download", file.name());
            Span size = new Span(sizeInKb.apply(Math.max(1, file.sizeBytes() / 1024)));
            size.addClassName("post-attachment-size");
            list.add(new ListItem(link, size));
        }
        Div box = new Div(new H2(heading), list);
        box.addClassName("post-attachments");
        return box;
    }
}
