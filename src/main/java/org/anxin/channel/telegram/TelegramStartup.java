package org.anxin.channel.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * At start-up: starts looking for answers a previous run could not send, and, on a thread of its own, sets the command
 * menu in Chinese (also the default) and English and registers the webhook when its public address is configured.
 * Those calls go to Telegram, which may be slow or out of reach (each is tried up to five times, ten seconds each to
 * connect): the server's start, and the language model loading once it has started, never wait for them. A failed
 * call is logged; the resender keeps trying to deliver answers.
 */
class TelegramStartup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramStartup.class);
    static final List<String> UPDATES = List.of("message", "callback_query");

    private final Texts texts;
    private final TelegramSender sender;
    private final TelegramDelivery delivery;
    private final TelegramProperties properties;
    private volatile boolean running;
    private Thread registration;

    TelegramStartup(TelegramSender sender, TelegramDelivery delivery, TelegramProperties properties, Texts texts) {
        this.texts = texts;
        this.sender = sender;
        this.delivery = delivery;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        delivery.startResending(properties.resendInterval());
        registration = new Thread(this::register, "anxin-telegram-startup");
        registration.setDaemon(true);
        registration.start();
    }

    /** The command menu and the webhook, told to Telegram. */
    private void register() {
        commands(null, "zh-CN");
        commands("zh", "zh-CN");
        commands("en", "en");
        if (!running) {
            return;
        }
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK && properties.webhookUrl() != null) {
            try {
                sender.setWebhook(SetWebhook.builder().url(properties.webhookUrl().toString())
                        .secretToken(properties.webhookSecret()).allowedUpdates(UPDATES).build());
                log.info("Telegram webhook registered");
            } catch (TelegramApiException e) {
                log.error("Telegram setWebhook failed; no updates will arrive until it is set", e);
            }
        } else if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            log.info("Telegram webhook mode: updates are received at POST /telegram/webhook; set anxin.telegram.webhook-url"
                    + " to have Anxin register it, or call setWebhook yourself");
        }
    }

    private void commands(String language, String locale) {
        if (!running) {
            return;
        }
        List<BotCommand> commands = Texts.COMMANDS.stream().map(c -> new BotCommand(c, texts.command(c, locale))).toList();
        call("setMyCommands", SetMyCommands.builder().commands(commands).languageCode(language).build());
    }

    private void call(String what, org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod<?> method) {
        try {
            sender.send(method);
        } catch (TelegramApiException e) {
            log.warn("Telegram {} failed at start-up", what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (registration != null) {
            registration.interrupt(); // a call waiting to be tried again gives up
        }
        delivery.close();
    }

    /** Starts before long polling and stops after it, so nothing is handed to a closed delivery. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
