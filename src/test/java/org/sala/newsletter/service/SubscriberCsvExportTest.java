package org.sala.newsletter.service;

import org.sala.newsletter.SubscriptionService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' CSV download of the mailing list, from real sign-ups in the real database. */
@IntegrationTest
class SubscriberCsvExportTest {

    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    SubscriberAdminService admin;
    @Autowired
    TestData data;

    @BeforeEach
    void clean() {
        data.reset();
        data.staff("admin", Role.ADMIN);
    }

    @Test
    void whatReadersTypedCannotBecomeAFormulaInASpreadsheet() throws IOException {
        Map<String, String> signUps = new LinkedHashMap<>();
        signUps.put("hyperlink@example.org", "=HYPERLINK(\"http://evil.example\",\"x\")");
        signUps.put("dde@example.org", "=1+2+cmd|' /C calc'!A0");
        signUps.put("plus@example.org", "+1+2");
        signUps.put("minus@example.org", "-2+3");
        signUps.put("at@example.org", "@SUM(A1)");
        signUps.put("anne@example.org", "Anne-Marie");
        signUps.put("=sum@example.org", "Plain name");
        signUps.forEach((email, name) -> subscriptions.subscribe(new SubscriptionRequest(email, name), Locale.ENGLISH));

        StringWriter out = new StringWriter();
        data.asStaff("admin", Role.ADMIN, () -> {
            admin.exportCsv(out);
            return null;
        });

        Map<String, String> exported = new LinkedHashMap<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString()))) {
            assertThat(record.get("status")).isEqualTo("PENDING");
            exported.put(record.get("email"), record.get("name"));
        }
        assertThat(exported).containsExactly(
                entry("hyperlink@example.org", "'=HYPERLINK(\"http://evil.example\",\"x\")"),
                entry("dde@example.org", "'=1+2+cmd|' /C calc'!A0"),
                entry("plus@example.org", "'+1+2"),
                entry("minus@example.org", "'-2+3"),
                entry("at@example.org", "'@SUM(A1)"),
                entry("anne@example.org", "Anne-Marie"),
                entry("'=sum@example.org", "Plain name"));
    }
}
