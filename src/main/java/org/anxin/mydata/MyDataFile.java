package org.anxin.mydata;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anxin.dialog.DialogState;
import org.anxin.dialog.Messages;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything kept about a conversation, made when it is asked for: a PDF summary a person can read, and the whole
 * record as one JSON file (UTF-8, Chinese written as it is). Every channel offers both, the PDF first.
 */
public final class MyDataFile {

    public static final String FILE_NAME = "anxin-my-data.json";
    public static final String PDF_FILE_NAME = "anxin-my-data.pdf";

    /** One of the files as channels offer it: its file name, its media type, and the message that words its link. */
    public record Download(String fileName, String mediaType, String labelKey) {
    }

    public static final Download PDF = new Download(PDF_FILE_NAME, "application/pdf", "mydata.download_pdf");
    public static final Download JSON = new Download(FILE_NAME, "application/json", "mydata.download_json");
    /** What the files and their links say, checked with the dialogs folder. */
    public static final List<String> MESSAGES = MyDataSummary.MESSAGES;

    /** The files a user is handed, the readable summary first. */
    public static final List<Download> DOWNLOADS = List.of(PDF, JSON);

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

    /** A file's link in the user's words. */
    public String label(Download download, String locale) {
        return messages.text(locale, download.labelKey(), Map.of());
    }

    /** The file, made now; empty when the conversation is not there (never was, or erased). */
    public Optional<byte[]> file(String conversationId, Download download) {
        return states.apply(conversationId).map(state -> download.equals(PDF) ? summary.pdf(state, clock.instant())
                : json(conversationId));
    }

    /** The whole record: every capability's part, by its name. */
    private byte[] json(String conversationId) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("madeAt", clock.instant().toString());
        file.putAll(data.export(conversationId));
        return json.writeValueAsBytes(file);
    }
}
