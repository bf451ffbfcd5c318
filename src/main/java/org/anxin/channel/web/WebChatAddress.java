package org.anxin.channel.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says where the web chat is, once the server is ready: the last line at start, on its own, after the startup log,
 * so a newcomer sees it without reading the rest.
 */
@Component
class WebChatAddress implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return; // no web server in this context (a test without one)
        }
        String shared = environment.getProperty("anxin.public-url", "");
        System.out.println("Anxin web chat: http://localhost:" + port + "/"
                + (shared.isBlank() ? "" : "  (users reach it at " + shared.strip() + ")"));
    }
}
