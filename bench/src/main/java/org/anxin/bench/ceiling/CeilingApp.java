package org.anxin.bench.ceiling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The ceiling: Anxin's webhook endpoint without the turn. Same Spring Boot, Spring MVC and Tomcat, same JVM defaults;
 * it checks the secret and parses the body into Telegram's {@link Update} with Jackson 2 exactly as
 * {@code TelegramWebhookController} does, then answers 200 without storing or sending anything. What the bot does
 * per second can be no better than this on the same machine.
 */
@SpringBootApplication
public class CeilingApp {

    public static void main(String[] args) {
        SpringApplication.run(CeilingApp.class, args);
    }

    @RestController
    static class Webhook {

        private final byte[] secret = System.getenv().getOrDefault("WEBHOOK_SECRET", "bench-secret_1")
                .getBytes(StandardCharsets.UTF_8);
        private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        @PostMapping("/telegram/webhook")
        ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
                @RequestBody(required = false) String body) {
            byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(secret, given)) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
            }
            try {
                Update update = json.readValue(body == null ? "" : body, Update.class);
                return update == null || update.getUpdateId() == null ? ResponseEntity.badRequest().build()
                        : ResponseEntity.ok().build();
            } catch (JsonProcessingException e) {
                return ResponseEntity.badRequest().build();
            }
        }
    }
}
