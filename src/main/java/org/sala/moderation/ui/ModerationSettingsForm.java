package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import org.sala.moderation.service.ModerationSettingsService;

/** The rules view's moderation settings: how many reports hide a published comment, and the spam filter's threshold. */
final class ModerationSettingsForm extends Section {

    private final IntegerField hideAfter = new IntegerField();

    ModerationSettingsForm(ModerationSettingsService settings) {
        addClassName("report-settings");
        hideAfter.setLabel(getTranslation("moderation.reports.hide-after"));
        hideAfter.setHelperText(getTranslation("moderation.reports.hide-after.helper"));
        hideAfter.setMin(0);
        hideAfter.setMax(ModerationSettingsService.MAX_HIDE_AFTER);
        hideAfter.setStepButtonsVisible(true);
        hideAfter.addClassName("reports-hide-after");
        String range = getTranslation("moderation.reports.hide-after.range", ModerationSettingsService.MAX_HIDE_AFTER);
        hideAfter.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("moderation.rules.not-a-number"))
                .setMinErrorMessage(range).setMaxErrorMessage(range));
        hideAfter.setValue(settings.hideAfterReports());
        Button save = new Button(getTranslation("moderation.rules.save"), click -> {
            Integer value = hideAfter.getValue();
            if (value == null || value < 0 || value > ModerationSettingsService.MAX_HIDE_AFTER) {
                hideAfter.setErrorMessage(range);
                hideAfter.setInvalid(true);
                return;
            }
            settings.changeHideAfterReports(value);
            Notification.show(getTranslation("moderation.reports.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        });
        save.addClassName("reports-save");
        add(new H2(getTranslation("moderation.reports.heading")), new Div(hideAfter), new Div(save),
                new H2(getTranslation("moderation.spam.heading")), spamThreshold(settings));
    }

    private Div spamThreshold(ModerationSettingsService settings) {
        NumberField threshold = new NumberField(getTranslation("moderation.spam.threshold"));
        threshold.setHelperText(getTranslation("moderation.spam.threshold.helper"));
        threshold.setMin(ModerationSettingsService.MIN_SPAM_THRESHOLD);
        threshold.setMax(1);
        threshold.setStep(0.01);
        threshold.setClearButtonVisible(true);
        threshold.addClassName("spam-threshold");
        String range = getTranslation("moderation.spam.threshold.range");
        threshold.setI18n(new NumberField.NumberFieldI18n().setBadInputErrorMessage(range)
                .setMinErrorMessage(range).setMaxErrorMessage(range).setStepErrorMessage(range));
        threshold.setValue(settings.spamThreshold());
        Button save = new Button(getTranslation("moderation.spam.save"), click -> {
            Double value = threshold.getValue();
            boolean typedSomething = value == null && threshold.isInvalid();
            if (typedSomething || (value != null && (value < ModerationSettingsService.MIN_SPAM_THRESHOLD || value > 1))) {
                threshold.setErrorMessage(range);
                threshold.setInvalid(true);
                return;
            }
            threshold.setInvalid(false);
            settings.changeSpamThreshold(value);
            Notification.show(getTranslation(value == null ? "moderation.spam.saved-off" : "moderation.spam.saved"),
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        });
        save.addClassName("spam-threshold-save");
        return new Div(new Div(threshold), new Div(save));
    }
}
