package org.sala.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sala.base.ui.component.PreRenderedHtml;
import org.sala.base.ui.markup.Markup;
import org.sala.comment.service.ThreadComment;

/**
 * A run of comments in thread order as one node of the UI (a page of fifty, or part of one while
 * the reader answers a comment in it). It remembers only where each comment's markup sits, so a
 * live change adds, replaces or removes that comment without building the others again.
 */
class CommentBlock extends Component {

    /** One comment of the block: its id, place in the thread, author, and its markup's length. */
    private record Entry(long id, String path, String authorName, int length) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Function<ThreadComment, org.jsoup.nodes.Element> markup;

    CommentBlock(List<ThreadComment> comments, Function<ThreadComment, org.jsoup.nodes.Element> markup) {
        super(new Element("div"));
        this.markup = markup;
        getElement().getClassList().add("comment-block");
        StringBuilder html = new StringBuilder();
        for (ThreadComment comment : comments) {
            String fragment = Markup.outerHtml(markup.apply(comment));
            entries.add(entry(comment, fragment));
            html.append(fragment);
        }
        setHtml(html.toString());
    }

    private CommentBlock(List<Entry> entries, String html, Function<ThreadComment, org.jsoup.nodes.Element> markup) {
        super(new Element("div"));
        this.markup = markup;
        getElement().getClassList().add("comment-block");
        this.entries.addAll(entries);
        setHtml(html);
    }

    private static Entry entry(ThreadComment comment, String fragment) {
        return new Entry(comment.id(), PreRenderedHtml.shared(comment.threadPath()),
                PreRenderedHtml.shared(comment.authorName()), fragment.length());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    boolean contains(long commentId) {
        return indexOf(commentId) >= 0;
    }

    Optional<String> authorOf(long commentId) {
        int index = indexOf(commentId);
        return index < 0 ? Optional.empty() : Optional.of(entries.get(index).authorName());
    }

    /** Whether a comment at this place in the thread comes before this block's first one. */
    boolean startsAfter(String path) {
        return !entries.isEmpty() && path.compareTo(entries.getFirst().path()) < 0;
    }

    /** Shows the comment: in place of its old markup, or where its path puts it. */
    void put(ThreadComment comment) {
        String fragment = Markup.outerHtml(markup.apply(comment));
        String html = html();
        int index = indexOf(comment.id());
        if (index >= 0) {
            int start = start(index);
            String old = html.substring(start, start + entries.get(index).length());
            if (old.equals(fragment)) {
                return;
            }
            entries.set(index, entry(comment, fragment));
            setHtml(html.substring(0, start) + fragment + html.substring(start + old.length()));
            return;
        }
        int at = 0;
        while (at < entries.size() && entries.get(at).path().compareTo(comment.threadPath()) < 0) {
            at++;
        }
        int start = start(at);
        entries.add(at, entry(comment, fragment));
        setHtml(html.substring(0, start) + fragment + html.substring(start));
    }

    void remove(long commentId) {
        int index = indexOf(commentId);
        if (index >= 0) {
            String html = html();
            int start = start(index);
            int length = entries.remove(index).length();
            setHtml(html.substring(0, start) + html.substring(start + length));
        }
    }

    /** Keeps the comments up to this one and returns the rest as a block of their own (or empty). */
    Optional<CommentBlock> splitAfter(long commentId) {
        int index = indexOf(commentId);
        if (index < 0 || index == entries.size() - 1) {
            return Optional.empty();
        }
        String html = html();
        int cut = start(index + 1);
        List<Entry> rest = new ArrayList<>(entries.subList(index + 1, entries.size()));
        entries.subList(index + 1, entries.size()).clear();
        setHtml(html.substring(0, cut));
        return Optional.of(new CommentBlock(rest, html.substring(cut), markup));
    }

    private int indexOf(long commentId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id() == commentId) {
                return i;
            }
        }
        return -1;
    }

    private int start(int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += entries.get(i).length();
        }
        return start;
    }

    private String html() {
        return PreRenderedHtml.innerHtml(getElement());
    }

    private void setHtml(String html) {
        PreRenderedHtml.setInnerHtml(getElement(), html);
    }
}
