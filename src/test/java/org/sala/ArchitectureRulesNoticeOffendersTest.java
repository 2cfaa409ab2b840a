package org.sala;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.sala.architecturefixtures.Offenders;

/** The markup and script rules of {@link ArchitectureTest} fail on code that breaks them. */
class ArchitectureRulesNoticeOffendersTest {

    @Test
    void settingOrNamingInnerHtmlOutsideTheSanitisedComponentsFails() {
        assertFailsOn(ArchitectureTest.onlyTheSanitisedComponentsSetInnerHtml, Offenders.SetsInnerHtmlUnderAComputedName.class);
        assertFailsOn(ArchitectureTest.onlyTheSanitisedComponentsSetInnerHtml, Offenders.ReadsInnerHtml.class);
    }

    @Test
    void scriptFromJavaFails() {
        assertFailsOn(ArchitectureTest.noScriptIsBuiltFromStrings, Offenders.CallsAFunction.class);
        assertFailsOn(ArchitectureTest.noScriptIsBuiltFromStrings, Offenders.RunsScript.class);
    }

    @Test
    void eventHandlerAttributesFailWhicheverElementGetsThem() {
        assertFailsOn(ArchitectureTest.noEventHandlerAttributes, Offenders.AddsAnEventHandler.class);
        assertFailsOn(ArchitectureTest.noEventHandlerAttributes, Offenders.AddsAnEventHandlerToMarkup.class);
    }

    @Test
    void harmlessCodePassesEveryRule() {
        JavaClasses harmless = new ClassFileImporter().importClasses(Offenders.Harmless.class);
        for (ArchRule rule : new ArchRule[] {ArchitectureTest.onlyTheSanitisedComponentsSetInnerHtml,
                ArchitectureTest.noScriptIsBuiltFromStrings, ArchitectureTest.noEventHandlerAttributes}) {
            assertThat(rule.evaluate(harmless).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    private static void assertFailsOn(ArchRule rule, Class<?> offender) {
        JavaClasses classes = new ClassFileImporter().importClasses(offender);
        assertThat(rule.evaluate(classes).hasViolation()).as(rule.getDescription() + " on " + offender.getSimpleName()).isTrue();
    }
}
