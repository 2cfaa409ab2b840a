package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import org.sala.moderation.service.ReportSettingsService;

/** The rules view's setting for readers' reports: how many hide a published comment. */
final class ReportSettingsForm extends Section {

    private final IntegerField hideAfter = new IntegerField();

    ReportSettingsForm(ReportSettingsService settings) {
        addClassName("report-settings");
        hideAfter.setLabel(getTranslation("moderation.reports.hide-after"));
        hideAfter.setHelperText(getTranslation("moderation.reports.hide-after.helper"));
        hideAfter.setMin(0);
        hideAfter.setMax(ReportSettingsService.MAX_HIDE_AFTER);
        hideAfter.setStepButtonsVisible(true);
        hideAfter.addClassName("reports-hide-after");
        String range = getTranslation("moderation.reports.hide-after.range", ReportSettingsService.MAX_HIDE_AFTER);
        hideAfter.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("moderation.rules.not-a-number"))
                .setMinErrorMessage(range).setMaxErrorMessage(range));
        hideAfter.setValue(settings.hideAfterReports());
        Button save = new Button(getTranslation("moderation.rules.save"), click -> {
            Integer value = hideAfter.getValue();
            if (value == null || value < 0 || value > ReportSettingsService.MAX_HIDE_AFTER) {
                hideAfter.setErrorMessage(range);
                hideAfter.setInvalid(true);
                return;
            }
            settings.changeHideAfterReports(value);
            Notification.show(getTranslation("moderation.reports.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        });
        save.addClassName("reports-save");
        add(new H2(getTranslation("moderation.reports.heading")), new Div(hideAfter), new Div(save));
    }
}
