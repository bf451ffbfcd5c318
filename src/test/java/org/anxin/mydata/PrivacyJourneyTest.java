package org.anxin.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anxin.settings.AnxinProperties;
import org.anxin.AnxinSpringTest;
import org.anxin.DebugLogs;
import org.anxin.conversation.ConversationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole web conversation full of personal data, from the consent notice to "delete my data": nothing of it is
 * readable in the data folder or in the logs, the user gets all of it back on asking, and after erasing nothing of
 * it is left in any table.
 */
@AnxinSpringTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyJourneyTest {

    private static final String PHONE = "13812345678";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String CARD = "6222021234567890123";
    private static final String LENDER = "青松快贷小额贷款有限公司";

    @RegisterExtension
    final DebugLogs debug = new DebugLogs("org.anxin", "org.springframework.web");

    @LocalServerPort
    int port;
    @Autowired
    ConversationStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AnxinProperties properties;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger messages = new AtomicInteger();

    @Test
    void personalDataIsSealedNeverLoggedHandedOverOnAskingAndErasedEverywhere(CapturedOutput logs) throws Exception {
        String id = post("/api/web/conversations", "{\"locale\":\"zh-CN\"}").replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String chat = "/api/web/conversations/" + id;

        assertThat(post(chat + "/open", "{}")).contains("开始前说一声", "我同意，开始吧");
        assertThat(store.load("web:" + id).orElseThrow().state().slots()).as("nothing personal before agreeing").isEmpty();
        assertThat(pick(chat, "consent:notice", "1")).contains("准备和放贷方协商还款");
        say(chat, "/start letters");
        say(chat, "1");
        say(chat, PHONE);
        say(chat, LENDER + "，身份证 " + ID_NUMBER + "，卡号 " + CARD);

        assertThat(readableInDataFolder(PHONE, ID_NUMBER, CARD, LENDER)).as("readable in the data folder").isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.dataDir().resolve("anxin.key"))))
                .isEqualTo("rw-------");

        say(chat, "/start evidence");
        HttpResponse<String> kept = upload(id, "通话记录.txt", ("催收电话 " + PHONE).getBytes(StandardCharsets.UTF_8));
        assertThat(kept.body()).contains("已经保存");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file WHERE conversation_id = ?", Integer.class,
                "web:" + id)).as("the evidence file is kept").isEqualTo(1);

        say(chat, "/start calm");
        say(chat, "是");

        assertThat(readableInDataFolder(PHONE, ID_NUMBER, CARD, LENDER)).as("readable in the data folder").isEmpty();
        String mine = say(chat, "我的数据");
        assertThat(mine).contains("这是我为你保存的回答", PHONE, "证据柜：1 条记录，1 个文件", "下载摘要（PDF，方便阅读）",
                "下载完整记录（JSON）");
        String link = link(mine, "json");
        HttpResponse<String> file = get(link);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("charset=utf-8"));
        assertThat(file.body()).contains(PHONE, LENDER, "\"consent\"", "通话记录.txt", "\"evidence-files\"")
                .as("readable as it is: UTF-8, not \\u escapes").doesNotContain("\\u");

        String pdfLink = link(mine, "pdf");
        HttpResponse<byte[]> pdf = getBytes(pdfLink);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment", ".pdf"));
        assertThat(MyDataSummaryTest.text(pdf.body())).as("the PDF summary, in words")
                .contains(MyDataSummaryTest.squeeze("现在是否安全：是"), PHONE, LENDER, "通话记录.txt", "删除我的数据")
                .as("a file is named, never shown").doesNotContain("催收电话");
        assertThat(get(pdfLink.replace(".pdf", ".json")).statusCode()).as("the PDF's link opens nothing else").isEqualTo(404);
        assertThat(get(link.replace(".json", ".pdf")).statusCode()).as("the JSON's link opens nothing else").isEqualTo(404);

        String other = someoneElse();
        HttpResponse<byte[]> theirs = getBytes(other);
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(MyDataSummaryTest.text(theirs.body())).as("another conversation's summary").contains("我的数据")
                .doesNotContain(PHONE, LENDER, "通话记录.txt");
        assertThat(get(altered(pdfLink)).statusCode()).as("a link changed by hand").isEqualTo(404);

        assertThat(say(chat, "删除我的数据")).contains("确定要删除吗");
        assertThat(pick(chat, "erase:confirm", "1")).contains("已经全部删除了");

        assertThat(rowsLeftFor("web:" + id)).as("rows left after erasing").isEmpty();
        assertThat(properties.dataDir().resolve("evidence")).as("no evidence on the node's disk").doesNotExist();
        assertThat(store.load("web:" + id)).isEmpty();
        assertThat(get(link).statusCode()).as("the data link after erasing").isEqualTo(404);
        assertThat(get(pdfLink).statusCode()).as("the summary's link after erasing").isEqualTo(404);
        assertThat(getBytes(other).statusCode()).as("someone else's summary is still theirs").isEqualTo(200);
        assertThat(post(chat + "/open", "{}")).as("a new start asks again").contains("开始前说一声");

        for (String secret : List.of(PHONE, ID_NUMBER, CARD, LENDER, "身份证", "卡号")) {
            assertThat(logs.getAll()).as("the logs").doesNotContain(secret);
        }
        assertThat(logs.getAll()).as("the logs saw the turns").contains("turn on web");
    }

    /** The download link of this extension in a reply. */
    private static String link(String reply, String extension) {
        Matcher link = Pattern.compile("\"url\":\"(/files/[^\"]+\\." + extension + ")\"").matcher(reply);
        assertThat(link.find()).as("a ." + extension + " link in " + reply).isTrue();
        return link.group(1);
    }

    /** Another conversation that agreed and asked for its data: the link to its summary. */
    private String someoneElse() throws Exception {
        String id = post("/api/web/conversations", "{\"locale\":\"zh-CN\"}").replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String chat = "/api/web/conversations/" + id;
        post(chat + "/open", "{}");
        pick(chat, "consent:notice", "1");
        return link(say(chat, "我的数据"), "pdf");
    }

    /** The link with one character of its token changed. */
    private static String altered(String link) {
        int at = "/files/".length() + 5;
        char c = link.charAt(at);
        return link.substring(0, at) + (c == 'A' ? 'B' : 'A') + link.substring(at + 1);
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String say(String chat, String text) throws Exception {
        return post(chat + "/messages", "{\"messageId\":\"msg-" + messages.incrementAndGet() + "-privacyjourney\",\"text\":\""
                + text + "\"}");
    }

    private String pick(String chat, String position, String key) throws Exception {
        return post(chat + "/messages", "{\"messageId\":\"msg-" + messages.incrementAndGet() + "-privacyjourney\","
                + "\"choice\":{\"position\":\"" + position + "\",\"key\":\"" + key + "\"}}");
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String id, String name, byte[] content) throws Exception {
        String boundary = "----anxin-privacy-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/web/conversations/" + id + "/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Files in the data folder (the database, its journal, evidence) in which any of the values can be read. */
    private List<String> readableInDataFolder(String... values) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(properties.dataDir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                String latin = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String value : values) {
                    if (content.contains(value) || latin.contains(value)) {
                        found.add(file.getFileName() + " holds " + value);
                    }
                }
            }
        }
        return found;
    }

    /** Every row, in every table, that names the conversation. */
    private List<String> rowsLeftFor(String conversationId) {
        List<String> left = new ArrayList<>();
        for (String table : jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'table'", String.class)) {
            for (var column : jdbc.queryForList("PRAGMA table_info(" + table + ")")) {
                String name = String.valueOf(column.get("name"));
                if (name.equals("conversation_id") || table.equals("conversation") && name.equals("id")) {
                    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + name + " = ?",
                            Integer.class, conversationId);
                    if (rows != null && rows > 0) {
                        left.add(table + ": " + rows);
                    }
                }
            }
        }
        return left;
    }
}
