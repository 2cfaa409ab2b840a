package org.sala.post.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.ReaderPage;
import org.sala.base.ui.ReaderPageSource;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.ArchiveService;
import org.sala.post.PostMarkup;

/** Every way to browse: the categories and the months with their post counts. */
@org.springframework.stereotype.Component
class ArchivesPage implements ReaderPageSource {

    static final String PATH = "/archives";

    private final ArchiveService archive;
    private final SiteProperties site;
    private final I18NProvider translations;

    ArchivesPage(ArchiveService archive, SiteProperties site, I18NProvider translations) {
        this.archive = archive;
        this.site = site;
        this.translations = translations;
    }

    @Override
    public Class<? extends Component> view() {
        return ArchivesView.class;
    }

    @Override
    public ReaderPage render(ReaderRequest request) {
        ReaderText text = new ReaderText(translations, request.locale());
        Element view = Markup.element("div", "archives-view")
                .appendChild(Markup.text("h1", "", text.get("archives.heading")))
                .appendChild(PostMarkup.categoryList(archive.categories(), text))
                .appendChild(PostMarkup.monthList(archive.months(), text));
        return ReaderPage.of(text.get("title.plain", text.get("archives.heading"), site.name()), PageMetadata.NONE,
                view, PATH);
    }
}
