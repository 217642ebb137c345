package org.sanhe.dispatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The domain is pure: it imports nothing outside the JDK and its own packages, and it reads no clock, random source,
 * file, socket, environment or thread. Every package of the module must be declared domain or runtime here, so a new
 * package cannot slip past these rules.
 */
class ArchitectureTest {

    static final String ROOT = "org.sanhe.dispatch";
    static final Set<String> DOMAIN = Set.of("geo", "command", "event", "rules", "call", "incident", "unit",
            "assignment", "timer", "duplicate", "interval", "centre", "station", "user");
    static final Set<String> RUNTIME = Set.of("sequencer", "codec", "journal", "snapshot", "publish", "recovery",
            "schedule", "audit", "time", "runtime");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static String[] domainPackages() {
        return DOMAIN.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
    }

    @Test
    void everyPackageIsDeclaredDomainOrRuntime() {
        Set<String> found = CLASSES.stream().map(JavaClass::getPackageName)
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).allMatch(p -> DOMAIN.contains(p) || RUNTIME.contains(p));
        assertThat(found).containsAll(DOMAIN);
    }

    @Test
    void theDomainDependsOnlyOnTheJdkAndItself() {
        String[] allowed = Arrays.copyOf(domainPackages(), DOMAIN.size() + 1);
        allowed[DOMAIN.size()] = "java..";
        classes().that().resideInAnyPackage(domainPackages())
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("the domain is a pure function of its commands; adapters and runtime depend on it")
                .check(CLASSES);
    }

    @Test
    void theDomainReadsNoClockRandomFileSocketEnvironmentOrThread() {
        noClasses().that().resideInAnyPackage(domainPackages())
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
