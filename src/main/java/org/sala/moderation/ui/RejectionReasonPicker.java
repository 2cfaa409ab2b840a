package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.Objects;
import java.util.function.Consumer;
import org.sala.comment.CommentStatus;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;
import org.sala.moderation.service.ReasonTemplate;
import org.sala.moderation.service.RejectionReasonService;

/**
 * The reject button with an optional reason beside it. With a reason chosen, the button rejects
 * giving it (mailed to the commenter if they asked to hear about their comment).
 */
class RejectionReasonPicker extends Div {

    RejectionReasonPicker(ModerationService moderation, RejectionReasonService reasons, QueueItem item, Button plainReject,
            Consumer<DecisionResult> afterDecision) {
        addClassName("rejection-picker");
        ComboBox<ReasonTemplate> reason = new ComboBox<>(getTranslation("moderation.reasons.pick"));
        reason.addClassName("rejection-reason");
        reason.setItems(reasons.list());
        reason.setItemLabelGenerator(ReasonTemplate::label);
        reason.setClearButtonVisible(true);
        reason.setEnabled(item.status() != CommentStatus.REJECTED);
        reason.setHelperText(getTranslation("moderation.reasons.pick-help"));
        Button reject = new Button(plainReject.getText(), click -> afterDecision.accept(
                moderation.rejectWithReason(item.ref(), chosenId(reason))));
        reject.setThemeName(plainReject.getThemeName());
        reject.setEnabled(plainReject.isEnabled());
        reject.addClassName("decide-rejected-with-reason");
        reject.setVisible(false);
        reason.addValueChangeListener(change -> {
            plainReject.setVisible(change.getValue() == null);
            reject.setVisible(change.getValue() != null);
        });
        add(plainReject, reject, reason);
    }

    /** The button that calls this shows only while a reason is chosen; chosen reasons are saved ones. */
    private static long chosenId(ComboBox<ReasonTemplate> reason) {
        return Objects.requireNonNull(Objects.requireNonNull(reason.getValue()).id());
    }
}
