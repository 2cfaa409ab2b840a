package org.sala.newsletter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.sala.newsletter.service.InvalidSubscriptionException;
import org.sala.newsletter.service.SubscriptionRequest;
import org.sala.newsletter.service.SubscriptionService;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * "Subscribe to our mailing list", in the footer of every public page. After a sign-up the form
 * gives way to "check your inbox" (the same answer whether the address was known or not).
 */
public class SubscribeForm extends Div {

    private final TextField email = new TextField();
    private final TextField name = new TextField();
    private final Paragraph done = new Paragraph();
    private final Div fields;

    public SubscribeForm(SubscriptionService subscriptions) {
        addClassName("subscribe-form");
        H2 heading = new H2(getTranslation("newsletter.form.heading"));
        heading.addClassName("subscribe-heading");
        Paragraph about = new Paragraph(getTranslation("newsletter.form.about"));
        email.setLabel(getTranslation("newsletter.form.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(254);
        email.addClassName("subscribe-email");
        name.setLabel(getTranslation("newsletter.form.name"));
        name.setAutocomplete(Autocomplete.NAME);
        name.setMaxLength(100);
        name.addClassName("subscribe-name");
        Button send = new Button(getTranslation("newsletter.form.submit"), click -> {
            email.setInvalid(false);
            name.setInvalid(false);
            try {
                subscriptions.subscribe(new SubscriptionRequest(email.getValue(), name.getValue()), getLocale());
                showDone();
            } catch (InvalidSubscriptionException invalid) {
                showProblems(invalid.problems());
            } catch (DataIntegrityViolationException sameAddressAtOnce) {
                showDone();
            }
        });
        send.addClassName("subscribe-submit");
        fields = new Div(email, name, send);
        fields.addClassName("subscribe-fields");
        done.addClassName("subscribe-done");
        done.setVisible(false);
        add(heading, about, fields, done);
    }

    private void showDone() {
        done.setText(getTranslation("newsletter.form.check-inbox", email.getValue().strip()));
        done.setVisible(true);
        fields.setVisible(false);
    }

    private void showProblems(Map<String, String> problems) {
        Map<String, HasValidation> byField = Map.of("email", email, "name", name);
        problems.forEach((field, key) -> {
            HasValidation target = byField.getOrDefault(field, email);
            target.setErrorMessage(getTranslation(key));
            target.setInvalid(true);
        });
    }
}
