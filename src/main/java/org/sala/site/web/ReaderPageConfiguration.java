package org.sala.site.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.sala.base.db.DatabaseOutage;
import org.sala.base.site.SiteAddress;
import org.sala.base.web.PermanentRedirects;
import org.sala.comment.WaitingReaders;
import org.sala.site.ui.ReaderDocument;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cached reader pages are answered right after Spring's request context is set up (its filter
 * has order -105, for absolute links from the request) and before Spring Security (-100).
 */
@Configuration(proxyBeanMethods = false)
class ReaderPageConfiguration {

    static final int ORDER = -104;

    @Bean
    FilterRegistrationBean<ReaderPageFilter> readerPageFilter(ReaderRoutes routes, ReaderPageCache cache,
            ReaderDocument documents, SiteAddress address, WaitingReaders waitingReaders,
            List<PermanentRedirects> redirects, ReaderPageHeaders headers, DatabaseOutage outage, MeterRegistry meters) {
        FilterRegistrationBean<ReaderPageFilter> registration = new FilterRegistrationBean<>(
                new ReaderPageFilter(routes, cache, documents, address, waitingReaders, redirects, headers, outage, meters));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
