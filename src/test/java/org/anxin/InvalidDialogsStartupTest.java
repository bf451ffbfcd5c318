package org.anxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.FileSystemUtils;

/** The app refuses to start with a broken dialogs folder, and says which file and line are wrong. */
@ProcessWide
class InvalidDialogsStartupTest {

    @TempDir
    Path temp;

    @Test
    void aGotoToAMissingStepStopsTheStartAndNamesTheLine() throws IOException {
        Path dialogs = temp.resolve("dialogs");
        FileSystemUtils.copyRecursively(Path.of("dialogs"), dialogs);
        Files.writeString(dialogs.resolve("flows/broken.yaml"), """
                id: broken
                start: only
                steps:
                  only:
                    say: start.menu
                    choices:
                      - { label: start.menu, goto: "start:nowhere" }
                """, StandardCharsets.UTF_8);

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(AnxinApplication.class)
                .web(WebApplicationType.NONE)
                .run("--anxin.dialogs-dir=" + dialogs, "--anxin.data-dir=" + temp.resolve("data")).close());

        assertThat(failure).isNotNull();
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                .contains("is not valid")
                .contains("flows/broken.yaml:7: goto 'start:nowhere': no such step");
    }
}
