package org.anxin.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anxin.settings.ServerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives Telegram's webhook. A request without the configured secret is refused (401) before anything is read.
 * The body is read as text and parsed with Jackson 2, which Telegram's types are made for (Spring MVC speaks
 * Jackson 3). 200 means the turn is stored; when the store fails the answer is 503
 * ({@link org.anxin.channel.StoreDownAdvice}), and Telegram sends the update again, which the update id makes harmless.
 */
@RestController
@Conditional(TelegramEnabled.class)
@ServerOnly
@ConditionalOnProperty(prefix = "anxin.telegram", name = "mode", havingValue = "webhook")
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    private final TelegramUpdates updates;
    private final TelegramDelivery delivery;
    private final byte[] secret;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    TelegramWebhookController(TelegramUpdates updates, TelegramDelivery delivery, TelegramProperties properties) {
        this.updates = updates;
        this.delivery = delivery;
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/telegram/webhook")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String token,
            @RequestBody(required = false) String body) {
        byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(secret, given)) {
            log.warn("Telegram webhook call without the right secret refused");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Update update;
        try {
            update = json.readValue(body == null ? "" : body, Update.class);
        } catch (JsonProcessingException e) {
            log.warn("Telegram webhook body is not an update", e);
            return ResponseEntity.badRequest().build();
        }
        if (update == null || update.getUpdateId() == null) {
            return ResponseEntity.badRequest().build();
        }
        updates.handle(update);
        delivery.awaitRoom(); // stored already: a wait slows Telegram down, it never loses the update
        return ResponseEntity.ok().build();
    }

    @ExceptionHandler(TelegramUpdates.Malformed.class)
    ResponseEntity<Void> malformed(TelegramUpdates.Malformed e) {
        log.warn("Telegram webhook update refused: {}", e.getMessage());
        return ResponseEntity.badRequest().build();
    }
}
