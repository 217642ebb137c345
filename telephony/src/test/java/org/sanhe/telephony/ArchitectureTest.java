package org.sanhe.telephony;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only the adapter knows Asterisk-Java; the simulator speaks AMI through the project's own codec. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanhe.telephony");

    @Test
    void onlyTheAdapterUsesAsteriskJava() {
        noClasses().that().resideOutsideOfPackage("org.sanhe.telephony.adapter..")
                .should().dependOnClassesThat().resideInAPackage("org.asteriskjava..")
                .check(classes);
    }

    @Test
    void theAdapterDoesNotUseTheSimulator() {
        noClasses().that().resideInAPackage("org.sanhe.telephony.adapter..")
                .should().dependOnClassesThat().resideInAPackage("org.sanhe.telephony.simulator..")
                .check(classes);
    }
}
