package org.anxin.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Everything kept about a conversation as one readable JSON file, made when it is asked for and never stored. */
public final class MyDataFile {

    public static final String FILE_NAME = "anxin-my-data.json";
    /** The kind a signed download link names for this file, apart from every letter's and picture's. */
    public static final String LINK_KIND = "data:" + org.anxin.dialog.Document.MY_DATA;

    private final PersonalData data;
    private final JsonMapper json;
    private final Clock clock;

    public MyDataFile(PersonalData data, JsonMapper json, Clock clock) {
        this.data = data;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.clock = clock;
    }

    public byte[] json(String conversationId) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("madeAt", clock.instant().toString());
        file.putAll(data.export(conversationId));
        return json.writeValueAsBytes(file);
    }
}
