package org.anxin.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.counselor.Counselors;
import org.anxin.counselor.Handoff;
import org.anxin.counselor.HandoffLinks;
import org.anxin.counselor.Handoffs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** Hand-off links that send a borrower into the bot at a chosen flow, with what the counselor already knows. */
@Command(name = "handoff", description = "Hand-off links for counselors.", mixinStandardHelpOptions = true)
final class HandoffCommand {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,4})([dh])");

    @Command(name = "create", description = "Create a link; prints one JSON line: token, web, telegram, wechatScene.")
    int create(@Option(names = "--counselor", required = true, description = "the counselor's id") String counselor,
            @Option(names = "--flow", required = true, description = "the flow it opens, such as complain or negotiate") String flow,
            @Option(names = "--lender", description = "the lender's name, so the bot does not ask for it") String lender,
            @Option(names = "--lender-type", description = "bank, consumer_finance, microloan, facilitation, agency or unknown") String lenderType,
            @Option(names = "--note", description = "a short note shown to the borrower (no personal data)") String note,
            @Option(names = "--expires", defaultValue = "30d", description = "how long it works: 30d, 12h (default: ${DEFAULT-VALUE})") String expires,
            @Option(names = "--uses", description = "how many borrowers may use it (default: no limit)") Long uses) {
        return CounselorCommand.withContext(context -> {
            Counselors.Counselor owner = context.getBean(Counselors.class).find(counselor).orElseThrow(() ->
                    new IllegalArgumentException("no counselor with id '" + counselor + "' (create one with: counselor add)"));
            if (owner.disabled()) {
                throw new IllegalArgumentException("counselor '" + counselor + "' is disabled");
            }
            Handoff made = context.getBean(Handoffs.class).create(counselor,
                    new Handoff.Request(flow, lender, lenderType, note, duration(expires), uses), context.getBean(java.time.Clock.class).instant());
            // A mapper of its own: the app's leaves out nulls, and scripts should always find all four keys.
            System.out.println(JsonMapper.builder().build().writeValueAsString(
                    context.getBean(HandoffLinks.class).all(made.token())));
            return 0;
        });
    }

    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--expires takes days or hours, such as 30d or 12h");
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n);
    }
}
