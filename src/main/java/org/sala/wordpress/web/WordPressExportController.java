package org.sala.wordpress.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.sala.wordpress.service.WordPressExportService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Everything as a WordPress export (WXR 1.2), for admins, streamed as it is read. */
@Controller
class WordPressExportController {

    private final WordPressExportService export;

    WordPressExportController(WordPressExportService export) {
        this.export = export;
    }

    @GetMapping("/staff/wordpress/export.xml")
    void export(HttpServletResponse response) throws IOException {
        export.checkAllowed();
        response.setContentType("application/rss+xml;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"sala-wordpress-export-" + LocalDate.now() + ".xml\"");
        export.write(response.getOutputStream());
    }
}
