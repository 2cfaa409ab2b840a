package org.sala.site.ui;

import java.util.List;
import org.jsoup.nodes.Element;
import org.sala.base.db.DatabaseOutage;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.markup.ReaderText;
import org.sala.page.SitePageService;
import org.sala.post.ArchiveService;
import org.springframework.stereotype.Component;

/** What the frame of every reader page reads: the header's categories and pages (both cached). */
@Component
public class ReaderFrame {

    private final SiteProperties site;
    private final ArchiveService archive;
    private final SitePageService pages;
    private final DatabaseOutage outage;

    ReaderFrame(SiteProperties site, ArchiveService archive, SitePageService pages, DatabaseOutage outage) {
        this.site = site;
        this.archive = archive;
        this.pages = pages;
        this.outage = outage;
    }

    /** The header; while the database is down it goes without its links, and the page says why. */
    public Element header(String here, ReaderText text) {
        return SiteMarkup.header(site, outage.unlessDown(archive::categories, List.of()),
                outage.unlessDown(pages::navigation, List.of()), here, text);
    }
}
