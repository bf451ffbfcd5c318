package org.anxin.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.security.MessageDigest;
import org.anxin.AnxinSpringTest;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.Incident;
import org.anxin.evidence.EvidenceFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Files sent from the web chat into the evidence locker, over real HTTP, with small limits. */
@AnxinSpringTest
@TestPropertySource(properties = {"anxin.evidence.max-file-bytes=1000", "anxin.evidence.max-files=2"})
class EvidenceUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    TurnService turns;

    @Autowired
    EvidenceFiles files;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/web/conversations" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String id, String name, byte[] content) throws Exception {
        String boundary = "----anxin-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/web/conversations/" + id + "/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String conversationInEvidence() throws Exception {
        String id = openAndAgree();
        post("/" + id + "/messages", "{\"messageId\":\"m-" + id + "\",\"text\":\"/start evidence\"}");
        return id;
    }

    /** A first visit: the consent notice, and the user agrees to it. */
    private String openAndAgree() throws Exception {
        String id = post("", "{}").body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        post("/" + id + "/open", "{\"locale\":\"en\"}");
        post("/" + id + "/messages", "{\"messageId\":\"agree-" + id + "\",\"choice\":{\"position\":\"consent:notice\",\"key\":\"1\"}}");
        return id;
    }

    @Test
    void brokenUploadsAndBodiesAreRefusedAsTheClientsFaultAndKeepNothing() throws Exception {
        String id = conversationInEvidence();
        assertThat(upload(id, "bad\u0000name.png", new byte[] {1, 2, 3}).statusCode()).as("a NUL in the file name").isIn(400);
        String boundary = "----anxin-test-boundary";
        HttpResponse<String> truncated = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/web/conversations/" + id + "/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nabc")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(truncated.statusCode()).as("a body cut short").isEqualTo(400);
        HttpResponse<String> wildcard = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/web/conversations/" + id + "/messages"))
                .header("Content-Type", "*/*").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wildcard.statusCode()).as("a wildcard content type").isEqualTo(415);
        assertThat(turns.state("web:" + id).orElseThrow().evidence()).isEmpty();
    }

    @Test
    void aScreenshotSentInTheLockerIsKeptWithItsSha256() throws Exception {
        String id = conversationInEvidence();
        byte[] png = "not really a png, but bytes".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = upload(id, "screenshot.png", png);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("screenshot.png", "new record 1", "evidence:home");
        Incident.File kept = turns.state("web:" + id).orElseThrow().evidence().get(0).files().get(0);
        assertThat(kept.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(kept.size()).isEqualTo(png.length);
        assertThat(files.read("web:" + id, kept.ref())).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
    }

    @Test
    void deletingARecordDeletesItsFileFromDisk() throws Exception {
        String id = conversationInEvidence();
        upload(id, "screenshot.png", "bytes to forget".getBytes(StandardCharsets.UTF_8));
        assertThat(files.count("web:" + id)).isEqualTo(1);

        for (String said : new String[] {"Delete a record", "1", "Yes, delete it"}) {
            post("/" + id + "/messages", "{\"messageId\":\"del-" + said.hashCode() + "-" + id + "\",\"text\":\"" + said + "\"}");
        }

        assertThat(turns.state("web:" + id).orElseThrow().evidence()).isEmpty();
        assertThat(files.count("web:" + id)).as("files left on disk").isZero();
    }

    @Test
    void outsideTheLockerAFileIsNotKept() throws Exception {
        String id = openAndAgree();

        HttpResponse<String> answer = upload(id, "photo.png", new byte[] {1, 2, 3});

        assertThat(answer.body()).contains("I can only read text", "start:menu");
        assertThat(files.count("web:" + id)).isZero();
        assertThat(turns.state("web:" + id).orElseThrow().evidence()).isEmpty();
    }

    @Test
    void tooLargeAndTooManyFilesGetAKindAnswerAndChangeNothing() throws Exception {
        String id = conversationInEvidence();

        assertThat(upload(id, "big.png", new byte[1001]).body()).contains("too large", "1000 B");
        upload(id, "a.png", new byte[] {1});
        upload(id, "b.png", new byte[] {2});
        assertThat(upload(id, "c.png", new byte[] {3}).body()).contains("full");

        assertThat(files.count("web:" + id)).isEqualTo(2);
        assertThat(turns.state("web:" + id).orElseThrow().evidence().get(0).files()).extracting(Incident.File::name)
                .containsExactly("a.png", "b.png");
    }
}
