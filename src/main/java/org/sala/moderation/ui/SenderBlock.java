package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sala.comment.BlockedSender;
import org.sala.moderation.service.BlockPreview;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;

/**
 * Blocking the commenter from the queue in one action (their email, their IP address or both,
 * with everything they still have waiting marked as spam), and unblocking them.
 */
class SenderBlock extends Div {

    SenderBlock(ModerationService moderation, QueueItem item, Consumer<DecisionResult> afterDecision, Runnable changed) {
        addClassName("sender-block");
        BlockedSender blocked = moderation.blocked(item.id());
        if (blocked.any()) {
            List<String> what = new ArrayList<>();
            if (blocked.email()) {
                what.add(getTranslation("moderation.blocked.email"));
            }
            if (blocked.ip()) {
                what.add(getTranslation("moderation.blocked.ip"));
            }
            Span status = new Span(getTranslation("moderation.blocked", String.join(", ", what)));
            status.addClassName("sender-blocked");
            Button unblock = new Button(getTranslation("moderation.unblock"), click -> {
                moderation.unblock(item.id());
                Notification.show(getTranslation("moderation.unblocked"), 4000, Notification.Position.BOTTOM_START);
                changed.run();
            });
            unblock.addClassName("sender-unblock");
            add(status, unblock);
        } else {
            Button block = new Button(getTranslation("moderation.block.button"),
                    click -> confirm(moderation, item, afterDecision));
            block.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            block.addClassName("sender-block-open");
            add(block);
        }
    }

    /**
     * The email only is ticked at first: an IP address may be shared by everyone behind a proxy or
     * a carrier's NAT. Beside each choice, how many waiting comments it marks as spam, and the
     * total for what is ticked.
     */
    private void confirm(ModerationService moderation, QueueItem item, Consumer<DecisionResult> afterDecision) {
        BlockPreview preview = moderation.blockPreview(item.id());
        Checkbox email = new Checkbox(getTranslation("moderation.block.email", item.authorEmail()), true);
        email.addClassName("block-email");
        Span fromEmail = new Span(getTranslation("moderation.block.email-waiting", preview.fromEmail()));
        fromEmail.addClassName("block-email-waiting");
        Checkbox ip = new Checkbox(getTranslation("moderation.block.ip", item.authorIp() == null ? "–" : item.authorIp()),
                false);
        ip.setEnabled(item.authorIp() != null);
        ip.addClassName("block-ip");
        Span fromIp = new Span(getTranslation("moderation.block.ip-waiting", preview.fromIp()));
        fromIp.addClassName("block-ip-waiting");
        fromIp.setVisible(item.authorIp() != null);
        Paragraph total = new Paragraph();
        total.addClassName("block-total");
        Paragraph pickOne = new Paragraph(getTranslation("moderation.block.pick-one"));
        pickOne.addClassName("block-pick-one");
        pickOne.setVisible(false);
        Runnable showTotal = () -> total.setText(getTranslation("moderation.block.total",
                preview.marked(email.getValue(), ip.getValue())));
        showTotal.run();
        email.addValueChangeListener(changed -> showTotal.run());
        ip.addValueChangeListener(changed -> showTotal.run());

        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("block-dialog");
        dialog.setHeader(getTranslation("moderation.block.heading", item.authorName()));
        dialog.add(new Paragraph(getTranslation("moderation.block.explain")), choice(email, fromEmail), choice(ip, fromIp),
                total, pickOne);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("moderation.block.cancel"));
        dialog.setConfirmText(getTranslation("moderation.block.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        // Keeps the dialog open when nothing is ticked: ConfirmDialog closes on confirm by itself.
        dialog.addConfirmListener(confirmed -> {
            if (!email.getValue() && !ip.getValue()) {
                pickOne.setVisible(true);
                dialog.open();
                return;
            }
            afterDecision.accept(moderation.block(item.ref(), email.getValue(), ip.getValue()));
        });
        dialog.open();
    }

    private static Div choice(Checkbox checkbox, Span waiting) {
        Div choice = new Div(checkbox, waiting);
        choice.addClassName("block-choice");
        return choice;
    }
}
