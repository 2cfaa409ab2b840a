package org.sala.post.ui.writing;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.TranslatedErrors;
import org.sala.base.ui.component.SafeHtml;
import org.sala.media.MediaLibraryService;
import org.sala.post.InvalidPostException;
import org.sala.post.PostEditorSection;
import org.sala.post.PostHtmlPolicy;
import org.sala.post.PostNotFoundException;
import org.sala.post.PostStatus;
import org.sala.post.service.EditedPost;
import org.sala.post.service.PostDraft;
import org.sala.post.service.PostEditingService;
import org.sala.post.service.SavedPost;
import org.sala.staff.StaffLayout;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing a post: Markdown beside a live preview of exactly what readers will see, its address,
 * excerpt, categories and tags; saved as a draft, published now or at a set time, or taken off.
 * Leaving with unsaved changes asks first.
 */
@Route(value = "staff/write/:id?", layout = StaffLayout.class)
@RolesAllowed({"AUTHOR", "ADMIN"})
public class PostEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PostEditingService editing;
    private final SiteProperties site;

    private final TextField title = new TextField();
    private final TextField slug = new TextField();
    private final TextArea body = new TextArea();
    private final TextArea excerpt = new TextArea();
    private final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final Checkbox commentsOpen = new Checkbox();
    private final DateTimePicker publishAt = new DateTimePicker();
    private final Div preview = new Div();
    private final Paragraph state = new Paragraph();
    private final Anchor viewOnSite = new Anchor();
    private final Button unpublish = new Button();
    private final BeanValidationBinder<PostDraft> binder = new BeanValidationBinder<>(PostDraft.class);

    private final PostFilesEditor files;
    private boolean filesChanged;
    private @Nullable Long postId;
    private long version;
    private final List<PostEditorSection> sections;
    private final Div sectionsSlot = new Div();
    private @Nullable Long sectionsFor;

    public PostEditorView(PostEditingService editing, MediaLibraryService media, SiteProperties site,
            List<PostEditorSection> sections) {
        this.editing = editing;
        this.sections = sections;
        this.site = site;
        this.files = new PostFilesEditor(media, () -> filesChanged = true);
        addClassName("post-editor");
        configureFields();
        bindFields();

        Button save = new Button(getTranslation("authoring.save"), click -> act(editing::save));
        save.addClassName("save-post");
        Button publish = new Button(getTranslation("authoring.publish-now"), click -> act(editing::publishNow));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClassName("publish-post");
        Button schedule = new Button(getTranslation("authoring.schedule"), click -> schedule());
        schedule.addClassName("schedule-post");
        unpublish.setText(getTranslation("authoring.unpublish"));
        unpublish.addThemeVariants(ButtonVariant.ERROR);
        unpublish.addClassName("unpublish-post");
        unpublish.addClickListener(click -> unpublish());
        viewOnSite.setText(getTranslation("authoring.view-on-site"));
        viewOnSite.setTarget("_blank");
        viewOnSite.addClassName("view-on-site");
        state.addClassName("post-state");

        Div scheduling = new Div(publishAt, schedule);
        scheduling.addClassName("post-scheduling");
        Div actions = new Div(save, publish, unpublish, viewOnSite);
        actions.addClassName("post-actions");
        Div form = new Div(title, slug, body, excerpt, categories, tags, commentsOpen, sectionsSlot, files, scheduling,
                actions);
        form.addClassName("post-form");
        preview.addClassName("post-body");
        Div previewBox = new Div(new H2(getTranslation("authoring.preview")), preview);
        previewBox.addClassName("post-preview");
        Div work = new Div(form, previewBox);
        work.addClassName("post-editor-work");
        add(new H1(getTranslation("authoring.editor")), state, work);
    }

    private void configureFields() {
        title.setLabel(getTranslation("authoring.field.title"));
        title.setMaxLength(PostDraft.MAX_TITLE);
        title.addClassName("post-title-field");
        slug.setLabel(getTranslation("authoring.field.slug"));
        slug.setHelperText(getTranslation("authoring.field.slug-help"));
        slug.setMaxLength(PostDraft.MAX_SLUG);
        slug.addClassName("post-slug-field");
        body.setLabel(getTranslation("authoring.field.body"));
        body.setHelperText(getTranslation("authoring.field.body-help"));
        body.setMinRows(14);
        // The value itself syncs on change (LAZY mode can drop the last keystrokes when another
        // event overtakes it, vaadin/flow-components#6265); the preview follows typing.
        body.addValueChangeListener(change -> showPreview(change.getValue()));
        body.getElement().addEventListener("input", typed -> showPreview(typed.getEventData().get("element.value").asString()))
                .addEventData("element.value").debounce(400);
        body.addClassName("post-body-field");
        excerpt.setLabel(getTranslation("authoring.field.excerpt"));
        excerpt.setHelperText(getTranslation("authoring.field.excerpt-help"));
        excerpt.setMaxLength(PostDraft.MAX_EXCERPT);
        excerpt.addClassName("post-excerpt-field");
        categories.setLabel(getTranslation("authoring.field.categories"));
        categories.setItems(new ArrayList<>(editing.categoryNames()));
        categories.setAllowCustomValue(true);
        categories.addCustomValueSetListener(custom -> {
            String name = custom.getDetail() == null ? "" : custom.getDetail().strip();
            if (!name.isEmpty() && categories.getListDataView().getItems().noneMatch(name::equals)) {
                categories.getListDataView().addItem(name);
            }
            addChoice(categories, name);
        });
        categories.addClassName("post-categories-field");
        tags.setLabel(getTranslation("authoring.field.tags"));
        tags.setItems(query -> editing.tagNames(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(custom -> addChoice(tags, custom.getDetail()));
        tags.addClassName("post-tags-field");
        commentsOpen.setLabel(getTranslation("authoring.field.comments-open"));
        publishAt.setLabel(getTranslation("authoring.field.publish-at", site.timeZone().getId()));
        publishAt.addClassName("post-publish-at");
    }

    /** A name typed that is not in the list yet becomes a choice, and is chosen. */
    private static void addChoice(MultiSelectComboBox<String> field, String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return;
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>(field.getValue());
        chosen.add(name);
        field.setValue(chosen);
    }

    private void bindFields() {
        binder.setValidationErrorHandler(new TranslatedErrors(this));
        binder.forField(title).bind("title");
        binder.forField(slug).bind("slug");
        binder.forField(body).bind("body");
        binder.forField(excerpt).bind("excerpt");
        binder.forField(categories)
                .withConverter(chosen -> (List<String>) new ArrayList<>(chosen), LinkedHashSet<String>::new)
                .bind(PostDraft::getCategories, PostDraft::setCategories);
        binder.forField(tags)
                .withConverter(chosen -> (List<String>) new ArrayList<>(chosen), LinkedHashSet<String>::new)
                .bind(PostDraft::getTags, PostDraft::setTags);
        binder.forField(commentsOpen).bind("commentsOpen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse(null);
        if (id == null) {
            postId = null;
            binder.readBean(new PostDraft());
            files.show(null, List.of());
            showState(null);
            showPreview("");
            return;
        }
        try {
            EditedPost post = editing.open(Long.parseLong(id));
            binder.readBean(post.draft());
            files.show(post.draft().getFeaturedImageId(), post.draft().getAttachmentIds());
            showState(post.state());
            showPreview(post.draft().getBody());
        } catch (NumberFormatException | PostNotFoundException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void act(Function<PostDraft, SavedPost> action) {
        PostDraft draft = new PostDraft();
        draft.setId(postId);
        draft.setVersion(version);
        draft.setFeaturedImageId(files.featuredImageId());
        draft.setAttachmentIds(files.attachmentIds());
        if (!binder.writeBeanIfValid(draft)) {
            binder.validate();
            warn(getTranslation("authoring.fix-fields"));
            return;
        }
        try {
            SavedPost saved = action.apply(draft);
            binder.readBean(editing.open(saved.id()).draft());
            filesChanged = false;
            showState(saved);
            Notification.show(getTranslation("authoring.saved." + saved.status().name()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidPostException invalid) {
            showProblems(invalid.problems());
        } catch (ObjectOptimisticLockingFailureException stale) {
            warn(getTranslation("authoring.stale"));
        }
    }

    private void schedule() {
        LocalDateTime at = publishAt.getValue();
        if (at == null) {
            showProblems(Map.of("publishAt", "authoring.error.schedule-missing"));
            return;
        }
        Instant instant = at.atZone(site.timeZone()).toInstant();
        act(draft -> editing.schedule(draft, instant));
    }

    private void unpublish() {
        if (postId == null) {
            return;
        }
        try {
            showState(editing.unpublish(postId, version));
        } catch (ObjectOptimisticLockingFailureException stale) {
            warn(getTranslation("authoring.stale"));
        }
    }

    private void showState(@Nullable SavedPost saved) {
        if (saved == null) {
            version = 0;
            state.setText(getTranslation("authoring.state.new"));
            unpublish.setVisible(false);
            viewOnSite.setVisible(false);
            showSections();
            return;
        }
        boolean wasNew = postId == null;
        postId = saved.id();
        version = saved.version();
        String when = saved.publishedAt() == null ? ""
                : ReaderDates.dateTime(saved.publishedAt(), site.timeZone(), getLocale());
        state.setText(getTranslation("authoring.state." + saved.status().name(), when));
        unpublish.setVisible(saved.status() == PostStatus.PUBLISHED || saved.status() == PostStatus.SCHEDULED);
        viewOnSite.setVisible(saved.status() == PostStatus.PUBLISHED && saved.address() != null);
        if (saved.address() != null) {
            viewOnSite.setHref("/" + saved.address().path());
        }
        if (wasNew) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "staff/write/" + postId));
        }
        showSections();
    }

    /** The other modules' parts, for a post that exists (they keep their settings by its id). */
    private void showSections() {
        if (Objects.equals(sectionsFor, postId)) {
            return;
        }
        sectionsFor = postId;
        sectionsSlot.removeAll();
        Long id = postId;
        if (id != null) {
            sections.forEach(section -> sectionsSlot.add(section.create(id)));
        }
    }

    private void showPreview(String markdown) {
        preview.removeAll();
        preview.add(new SafeHtml(PostHtmlPolicy.POLICY, editing.preview(markdown), "post-preview-body"));
    }

    private void showProblems(Map<String, String> problems) {
        Map<String, HasValidation> fields = Map.of("title", title, "slug", slug, "body", body, "excerpt", excerpt,
                "publishAt", publishAt);
        problems.forEach((field, key) -> {
            HasValidation target = fields.get(field);
            if (target == null) {
                warn(getTranslation(key));
            } else {
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            }
        });
    }

    private void warn(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.WARNING);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!binder.hasChanges() && !filesChanged) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("authoring.leave.header"));
        confirm.setText(getTranslation("authoring.leave.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.leave.stay"));
        confirm.setConfirmText(getTranslation("authoring.leave.go"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> leave.proceed());
        confirm.addCancelListener(stay -> leave.cancel());
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("authoring.editor"), site.name());
    }
}
