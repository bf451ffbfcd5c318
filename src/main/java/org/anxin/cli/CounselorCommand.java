package org.anxin.cli;

import java.util.function.Function;
import org.anxin.AnxinApplication;
import org.anxin.counselor.Counselors;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Counselor accounts for the console at /counselor, on the same store as the server. */
@Command(name = "counselor", description = "Counselor accounts for the console at /counselor.", mixinStandardHelpOptions = true)
final class CounselorCommand {

    @Command(name = "add", description = "Create a counselor; prints the id and a one-time password to sign in with.")
    int add(@Option(names = "--name", required = true, description = "the counselor's name") String name,
            @Option(names = "--org", required = true, description = "their organisation, shown to the borrowers they send") String org) {
        return withContext(context -> {
            Counselors.Created created = context.getBean(Counselors.class).add(name, org);
            System.out.println("id:       " + created.counselor().id());
            System.out.println("password: " + created.password());
            System.out.println("(shown once: hand it to the counselor in person; only its hash is kept)");
            return 0;
        });
    }

    /** Runs a task with the server's settings and store, without serving anything; bad input exits 2 with why. */
    static int withContext(Function<ConfigurableApplicationContext, Integer> task) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnxinApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("anxin.log.console-target=System.err")
                .run("--logging.level.root=WARN")) {
            try {
                return task.apply(context);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}
