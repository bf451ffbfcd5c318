package org.anxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code understand}: one JSON line per typed message, read as the bot reads it. */
class UnderstandCommandTest {

    @Test
    void eachLineGetsWhatTheBotReadsInIt() {
        CommandRun run = CommandRun.withInput("我不想活了\n催收打电话给我妈了\n/menu\n", "understand");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out().lines().toList().get(0)).contains("\"concern\":\"urgent\"");
        assertThat(run.out().lines().toList().get(1)).contains("\"concern\":\"none\"").contains("\"intents\":[\"family\"")
                .contains("\"sure\":true");
        assertThat(run.out().lines().toList().get(2)).isEqualTo("{\"concern\":\"none\",\"intents\":[],\"sure\":false}");
    }

    @Test
    void aBrokenDialogsFolderIsRefused() {
        CommandRun run = CommandRun.withInput("你好\n", "understand", "--dir", "no-such-folder");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("understand:");
    }
}
