package org.sanhe.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sanhe.dispatch.runtime.DispatchRuntime;
import org.sanhe.dispatch.runtime.sequencer.Sequencer;

/** The console reads its own read model: none of its code runs on the core's single writer thread. */
class ArchitectureTest {

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanhe.console");

    @Test
    void theConsoleNeverAsksTheCoreToRunAQuery() {
        noClasses().that().resideInAPackage("org.sanhe.console..")
                .should().callMethod(DispatchRuntime.class, "read", Function.class)
                .orShould().callMethod(Sequencer.class, "read", Function.class)
                .because("console code on the core's thread delays every command; read the ReadModel instead")
                .check(CONSOLE);
    }
}
