package de.tieredsupport.contingent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.Test;

/**
 * Dependencies point inward only: adapters ({@code ao}, {@code jira}, {@code rest}) -> {@code service} ->
 * {@code domain}; the adapters never depend on each other, and the composition root ({@code wiring}) on nothing
 * but the service and the domain. The domain needs nothing but the JDK, the service nothing but the JDK and the domain. Layers that
 * do not exist yet are allowed to be empty, so the rules hold from the first commit on.
 */
public class ArchitectureTest {

    private static final String BASE = "de.tieredsupport.contingent";
    private static final String DOMAIN = BASE + ".domain..";
    private static final String SERVICE = BASE + ".service..";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    private static final Set<String> FLOATING_POINT = Set.of("double", "float", "java.lang.Double",
            "java.lang.Float");

    @Test
    public void domainDependsOnlyOnTheJdk() {
        ArchRule rule = classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN);
        rule.check(PRODUCTION);
    }

    @Test
    public void serviceDependsOnlyOnTheJdkAndTheDomain() {
        ArchRule rule = classes().that().resideInAPackage(SERVICE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, SERVICE);
        rule.check(PRODUCTION);
    }

    @Test
    public void dependenciesPointInwardOnly() {
        layeredArchitecture().consideringAllDependencies()
                .withOptionalLayers(true)
                .layer("Composition root").definedBy(BASE + ".wiring..")
                .layer("Adapters").definedBy(BASE + ".ao..", BASE + ".jira..", BASE + ".rest..")
                .layer("Service").definedBy(SERVICE)
                .layer("Domain").definedBy(DOMAIN)
                .whereLayer("Composition root").mayNotBeAccessedByAnyLayer()
                .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Adapters", "Composition root")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Service", "Adapters", "Composition root")
                .check(PRODUCTION);
    }

    /**
     * Each adapter speaks to the others only through the service: Active Objects, Jira's screens and listeners, and
     * REST can each be replaced without touching another. What they share (texts, the spreadsheet) lives in the
     * service's {@code view} package.
     */
    @Test
    public void adaptersDoNotDependOnEachOther() {
        String[] adapters = {"ao", "jira", "rest"};
        for (String adapter : adapters) {
            String[] others = java.util.Arrays.stream(adapters).filter(a -> !a.equals(adapter))
                    .map(a -> BASE + "." + a + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(BASE + "." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(PRODUCTION);
        }
    }

    /**
     * Every booking change takes one path, {@code ContingentLedger.rebook} (totals, ticket totals, markers and alerts
     * with the booking): no other class writes a booking.
     */
    @Test
    public void onlyTheLedgerWritesBookings() {
        noClasses().that().doNotHaveFullyQualifiedName(SERVICE.replace("..", "") + ".ContingentLedger")
                .and().resideOutsideOfPackage(BASE + ".ao..")
                .and().doNotHaveFullyQualifiedName(SERVICE.replace("..", "") + ".port.BookingStore")
                .should().callMethod(de.tieredsupport.contingent.service.port.BookingStore.class, "save",
                        de.tieredsupport.contingent.domain.Booking.class)
                .orShould().callMethod(de.tieredsupport.contingent.service.port.BookingStore.class, "insert",
                        de.tieredsupport.contingent.domain.Booking.class)
                .check(PRODUCTION);
    }

    /** The composition root builds everything and is named by no class: adapters receive {@code UseCases}. */
    @Test
    public void onlyTheContainerKnowsTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage(BASE + ".wiring..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".wiring..")
                .check(PRODUCTION);
        classes().that().resideInAPackage(BASE + ".wiring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.inject..", DOMAIN, SERVICE,
                        BASE + ".wiring..")
                .check(PRODUCTION);
    }

    /**
     * The sandbox host (and every test that runs on it) reaches the plugin as Jira does, through the jar installed as
     * an OSGi bundle: host interfaces, events, HTTP and the database. A reference to a plugin class from there would
     * be a second copy of that class from the host's class path, which no Jira has.
     */
    @Test
    public void theSandboxNeverTouchesThePluginsClasses() {
        JavaClasses sandbox = new ClassFileImporter().importPackages(BASE + ".sandbox");
        ArchRule rule = noClasses().that().resideInAPackage(BASE + ".sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, SERVICE, BASE + ".ao..",
                        BASE + ".jira..", BASE + ".rest..");
        rule.check(sandbox);
    }

    @Test
    public void timeComesOnlyFromAnInjectedClock() {
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN, SERVICE)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .allowEmptyShould(true);
        rule.check(PRODUCTION);
    }

    @Test
    public void noFloatingPointForMoneyOrTime() {
        ArchRule rule = classes().that().resideInAnyPackage(DOMAIN, SERVICE)
                .should(notUseFloatingPoint())
                .allowEmptyShould(true);
        rule.check(PRODUCTION);
    }

    /** Fields, signatures and calls; violated events name each use. */
    private static ArchCondition<JavaClass> notUseFloatingPoint() {
        return new ArchCondition<>("not use double or float") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaField field : javaClass.getFields()) {
                    report(events, field.getRawType().getName(), field.getFullName());
                }
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    report(events, unit.getRawReturnType().getName(), unit.getFullName());
                    unit.getRawParameterTypes().forEach(p -> report(events, p.getName(), unit.getFullName()));
                }
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    report(events, call.getTarget().getRawReturnType().getName(), call.getDescription());
                    call.getTarget().getRawParameterTypes()
                            .forEach(p -> report(events, p.getName(), call.getDescription()));
                }
            }

            private void report(ConditionEvents events, String typeName, String where) {
                if (FLOATING_POINT.contains(typeName)) {
                    events.add(SimpleConditionEvent.violated(where, where + " uses " + typeName));
                }
            }
        };
    }
}
