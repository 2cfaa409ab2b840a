package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderDates;
import org.sala.comment.CommentArrival;
import org.sala.comment.CommentRuleService;
import org.sala.comment.CommentRuleSettings;
import org.sala.comment.InvalidRuleException;
import org.sala.comment.RuleSettingsChangedException;
import org.sala.comment.TooManyLinks;
import org.sala.moderation.service.ModerationSettingsService;
import org.sala.staff.StaffLayout;

/**
 * Moderators set what happens to arriving comments: hold all or publish known commenters, a
 * limit on links, closing old posts, and the word and sender lists. Saved rules apply to the
 * next comment.
 */
@Route(value = "staff/moderation/rules", layout = StaffLayout.class)
@Menu(title = "moderation.rules.title", order = 4)
@RolesAllowed({"MODERATOR", "ADMIN"})
public class CommentRulesView extends Div implements HasDynamicTitle {

    private final CommentRuleService rules;
    private final SiteProperties site;
    private final RadioButtonGroup<CommentArrival> arrival = new RadioButtonGroup<>();
    private final IntegerField maxLinks = new IntegerField();
    private final Select<TooManyLinks> tooManyLinks = new Select<>();
    private final IntegerField closeAfterDays = new IntegerField();
    private final Paragraph lastChange = new Paragraph();
    private long version;

    public CommentRulesView(CommentRuleService rules, SiteProperties site, ModerationSettingsService reportSettings) {
        this.rules = rules;
        this.site = site;
        addClassName("rules-view");
        add(new H1(getTranslation("moderation.rules.title")), settingsForm(), new ModerationSettingsForm(reportSettings),
                new RuleLists(rules, site.timeZone()));
        show(rules.settings());
    }

    private Section settingsForm() {
        arrival.setLabel(getTranslation("moderation.rules.arrival"));
        arrival.setItems(CommentArrival.values());
        arrival.setItemLabelGenerator(value -> getTranslation("moderation.rules.arrival." + value.name()));
        arrival.addClassName("rules-arrival");

        maxLinks.setLabel(getTranslation("moderation.rules.max-links"));
        maxLinks.setHelperText(getTranslation("moderation.rules.max-links.helper"));
        maxLinks.setMin(0);
        maxLinks.setMax(CommentRuleSettings.MAX_LINKS_LIMIT);
        maxLinks.setStepButtonsVisible(true);
        maxLinks.addClassName("rules-max-links");
        tooManyLinks.setLabel(getTranslation("moderation.rules.too-many-links"));
        tooManyLinks.setItems(TooManyLinks.values());
        tooManyLinks.setItemLabelGenerator(value -> getTranslation("moderation.rules.too-many-links." + value.name()));
        tooManyLinks.addClassName("rules-too-many-links");

        closeAfterDays.setLabel(getTranslation("moderation.rules.close-after"));
        closeAfterDays.setHelperText(getTranslation("moderation.rules.close-after.helper"));
        closeAfterDays.setMin(1);
        closeAfterDays.setMax(CommentRuleSettings.MAX_DAYS);
        closeAfterDays.addClassName("rules-close-after");
        for (IntegerField number : new IntegerField[] {maxLinks, closeAfterDays}) {
            number.setI18n(new IntegerField.IntegerFieldI18n()
                    .setBadInputErrorMessage(getTranslation("moderation.rules.not-a-number"))
                    .setMinErrorMessage(getTranslation(number == maxLinks ? "rules.error.links-range" : "rules.error.days-range"))
                    .setMaxErrorMessage(getTranslation(number == maxLinks ? "rules.error.links-range" : "rules.error.days-range")));
        }

        Button save = new Button(getTranslation("moderation.rules.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("rules-save");
        Paragraph order = new Paragraph(getTranslation("moderation.rules.order"));
        order.addClassName("rules-order");
        lastChange.addClassName("rules-last-change");
        Div links = new Div(maxLinks, tooManyLinks);
        links.addClassName("rules-row");
        Section section = new Section(new H2(getTranslation("moderation.rules.arriving")), order, arrival, links,
                new Div(closeAfterDays), new Div(save), lastChange);
        section.addClassName("rules-settings");
        return section;
    }

    private void show(CommentRuleSettings settings) {
        version = settings.version();
        arrival.setValue(settings.arrival());
        maxLinks.setValue(settings.maxLinks());
        tooManyLinks.setValue(settings.tooManyLinks());
        closeAfterDays.setValue(settings.closeAfterDays());
        lastChange.setVisible(settings.updatedBy() != null);
        if (settings.updatedBy() != null) {
            lastChange.setText(getTranslation("moderation.rules.last-change", settings.updatedBy(),
                    ReaderDates.dateTime(Objects.requireNonNull(settings.updatedAt()), site.timeZone(), getLocale())));
        }
    }

    private void save() {
        Map<String, IntegerField> numbers = Map.of("maxLinks", maxLinks, "closeAfterDays", closeAfterDays);
        // A field holding something that is not a number has no value: saving would clear the setting.
        if (numbers.values().stream().anyMatch(field -> field.getValue() == null && field.isInvalid())) {
            return;
        }
        numbers.values().forEach(field -> field.setInvalid(false));
        try {
            show(rules.save(new CommentRuleSettings(arrival.getValue(), maxLinks.getValue(), tooManyLinks.getValue(),
                    closeAfterDays.getValue(), null, null, version)));
            Notification.show(getTranslation("moderation.rules.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidRuleException invalid) {
            invalid.problems().forEach((field, key) -> {
                IntegerField number = numbers.get(field);
                if (number != null) {
                    number.setErrorMessage(getTranslation(key));
                    number.setInvalid(true);
                }
            });
        } catch (RuleSettingsChangedException changed) {
            Notification notice = Notification.show(getTranslation("moderation.rules.changed",
                    changed.changedBy() == null ? getTranslation("moderation.someone") : changed.changedBy()), 8000,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.WARNING);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("moderation.rules.title"), site.name());
    }
}
