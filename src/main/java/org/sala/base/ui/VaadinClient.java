package org.sala.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.internal.DevBundleUtils;
import com.vaadin.flow.internal.FrontendUtils;
import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.VaadinService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a cached reader page needs to start Vaadin's client when the reader acts: the client's
 * entry scripts (from the production bundle's {@code index.html}, or the development bundle's
 * {@code stats.json}, as Vaadin's own bootstrap finds them) and the application shell's
 * stylesheets. Learnt once when the Vaadin service starts.
 */
@Component
public class VaadinClient {

    /** The icon the application shell gives every page. */
    public static final String FAVICON = "icons/favicon.svg";

    private volatile List<String> entryScripts = List.of();
    private volatile List<String> stylesheets = List.of();
    private volatile boolean development;

    void learn(VaadinService service) {
        DeploymentConfiguration config = service.getDeploymentConfiguration();
        development = !config.isProductionMode();
        try {
            entryScripts = development ? developmentEntries(config) : productionEntries(service);
        } catch (IOException e) {
            throw new UncheckedIOException("Vaadin's client entry scripts could not be read", e);
        }
        Class<?> shell = AppShellRegistry.getInstance(service.getContext()).getShell();
        List<String> sheets = new ArrayList<>();
        if (shell != null) {
            for (StyleSheet sheet : shell.getAnnotationsByType(StyleSheet.class)) {
                sheets.add(versioned(sheet.value()));
            }
        }
        stylesheets = List.copyOf(sheets);
    }

    private static List<String> productionEntries(VaadinService service) throws IOException {
        String index = FrontendUtils.getIndexHtmlContent(service);
        List<String> scripts = new ArrayList<>();
        if (index != null) {
            for (Element script : Jsoup.parse(index).select("script[type=module][src]")) {
                scripts.add(script.attr("src").replaceFirst("^\\./", ""));
            }
        }
        return List.copyOf(scripts);
    }

    private static List<String> developmentEntries(DeploymentConfiguration config) throws IOException {
        String stats = DevBundleUtils.findBundleStatsJson(config.getProjectFolder(), config.getBuildFolder());
        List<String> scripts = new ArrayList<>();
        if (stats != null) {
            JsonNode entries = JsonMapper.builder().build().readTree(stats).path("entryScripts");
            entries.forEach(entry -> scripts.add(entry.asString().replaceFirst("^\\./", "")));
        }
        return List.copyOf(scripts);
    }

    /** The client's entry module scripts, relative to the site's root ({@code VAADIN/build/indexhtml-….js}). */
    public List<String> entryScripts() {
        return entryScripts;
    }

    /** The application shell's stylesheets with a version of their content, relative to the root. */
    public List<String> stylesheets() {
        return stylesheets;
    }

    public boolean isDevelopment() {
        return development;
    }

    /** A static file of the application with a checksum of its content, so browsers may keep it long. */
    public static String versioned(String path) {
        try (InputStream in = VaadinClient.class.getClassLoader().getResourceAsStream("META-INF/resources/" + path)) {
            if (in == null) {
                return path;
            }
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return path + "?v=" + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            return path;
        }
    }
}
