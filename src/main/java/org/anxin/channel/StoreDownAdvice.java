package org.anxin.channel;

import java.util.Map;
import org.anxin.conversation.ConcurrentTurnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * One answer, for every channel's endpoints and the downloads of what they handed over, when the store cannot take a message now (down, or another turn kept
 * winning the race): 503 with a kind sentence in both languages. Telegram and WeChat send the update again, which its
 * id makes harmless; the web page shows the sentence and the user sends it again.
 */
@RestControllerAdvice(basePackages = {"org.anxin.channel", "org.anxin.outbox"})
public class StoreDownAdvice {

    static final String SORRY = "抱歉，我这边暂时出了点问题，请稍后再发一次。"
            + "Sorry, something is wrong on my side; please send it again in a moment.";
    private static final Logger log = LoggerFactory.getLogger(StoreDownAdvice.class);

    @ExceptionHandler({DataAccessException.class, ConcurrentTurnException.class})
    ResponseEntity<Map<String, String>> storeDown(RuntimeException e, HandlerMethod handler) {
        log.error("{}: conversation store unavailable; answered 503", handler.getBeanType().getSimpleName(), e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", SORRY));
    }
}
