package org.anxin.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Document;
import org.anxin.dialog.Messages;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything kept about a conversation, made when it is asked for and never stored: a PDF summary a person can read,
 * and the whole record as one JSON file (UTF-8, Chinese written as it is). Every channel offers both, the PDF first.
 */
public final class MyDataFile {

    public static final String FILE_NAME = "anxin-my-data.json";
    public static final String PDF_FILE_NAME = "anxin-my-data.pdf";
    /** The kind a signed download link names for the JSON file, apart from every letter's and picture's. */
    public static final String LINK_KIND = "data:" + Document.MY_DATA;
    /** The kind a signed download link names for the PDF summary: a JSON link never opens it, nor the reverse. */
    public static final String PDF_LINK_KIND = LINK_KIND + ".pdf";

    /**
     * One of the files as channels offer it: its file name, the kind its signed link names, the extension that link
     * ends with, its media type, and the message that words its link.
     */
    public record Download(String fileName, String linkKind, String extension, String mediaType, String labelKey) {
    }

    /** The files a user is handed, the readable summary first. */
    public static final List<Download> DOWNLOADS = List.of(
            new Download(PDF_FILE_NAME, PDF_LINK_KIND, "pdf", "application/pdf", "mydata.download_pdf"),
            new Download(FILE_NAME, LINK_KIND, "json", "application/json; charset=utf-8", "mydata.download_json"));

    private final PersonalData data;
    private final JsonMapper json;
    private final Clock clock;
    private final Function<String, Optional<DialogState>> states;
    private final MyDataSummary summary;
    private final Messages messages;

    MyDataFile(PersonalData data, JsonMapper json, Clock clock, Function<String, Optional<DialogState>> states,
            MyDataSummary summary, Messages messages) {
        this.data = data;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.clock = clock;
        this.states = states;
        this.summary = summary;
        this.messages = messages;
    }

    /** The file a signed link of this kind opens, when it is one of these rather than a letter or a picture. */
    public static Optional<Download> download(String linkKind) {
        return DOWNLOADS.stream().filter(d -> d.linkKind().equals(linkKind)).findFirst();
    }

    /** A file's link in the user's words. */
    public String label(Download download, String locale) {
        return messages.text(locale, download.labelKey(), Map.of());
    }

    /**
     * The file a link of this kind names, made now; empty when the conversation is not there (never was, or erased)
     * or the kind is not one of these files.
     */
    public Optional<byte[]> file(String conversationId, String linkKind) {
        return states.apply(conversationId).flatMap(state -> switch (linkKind) {
            case PDF_LINK_KIND -> Optional.of(summary.pdf(state, clock.instant()));
            case LINK_KIND -> Optional.of(json(conversationId));
            default -> Optional.empty();
        });
    }

    /** The whole record: every capability's part, by its name. */
    private byte[] json(String conversationId) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("madeAt", clock.instant().toString());
        file.putAll(data.export(conversationId));
        return json.writeValueAsBytes(file);
    }
}
