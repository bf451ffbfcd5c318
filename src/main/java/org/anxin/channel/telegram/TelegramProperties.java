package org.anxin.channel.telegram;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.anxin.settings.Secrets;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code anxin.telegram.*} (or {@code ANXIN_TELEGRAM_*}). Telegram is off without a token. The
 * timing settings exist so tests can run in milliseconds; the defaults suit Telegram itself.
 *
 * @param token          the bot's token from BotFather
 * @param apiUrl         the Bot API's address; tests point it at a local fake
 * @param mode           how updates arrive: {@code polling} (default) or {@code webhook}
 * @param webhookSecret  the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}; required for webhooks
 * @param webhookUrl     the public HTTPS address of {@code /telegram/webhook}; when set, Anxin registers it at start-up
 * @param username       the bot's username without '@', for private-chat links
 * @param pollTimeout    how long one getUpdates call waits for news
 * @param retryBackoff   the first pause before sending again after a failure; it doubles each time
 * @param sendAttempts   how often one part is tried before it is left to the resender
 * @param resendInterval how often answers not yet sent are looked for
 * @param resendAfter    how old an unsent answer must be before the resender takes it (it may still be on its way)
 */
@ConfigurationProperties("anxin.telegram")
@Validated
record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") @NotNull URI apiUrl,
        @DefaultValue("polling") @NotNull Mode mode, String webhookSecret, URI webhookUrl, String username,
        @DefaultValue("50s") @NotNull @DurationMin(seconds = 0) Duration pollTimeout,
        @DefaultValue("1s") @NotNull @DurationMin(millis = 1) Duration retryBackoff,
        @DefaultValue("5") @Positive int sendAttempts,
        @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration resendInterval,
        @DefaultValue("10s") @NotNull @DurationMin(seconds = 0) Duration resendAfter) {

    /** What Telegram allows as a webhook secret. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    enum Mode { POLLING, WEBHOOK }

    TelegramProperties {
        username = username == null || username.isBlank() ? null : username.strip().replaceFirst("^@", "");
        if (mode == Mode.WEBHOOK && (webhookSecret == null || webhookSecret.isBlank())) {
            throw new IllegalArgumentException("anxin.telegram.webhook-secret (ANXIN_TELEGRAM_WEBHOOK_SECRET) is required"
                    + " when anxin.telegram.mode is webhook: without it anyone could post fake updates to /telegram/webhook."
                    + " Choose 1-256 characters of A-Z, a-z, 0-9, _ and -.");
        }
        if (webhookSecret != null && !webhookSecret.isBlank() && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException("anxin.telegram.webhook-secret may only hold 1-256 characters of"
                    + " A-Z, a-z, 0-9, _ and - (Telegram's rule)");
        }
    }

    /** A private-chat link to the bot, or null when its username is not configured. */
    String privateChatLink() {
        return username == null ? null : "https://t.me/" + username;
    }

    @Override
    public String toString() {
        return "TelegramProperties[token=" + Secrets.shown(token) + ", apiUrl=" + apiUrl + ", mode=" + mode
                + ", webhookSecret=" + Secrets.shown(webhookSecret) + ", webhookUrl=" + webhookUrl + ", username=" + username
                + ", pollTimeout=" + pollTimeout + ", retryBackoff=" + retryBackoff + ", sendAttempts=" + sendAttempts
                + ", resendInterval=" + resendInterval + ", resendAfter=" + resendAfter + "]";
    }
}
