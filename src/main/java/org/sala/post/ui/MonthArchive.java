package org.sala.post.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.YearMonth;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.ArchiveService;
import org.sala.post.PostListService;
import org.sala.post.PostMarkup;

/** "Archive for October 2016": the month's posts, and the list of all months with posts. */
@org.springframework.stereotype.Component
class MonthArchive extends PostListSource {

    private final PostListService posts;
    private final ArchiveService archive;

    MonthArchive(PostListService posts, ArchiveService archive, SiteProperties site, I18NProvider translations) {
        super(site, translations);
        this.posts = posts;
        this.archive = archive;
    }

    @Override
    public Class<? extends Component> view() {
        return MonthArchiveView.class;
    }

    @Override
    protected Optional<Listing> listing(ReaderRequest request, ReaderText text) {
        int year = Integer.parseInt(request.parameter("year"));
        int monthNumber = Integer.parseInt(request.parameter("month"));
        if (year < 1 || monthNumber < 1 || monthNumber > 12) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.of(year, monthNumber);
        return Optional.of(new Listing(text.get("archive.month", ReaderDates.month(month, text.locale())),
                posts.inMonth(month, request.page()), text.get("archive.month-empty"), PostMarkup.monthPath(month)));
    }

    @Override
    protected Optional<Element> afterList(ReaderRequest request, ReaderText text) {
        return Optional.of(PostMarkup.monthList(archive.months(), text));
    }
}
