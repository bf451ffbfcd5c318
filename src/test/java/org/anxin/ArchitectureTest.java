package org.anxin;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Keeps the shape of the house: the engine pure, dependencies pointing inward. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.anxin");

    @Test
    void theDialogEngineUsesNoSpringNoIoAndNoClock() {
        noClasses().that().resideInAPackage("org.anxin.dialog")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..", "java.nio..",
                        "java.net..", "java.sql..", "javax.sql..", "org.yaml..", "tools.jackson..")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .because("the engine is a pure function of (state, turn): time comes in with the turn")
                .check(CLASSES);
    }

    @Test
    void theAnalyzerIsPureToo() {
        noClasses().that().resideInAPackage("org.anxin.evidence.analysis")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..", "java.nio..",
                        "java.net..", "java.sql..", "javax.sql..", "tools.jackson..")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .because("the analyzer is a function of its rules and one message; the folder is read at the edges")
                .check(CLASSES);
    }

    @Test
    void dialogsDependOnNothingElseOfAnxin() {
        noClasses().that().resideInAPackage("org.anxin.dialog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.anxin.conversation..", "org.anxin.channel..",
                        "org.anxin.cli..")
                .check(CLASSES);
    }

    @Test
    void theDialogEngineDependsOnNoOtherPartOfAnxin() {
        noClasses().that().resideInAPackage("org.anxin.dialog..")
                .should().dependOnClassesThat(resideInAPackage("org.anxin..").and(resideOutsideOfPackage("org.anxin.dialog..")))
                .because("capabilities plug into the engine as DialogExtensions; the engine names none of them")
                .check(CLASSES);
    }

    @Test
    void conversationsKnowNoChannel() {
        noClasses().that().resideInAPackage("org.anxin.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.anxin.channel..", "org.anxin.cli..")
                .check(CLASSES);
    }

    @Test
    void capabilitiesKnowNoChannelAndNoCommandLine() {
        noClasses().that().resideInAnyPackage("org.anxin.letter..", "org.anxin.plan..", "org.anxin.evidence..",
                        "org.anxin.counselor..", "org.anxin.privacy..", "org.anxin.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.anxin.channel..", "org.anxin.cli..")
                .because("channels and commands are adapters at the edge; capabilities serve every one of them")
                .check(CLASSES);
    }

    @Test
    void theEngineKnowsNoCapabilityThatDoesIo() {
        noClasses().that().resideInAPackage("org.anxin.dialog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.anxin.counselor..", "org.anxin.privacy..",
                        "org.anxin.security..", "org.anxin.letter..", "org.anxin.evidence..")
                .check(CLASSES);
    }

    @Test
    void channelsDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("org.anxin.channel.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.anxin.channel.terminal..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.anxin.channel.terminal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.anxin.channel.web..")
                .check(CLASSES);
    }
}
