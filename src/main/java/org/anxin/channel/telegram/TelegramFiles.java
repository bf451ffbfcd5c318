package org.anxin.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import org.anxin.evidence.EvidenceIntake;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Photos, documents, voice notes, audio and video sent in a private chat, as evidence: what each is called and how
 * large Telegram says it is, and a download through the Bot API's getFile, made only when the locker wants it.
 */
final class TelegramFiles {

    /** The file a message carries, or null for one without a file the locker keeps (a sticker, a location). */
    record Sent(String fileId, String name, String type, Long size) {
    }

    private final TelegramClient client;
    private final URI apiUrl;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final java.time.Clock clock;

    TelegramFiles(TelegramClient client, URI apiUrl, String token, java.time.Clock clock) {
        this.clock = clock;
        this.client = client;
        this.apiUrl = apiUrl;
        this.token = token;
    }

    static Sent of(Message m) {
        String stamp = m.getDate() == null ? "" : "-" + m.getDate();
        if (m.hasPhoto() && !m.getPhoto().isEmpty()) {
            // Telegram sends a photo in several sizes; the largest is the original.
            PhotoSize largest = m.getPhoto().stream()
                    .max(Comparator.comparingLong(p -> p.getFileSize() == null ? 0 : p.getFileSize())).orElseThrow();
            return new Sent(largest.getFileId(), "photo" + stamp + ".jpg", "image/jpeg",
                    largest.getFileSize() == null ? null : largest.getFileSize().longValue());
        }
        if (m.hasDocument()) {
            return new Sent(m.getDocument().getFileId(), name(m.getDocument().getFileName(), "document" + stamp),
                    m.getDocument().getMimeType(), m.getDocument().getFileSize());
        }
        if (m.hasVoice()) {
            return new Sent(m.getVoice().getFileId(), "voice" + stamp + ".ogg", m.getVoice().getMimeType(), m.getVoice().getFileSize());
        }
        if (m.hasAudio()) {
            return new Sent(m.getAudio().getFileId(), name(m.getAudio().getFileName(), "audio" + stamp),
                    m.getAudio().getMimeType(), m.getAudio().getFileSize());
        }
        if (m.hasVideo()) {
            return new Sent(m.getVideo().getFileId(), name(m.getVideo().getFileName(), "video" + stamp + ".mp4"),
                    m.getVideo().getMimeType(), m.getVideo().getFileSize());
        }
        return null;
    }

    EvidenceIntake.Incoming incoming(Sent sent, String chatId, String messageId, String localeHint) {
        return new EvidenceIntake.Incoming(TelegramDelivery.CHANNEL, chatId, messageId, sent.name(), sent.type(),
                sent.size(), clock.instant(), localeHint);
    }

    EvidenceIntake.Download download(Sent sent) {
        return () -> {
            try {
                String path = client.execute(GetFile.builder().fileId(sent.fileId()).build()).getFilePath();
                // The library's own download always goes to api.telegram.org; this one follows anxin.telegram.api-url.
                URI file = URI.create(apiUrl.toString().replaceAll("/+$", "") + "/file/bot" + token + "/" + path);
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(file).timeout(Duration.ofMinutes(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    response.body().close();
                    throw new IOException("Telegram file download answered " + response.statusCode());
                }
                return response.body();
            } catch (TelegramApiException e) {
                throw new IOException("Telegram getFile failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        };
    }

    private static String name(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }
}
