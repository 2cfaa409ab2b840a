package org.sala.moderation.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.sala.moderation.service.QueueItem;

/**
 * The comment the moderator's keys act on: a position in the queue as it is filtered. It starts
 * on the first comment the grid reads (no query of its own), moves with {@code j}/{@code k}, and
 * after a decision stays where it was, which is the next comment once the decided one has left
 * the filter: deciding ten comments takes ten keys. A clicked row becomes the current one: its
 * place is known from the pages the grid read, which hold every row on the screen.
 */
final class QueueCursor {

    /** Places of the rows the grid read lately: a few pages' worth, as the grid keeps. */
    private static final int PLACES_KEPT = 500;

    private final IntFunction<Optional<QueueItem>> itemAt;
    private final Map<Long, Integer> places = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
            return size() > PLACES_KEPT;
        }
    };
    private int index;
    private @Nullable QueueItem current;
    private @Nullable Long followed;

    /** @param itemAt the comment at a position of the queue as filtered now, if there is one */
    QueueCursor(IntFunction<Optional<QueueItem>> itemAt) {
        this.itemAt = itemAt;
    }

    @Nullable QueueItem current() {
        return current;
    }

    boolean isCurrent(QueueItem item) {
        return current != null && current.id() == item.id();
    }

    int index() {
        return index;
    }

    /** Back to the top, for a queue filtered anew. */
    void reset() {
        index = 0;
        current = null;
        places.clear();
    }

    /** A page the grid read: the cursor takes its comment from it when it has none yet. */
    void offer(int offset, List<QueueItem> page) {
        for (int i = 0; i < page.size(); i++) {
            QueueItem item = page.get(i);
            places.put(item.id(), offset + i);
            if (followed != null && followed == item.id()) {
                followed = null;
                index = offset + i;
                current = item;
            } else if (current != null && current.id() == item.id()) {
                current = item; // as it is now: a decision on it compares this version
            }
        }
        if (current == null && index >= offset && index < offset + page.size()) {
            current = page.get(index - offset);
        }
    }

    /**
     * The comment with this id becomes the current one as soon as the grid reads it (an undone
     * decision brings it back to the queue, where the grid has yet to read it).
     */
    void follow(long commentId) {
        followed = commentId;
    }

    /** The row the moderator clicked is the current one; false if the grid did not read it (then nothing changes). */
    boolean pointAt(QueueItem item) {
        Integer place = places.get(item.id());
        if (place == null) {
            return false;
        }
        index = place;
        current = item;
        return true;
    }

    /** One comment down ({@code +1}) or up ({@code -1}); stays at the ends. */
    Optional<QueueItem> move(int step) {
        int target = Math.max(0, index + step);
        Optional<QueueItem> item = itemAt.apply(target);
        item.ifPresent(found -> {
            index = target;
            current = found;
        });
        return item;
    }

    /**
     * After the current comment was decided: the comment now at its place (the next one, when the
     * decided one left the filter), else the one after it (it stayed, say in the "All" filter), else
     * the last one.
     */
    Optional<QueueItem> afterDecision(long decidedId) {
        Optional<QueueItem> here = itemAt.apply(index);
        if (here.isPresent() && here.get().id() == decidedId) {
            Optional<QueueItem> next = itemAt.apply(index + 1);
            if (next.isPresent()) {
                index++;
                here = next;
            }
        }
        if (here.isEmpty() && index > 0) {
            // the last one was decided, or others emptied the queue below the cursor
            index = Math.max(0, index - 1);
            here = itemAt.apply(index);
            if (here.isEmpty()) {
                index = 0;
                here = itemAt.apply(0);
            }
        }
        current = here.orElse(null);
        return here;
    }
}
