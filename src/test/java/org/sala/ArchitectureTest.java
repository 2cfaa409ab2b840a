package org.sala;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.dom.Element;
import jakarta.persistence.Entity;
import java.util.Set;
import org.sala.base.ui.component.LiveForm;
import org.sala.support.EventHandlerAttributes;
import org.sala.support.StringConstants;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The architecture as tests: feature packages, each with domain, service and ui. */
@AnalyzeClasses(packages = "org.sala", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.sala.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainKnowsNoServicesOrViews = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..");

    @ArchTest
    static final ArchRule servicesKnowNoViews = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule viewsTalkToServicesNotRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule controllersTalkToServicesNotRepositories = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule controllersSeeNoEntities = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class);

    @ArchTest
    static final ArchRule controllersHoldNoTransactions = noClasses().that().resideInAPackage("..web..")
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule controllerMethodsHoldNoTransactions = noMethods().that().areDeclaredInClassesThat()
            .resideInAPackage("..web..").should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule repositoriesAreUsedByServices = classes().that().areAssignableTo(Repository.class)
            .should().onlyBeAccessed().byAnyPackage("..domain..", "..service..", "..security..", "org.sala.*");

    /**
     * A {@code @Service} is a use case boundary that views, controllers and other modules call, and
     * its name says so; helpers behind it (listeners, jobs' work, module APIs that join the caller's
     * transaction) are {@code @Component}s.
     */
    @ArchTest
    static final ArchRule servicesAreNamedAsServices = classes().that().areAnnotatedWith(Service.class)
            .should().haveSimpleNameEndingWith("Service");

    @ArchTest
    static final ArchRule classesNamedAsServicesAreServices = classes().that().haveSimpleNameEndingWith("Service")
            .and().areNotInterfaces().should().beAnnotatedWith(Service.class);

    @ArchTest
    static final ArchRule viewsHoldNoTransactions = noClasses().that().resideInAPackage("..ui..")
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule viewMethodsHoldNoTransactions = noMethods().that().areDeclaredInClassesThat()
            .resideInAPackage("..ui..").should().beAnnotatedWith(Transactional.class);

    /**
     * Markup reaches a page as reader markup ({@code PreRenderedHtml}) or through SafeHtml (stored
     * HTML that a sanitiser policy cleaned when it was stored); nothing may use Vaadin's Html.
     */
    @ArchTest
    static final ArchRule htmlComesOnlyFromSanitisedContent = noClasses()
            .that().doNotHaveFullyQualifiedName("org.sala.base.ui.component.SafeHtml")
            .should().dependOnClassesThat().areAssignableTo(Html.class);

    /**
     * The two sanitised components are the only ones that set element properties: any other
     * {@code setProperty} could be {@code innerHTML} under a computed name, and no other class
     * so much as names {@code innerHTML} or {@code outerHTML}.
     */
    @ArchTest
    static final ArchRule onlyTheSanitisedComponentsSetInnerHtml = noClasses()
            .that().doNotHaveFullyQualifiedName("org.sala.base.ui.component.SafeHtml")
            .and().doNotHaveFullyQualifiedName("org.sala.base.ui.component.PreRenderedHtml")
            .should().callMethodWhere(DescribedPredicate.describe("the call sets an element property",
                    call -> call.getTargetOwner().isAssignableTo(Element.class) && call.getTarget().getName().startsWith("setProperty")))
            .orShould(StringConstants.holdAStringConstantThatIs(DescribedPredicate.describe(
                    "innerHTML or outerHTML", text -> text.equalsIgnoreCase("innerHTML") || text.equalsIgnoreCase("outerHTML"))));

    /**
     * Reader markup is built element by element (jsoup escapes every text and attribute); the only
     * raw HTML in it is stored, sanitised HTML, added through one method. (InitialUidlEscaping
     * writes back the script it escaped.)
     */
    @ArchTest
    static final ArchRule rawHtmlEntersReaderMarkupOnlyAsStoredSanitisedHtml = noClasses()
            .that().doNotHaveFullyQualifiedName("org.sala.base.ui.markup.Markup")
            .and().doNotHaveFullyQualifiedName("org.sala.base.ui.InitialUidlEscaping")
            .should().dependOnClassesThat().areAssignableTo(org.jsoup.nodes.DataNode.class);

    /** (Vaadin's own index.html, which VaadinClient reads its entry scripts from, is the exception.) */
    @ArchTest
    static final ArchRule viewsParseNoMarkupFromStrings = noClasses().that().resideInAPackage("..ui..")
            .and().doNotHaveFullyQualifiedName("org.sala.base.ui.VaadinClient")
            .should().callMethod(org.jsoup.nodes.Element.class, "append", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "prepend", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "html", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "before", String.class)
            .orShould().callMethod(org.jsoup.nodes.Element.class, "after", String.class)
            .orShould().callMethod(org.jsoup.Jsoup.class, "parse", String.class);

    /**
     * No script is sent to browsers from Java: not as an expression, not as a function call, not
     * as a script to load. (The one call is {@code LiveForm.focus}, which calls the element's
     * own {@code focus()} with no arguments.)
     */
    @ArchTest
    static final ArchRule noScriptIsBuiltFromStrings = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe(
                    "the call sends script (Page.executeJs, addJavaScript, addJsModule, Element.executeJs, callJsFunction)",
                    ArchitectureTest::sendsScript));

    /** No element, Vaadin's or jsoup's, gets an event handler attribute: nothing names one. */
    @ArchTest
    static final ArchRule noEventHandlerAttributes = noClasses()
            .should(StringConstants.holdAStringConstantThatIs(EventHandlerAttributes.NAMES));

    private static boolean sendsScript(JavaMethodCall call) {
        String method = call.getTarget().getName();
        JavaClass owner = call.getTargetOwner();
        if (owner.isAssignableTo(Page.class)) {
            return Set.of("executeJs", "addJavaScript", "addJsModule").contains(method);
        }
        boolean focusingAControl = call.getOrigin().getOwner().isEquivalentTo(LiveForm.class)
                && call.getOrigin().getName().equals("focus");
        return owner.isAssignableTo(Element.class) && Set.of("executeJs", "callJsFunction").contains(method) && !focusingAControl;
    }
}
