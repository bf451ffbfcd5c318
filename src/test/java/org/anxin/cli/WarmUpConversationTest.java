package org.anxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.anxin.AnxinSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The image's training run holds its conversation with the dialogs as they are now: if they change so that it no
 * longer reaches the plan and its chart, the image would be built with a cache that misses the first turns' classes.
 */
@AnxinSpringTest
class WarmUpConversationTest {

    @LocalServerPort
    int port;

    @Test
    void theWarmUpConversationReachesThePlanAndItsChart() throws Exception {
        assertThat(WarmUpCommand.converse(URI.create("http://127.0.0.1:" + port))).isNull();
    }
}
