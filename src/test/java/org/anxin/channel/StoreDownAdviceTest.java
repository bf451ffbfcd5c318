package org.anxin.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.anxin.conversation.ConcurrentTurnException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerTypePredicate;

/** A store that cannot take a message gets the same answer on every channel's endpoint, and only there. */
class StoreDownAdviceTest {

    @RestController
    static class FailingChannel {
        @PostMapping("/fail/{how}")
        void fail(@PathVariable String how) {
            throw how.equals("down") ? new DataAccessResourceFailureException("database is locked")
                    : new ConcurrentTurnException("conversation changed since it was read");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"down", "race"})
    void aStoreThatIsDownOrARaceLostAgainIsAnswered503WithAKindSentenceInBothLanguages(String how) throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingChannel()).setControllerAdvice(new StoreDownAdvice()).build();

        mvc.perform(post("/fail/" + how)).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.error").value(StoreDownAdvice.SORRY));
        assertThat(StoreDownAdvice.SORRY).contains("请稍后再发一次", "please send it again in a moment");
    }

    @Test
    void itAnswersForTheChannelsEndpointsButNotForTheCounselorsConsole() throws ClassNotFoundException {
        HandlerTypePredicate scope = HandlerTypePredicate.forBasePackage(
                StoreDownAdvice.class.getAnnotation(RestControllerAdvice.class).basePackages());

        for (String endpoint : new String[] {"channel.web.WebChatController", "outbox.FileDownloads",
                "channel.telegram.TelegramWebhookController", "channel.wechat.WechatController"}) {
            assertThat(scope.test(Class.forName("org.anxin." + endpoint))).as(endpoint).isTrue();
        }
        assertThat(scope.test(Class.forName("org.anxin.counselor.ConsoleController"))).isFalse();
    }
}
