package org.anxin;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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

    /** Each capability (the first package under org.anxin; the application's own classes at the top are one more). */
    private static final SliceAssignment CAPABILITIES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("org.anxin")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(name.equals("org.anxin") ? "application" : name.substring("org.anxin.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the capabilities of org.anxin";
        }
    };

    @Test
    void capabilitiesHaveNoCycles() {
        slices().assignedFrom(CAPABILITIES).should().beFreeOfCycles()
                .because("each capability can be read, tested and replaced on its own")
                .check(CLASSES);
    }

    @Test
    void channelsOnlyFormatWhatTheOutboxStored() {
        // Storage is not rendering: an owner-only folder for a platform's temporary files, a keeper of what the channel
        // itself keeps (the web's resume codes), handed over and erased with the rest.
        noClasses().that().resideInAPackage("org.anxin.channel..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.anxin.letter..", "org.anxin.plan..",
                        "org.anxin.privacy..", "org.anxin.mydata..", "org.anxin.outbox..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(
                                org.anxin.privacy.PrivateFolder.class, org.anxin.privacy.PersonalDataHolder.class,
                                org.anxin.privacy.Digests.class))))
                .because("letters, pictures and data files are made once, by the outbox, and stored with the turn")
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
