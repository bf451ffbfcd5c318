package org.anxin.cli;

import org.anxin.AnxinApplication;
import org.anxin.settings.ServerOnly;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context a command works in: the server's settings and store, and nothing that serves. No web server,
 * no channel (Telegram is neither polled nor registered, WeChat's callback is not wired, even with their settings
 * present), no scheduled job ({@code anxin.mode=command}, see {@link ServerOnly}). Logs go to standard error, warnings
 * and worse only, so that standard output carries the command's answer alone.
 */
final class CommandContext {

    /** What a command needs of the context. */
    enum Beans {
        /** Every bean, made at the start, so a broken dialogs folder stops the command as it stops the server ({@code chat}). */
        ALL,
        /** Only the beans the command asks for and what they need: a counselor's account does not load the language model. */
        ON_DEMAND
    }

    private CommandContext() {
    }

    static ConfigurableApplicationContext start(Beans beans) {
        return new SpringApplicationBuilder(AnxinApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .lazyInitialization(beans == Beans.ON_DEMAND)
                .properties("anxin.log.console-target=System.err")
                .run("--logging.level.root=WARN", "--" + ServerOnly.MODE + "=" + ServerOnly.COMMAND);
    }
}
