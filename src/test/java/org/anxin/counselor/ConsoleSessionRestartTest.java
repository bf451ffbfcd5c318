package org.anxin.counselor;

import org.anxin.ProcessWide;
import static org.assertj.core.api.Assertions.assertThat;

import org.anxin.AnxinApplication;
import org.anxin.NodeBrowser;
import org.anxin.TestFolders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** On the embedded store too, console sessions are kept in the database: a restart keeps a counselor signed in. */
@ProcessWide
class ConsoleSessionRestartTest {

    private final String dataDir = TestFolders.newFolder("restart-").toString();

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AnxinApplication.class).run("--server.port=0", "--anxin.data-dir=" + dataDir,
                "--anxin.counselor.password-cost=4", "--server.servlet.session.cookie.secure=false");
    }

    @Test
    void aCounselorSignedInBeforeARestartIsStillSignedInAfterIt() throws Exception {
        NodeBrowser browser = new NodeBrowser();
        ConfigurableApplicationContext before = start();
        try {
            Counselors.Created me = before.getBean(Counselors.class).add("王老师", "深圳市法律援助中心");
            assertThat(browser.signIn(before, me.counselor().id(), me.password()).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/counselor"));
        } finally {
            before.close();
        }

        ConfigurableApplicationContext after = start();
        try {
            var console = browser.get(after, "/counselor");
            assertThat(console.statusCode()).isEqualTo(200);
            assertThat(console.body()).contains("王老师 · 深圳市法律援助中心");
        } finally {
            after.close();
        }
    }
}
