package org.sanhe.dispatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The module's two sides, by package: everything under {@code org.sanhe.dispatch.domain} is pure (it imports nothing
 * outside the JDK and the domain, and reads no clock, random source, file, socket, environment or thread), and
 * everything under {@code org.sanhe.dispatch.runtime} runs it. Every class of the module lives under one of the two,
 * so a new package is checked the moment it exists; the domain never depends on the runtime.
 */
class ArchitectureTest {

    static final String ROOT = "org.sanhe.dispatch";
    static final String DOMAIN = ROOT + ".domain..";
    static final String RUNTIME = ROOT + ".runtime..";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyClassIsDomainOrRuntime() {
        assertThat(CLASSES).isNotEmpty();
        classes().should().resideInAnyPackage(DOMAIN, RUNTIME)
                .because("a package says by its place whether it is pure domain or runtime")
                .check(CLASSES);
    }

    @Test
    void bothSidesExist() {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().startsWith(ROOT + ".domain."))).isNotEmpty();
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().startsWith(ROOT + ".runtime."))).isNotEmpty();
    }

    @Test
    void theDomainDependsOnlyOnTheJdkAndItself() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
                .because("the domain is a pure function of its commands; adapters and runtime depend on it")
                .check(CLASSES);
    }

    @Test
    void theDomainNeverDependsOnTheRuntime() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAPackage(RUNTIME)
                .check(CLASSES);
    }

    @Test
    void onlyTheDesksChangeTheCentresEntities() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage(ROOT + ".domain.call..",
                        ROOT + ".domain.incident..", ROOT + ".domain.unit..", ROOT + ".domain.station..",
                        ROOT + ".domain.user..", ROOT + ".domain.timer..")
                .and().areDeclaredInClassesThat().areNotInterfaces()
                .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Desk")
                .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
                .should().notHaveRawReturnType(void.class)
                .because("entities and their books change only through the desk of their own package; what the"
                        + " console and the runtime get from the centre is for reading")
                .check(CLASSES);
    }

    @Test
    void theDomainReadsNoClockRandomFileSocketEnvironmentOrThread() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().belongToAnyOf(System.class, Thread.class, Runtime.class,
                        ProcessBuilder.class, Random.class, SecureRandom.class, ThreadLocalRandom.class,
                        UUID.class, Clock.class, Instant.class, LocalDate.class, LocalDateTime.class,
                        ZonedDateTime.class, OffsetDateTime.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..",
                        "java.nio.channels..", "java.net..", "java.util.concurrent..", "java.util.logging..",
                        "java.lang.reflect..")
                .orShould().callMethod(Math.class, "random")
                .because("time, ids and randomness arrive on commands; replay must rebuild identical state")
                .check(CLASSES);
    }
}
