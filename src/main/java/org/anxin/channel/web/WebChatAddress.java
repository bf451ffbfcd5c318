package org.anxin.channel.web;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Prints where the web chat can be opened once the server listens, so a newcomer knows where to go. */
@Component
class WebChatAddress implements ApplicationListener<WebServerInitializedEvent> {

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        System.out.println("Anxin web chat: http://localhost:" + event.getWebServer().getPort() + "/");
    }
}
