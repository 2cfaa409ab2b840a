package org.sala.post.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.Pages;
import org.sala.base.ui.ReaderDates;
import org.sala.post.service.ArchiveService;
import org.sala.post.service.PostListService;

/** "Archive for October 2016": the month's posts, and the list of all months with posts. */
@Route(":year([0-9]{4})/:month([0-9]{2})")
@AnonymousAllowed
public class MonthArchiveView extends PostListView {

    private final PostListService posts;
    private final ArchiveService archive;

    public MonthArchiveView(PostListService posts, ArchiveService archive, SiteProperties site) {
        super(site);
        this.posts = posts;
        this.archive = archive;
    }

    @Override
    protected Optional<Listing> listing(BeforeEnterEvent event, int page) {
        int year = Integer.parseInt(event.getRouteParameters().get("year").orElseThrow());
        int monthNumber = Integer.parseInt(event.getRouteParameters().get("month").orElseThrow());
        if (year < 1 || monthNumber < 1 || monthNumber > 12) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.of(year, monthNumber);
        return Optional.of(new Listing(getTranslation("archive.month", ReaderDates.month(month, getLocale())),
                posts.inMonth(month, page), getTranslation("archive.month-empty"), p -> link(month, p)));
    }

    @Override
    protected void addAfterList() {
        add(new MonthList(archive.months()));
    }

    static RouterLink link(YearMonth month, int page) {
        RouterLink link = new RouterLink(MonthArchiveView.class, new RouteParameters(Map.of(
                "year", "%04d".formatted(month.getYear()), "month", "%02d".formatted(month.getMonthValue()))));
        link.setQueryParameters(Pages.query(page));
        return link;
    }
}
