package org.anxin.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.anxin.counselor.Counselors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** Counselor accounts for the console at /counselor, on the same store as the server. */
@Command(name = "counselor", description = "Counselor accounts for the console at /counselor.", mixinStandardHelpOptions = true)
final class CounselorCommand {

    @Command(name = "add", description = "Create a counselor; prints the id and the password to sign in with (shown once).")
    int add(@Option(names = "--name", required = true, description = "the counselor's name") String name,
            @Option(names = "--org", required = true, description = "their organisation, shown to the borrowers they send") String org) {
        return withContext(context -> printPassword(context.getBean(Counselors.class).add(name, org)));
    }

    @Command(name = "list", description = "Print one JSON line per counselor: id, name, organisation, created, disabled (null while active).")
    int list() {
        return withContext(context -> {
            // A mapper of its own: the app's leaves out nulls, and scripts should always find every key.
            JsonMapper json = JsonMapper.builder().build();
            for (Counselors.Counselor c : context.getBean(Counselors.class).list()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", c.id());
                line.put("name", c.name());
                line.put("organisation", c.organisation());
                line.put("created", c.createdAt().toString());
                line.put("disabled", c.disabled() ? c.disabledAt().toString() : null);
                System.out.println(json.writeValueAsString(line));
            }
            return 0;
        });
    }

    @Command(name = "reset-password", description = "Give a counselor a new random password (shown once); the old one stops working.")
    int resetPassword(@Option(names = "--id", required = true, description = "the counselor's id") String id) {
        return withContext(context -> printPassword(context.getBean(Counselors.class).resetPassword(id)));
    }

    @Command(name = "disable", description = "Stop a counselor from signing in and withdraw their links.")
    int disable(@Option(names = "--id", required = true, description = "the counselor's id") String id) {
        return withContext(context -> {
            Counselors.Disabled done = context.getBean(Counselors.class).disable(id, context.getBean(java.time.Clock.class).instant());
            System.out.println(done.already() ? "already disabled: " + id + " (since " + done.counselor().disabledAt() + ")"
                    : "disabled: " + id + " (links withdrawn: " + done.linksWithdrawn() + ")");
            return 0;
        });
    }

    private static int printPassword(Counselors.Created created) {
        System.out.println("id:       " + created.counselor().id());
        System.out.println("password: " + created.password());
        System.out.println("(shown once: hand it to the counselor in person; only its hash is kept)");
        return 0;
    }

    /** Runs a task with the server's settings and store, without serving anything; bad input exits 2 with why. */
    static int withContext(Function<ConfigurableApplicationContext, Integer> task) {
        try (ConfigurableApplicationContext context = CommandContext.start(CommandContext.Beans.ON_DEMAND)) {
            try {
                return task.apply(context);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}
