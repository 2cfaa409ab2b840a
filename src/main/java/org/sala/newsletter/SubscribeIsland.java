package org.sala.newsletter;

import java.util.Map;
import org.sala.base.ui.component.Island;
import org.sala.base.ui.component.LiveForm;
import org.sala.base.ui.markup.ReaderText;
import org.sala.newsletter.service.InvalidSubscriptionException;
import org.sala.newsletter.service.SubscriptionRequest;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The mailing-list form in a running UI, made live when first used. After a sign-up it gives
 * way to "check your inbox" (the same answer whether the address was known or not).
 */
public class SubscribeIsland extends Island {

    private final SubscriptionService subscriptions;
    private final ReaderText text;

    public SubscribeIsland(SubscriptionService subscriptions, ReaderText text) {
        super(SubscribeMarkup.island(text, true), () -> SubscribeMarkup.form(text, true));
        this.subscriptions = subscriptions;
        this.text = text;
    }

    @Override
    protected void wire(LiveForm form) {
        form.onSubmit(values -> subscribe(form, values));
    }

    private void subscribe(LiveForm form, Map<String, String> values) {
        form.clearFieldErrors();
        String email = values.getOrDefault("email", "");
        try {
            subscriptions.subscribe(new SubscriptionRequest(email, values.getOrDefault("name", "")), text.locale());
        } catch (InvalidSubscriptionException invalid) {
            invalid.problems().forEach((field, key) ->
                    form.fieldError(form.control(field).isPresent() ? field : "email", text.get(key)));
            return;
        } catch (DataIntegrityViolationException sameAddressAtOnce) {
            // someone sent the same address at the same moment: the answer is the same
        }
        form.setVisible("subscribe-fields", false);
        form.show("subscribe-done", text.get("newsletter.form.check-inbox", email.strip()));
    }
}
