package org.sala.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.Map;
import java.util.function.Consumer;
import org.sala.base.ui.component.LiveForm;
import org.sala.base.ui.component.PreRenderedHtml;

/**
 * Under the reader's own comment: the edit form or the question before deleting, live at once.
 * When the change is done, a line saying so takes the form's place.
 */
class OwnCommentEditor extends Component {

    private final long commentId;
    private final LiveForm form;

    OwnCommentEditor(long commentId, org.jsoup.nodes.Element formMarkup, Consumer<Map<String, String>> onConfirm,
            Runnable onCancel) {
        super(new Element("div"));
        this.commentId = commentId;
        getElement().getClassList().add("comment-own-editor");
        form = LiveForm.from(formMarkup);
        getElement().appendChild(form.element());
        form.onSubmit(onConfirm);
        form.withClass("comment-own-cancel").ifPresent(cancel -> cancel.addEventListener("click", click -> onCancel.run()));
    }

    long commentId() {
        return commentId;
    }

    LiveForm form() {
        return form;
    }

    /** The change is done: the form gives way to the line that says so. */
    void done(org.jsoup.nodes.Element message) {
        getElement().removeAllChildren();
        getElement().appendChild(new PreRenderedHtml(message).getElement());
    }
}
