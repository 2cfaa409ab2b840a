package org.sala.base.web;

import org.apache.catalina.loader.WebappLoader;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Tomcat loads the web application with {@link ServiceFileCache} in place of Spring
 * Boot's class loader (which it extends), with the same parent. Without an embedded Tomcat (a
 * war in an external server) nothing changes.
 */
@Configuration(proxyBeanMethods = false)
class ServiceFileCacheConfiguration {

    @Bean
    TomcatContextCustomizer serviceFileCache() {
        return context -> {
            if (context.getLoader() instanceof WebappLoader loader) {
                loader.setLoaderInstance(new ServiceFileCache(context.getParentClassLoader()));
            }
        };
    }
}
