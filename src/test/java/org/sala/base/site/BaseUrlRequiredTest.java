package org.sala.base.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sala.base.db.StartupRefused;

class BaseUrlRequiredTest {

    @Test
    void productionWithoutItsPublicAddressDoesNotStart() {
        assertThatThrownBy(() -> BaseUrlRequired.check("", false))
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining("public address is not set")
                .satisfies(refused -> assertThat(((StartupRefused) refused).action())
                        .contains("SALA_SITE_BASE_URL=https://sala.example.org"));
    }

    @Test
    void onlyAWebAddressWillDo() {
        for (String wrong : new String[] {"sala.example.org", "javascript:alert(1)", "ftp://sala.example.org",
                "https://sala.example.org/?next=evil", "https://user@sala.example.org", "https://"}) {
            assertThatThrownBy(() -> BaseUrlRequired.check(wrong, false)).as(wrong).isInstanceOf(StartupRefused.class);
            assertThatThrownBy(() -> BaseUrlRequired.check(wrong, true)).as(wrong).isInstanceOf(StartupRefused.class);
        }
    }

    @Test
    void aPublicAddressOrDevelopmentStarts() {
        assertThatCode(() -> {
            BaseUrlRequired.check("https://sala.example.org", false);
            BaseUrlRequired.check("http://10.0.0.5:8080/blog", false);
            BaseUrlRequired.check("", true);
        }).doesNotThrowAnyException();
    }
}
