package org.anxin.channel.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.anxin.conversation.Inbound;
import org.anxin.conversation.TurnService;
import org.anxin.dialog.UserInput;
import org.anxin.evidence.EvidenceIntake;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web chat's API. A conversation is named by a long random token that the page keeps; every message carries
 * an id made by the page, so a retried request is answered once.
 */
@RestController
@RequestMapping("/api/web/conversations")
class WebChatController {

    static final String CHANNEL = "web";
    private static final Logger log = LoggerFactory.getLogger(WebChatController.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern START = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_TEXT = 20_000;
    private static final String NOT_SENT = "抱歉，这条消息没能发出去，请换个说法再试一次。Sorry, that message could not be sent; please try again in other words.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TurnService turns;
    private final EvidenceIntake evidence;
    private final ResumeCodes resumeCodes;
    private final WebChatConfiguration.ResumeAttempts resumeAttempts;

    private final java.time.Clock clock;

    WebChatController(TurnService turns, EvidenceIntake evidence, ResumeCodes resumeCodes,
            WebChatConfiguration.ResumeAttempts resumeAttempts, java.time.Clock clock) {
        this.clock = clock;
        this.turns = turns;
        this.evidence = evidence;
        this.resumeCodes = resumeCodes;
        this.resumeAttempts = resumeAttempts;
    }

    record CreateRequest(String locale) {
    }

    /** {@code start}: the payload of a link that opened the page ({@code /?start=...}), such as a hand-off token. */
    record OpenRequest(String locale, String start) {
    }

    record ChoiceRef(String position, String key) {
    }

    record MessageRequest(String messageId, String text, ChoiceRef choice) {
    }

    record ResumeRequest(String code) {
    }

    @PostMapping
    Map<String, String> create() {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        return Map.of("id", Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }

    @PostMapping("/{id}/open")
    WebTurn open(@PathVariable String id, @RequestBody(required = false) OpenRequest request) {
        requireToken(id);
        // A link's payload is read like Telegram's /start <payload>; anything else in it is ignored, not refused.
        String start = request == null || request.start() == null ? null : request.start().strip();
        UserInput input = start != null && START.matcher(start).matches() ? new UserInput.Start(start)
                : new UserInput.Open();
        return WebTurn.of(turns.handle(new Inbound(CHANNEL, id, null, input, clock.instant(),
                request == null ? null : request.locale())));
    }

    @PostMapping("/{id}/messages")
    WebTurn message(@PathVariable String id, @RequestBody MessageRequest request) {
        requireToken(id);
        if (request.messageId() != null && !TOKEN.matcher(request.messageId()).matches()) {
            throw new BadRequest();
        }
        UserInput input;
        if (request.choice() != null && request.choice().position() != null && request.choice().key() != null) {
            input = new UserInput.Pick(request.choice().position(), request.choice().key());
        } else if (request.text() != null && request.text().length() <= MAX_TEXT) {
            input = new UserInput.Text(request.text());
        } else {
            throw new BadRequest();
        }
        return WebTurn.of(turns.handle(new Inbound(CHANNEL, id, scoped(id, request.messageId()), input, clock.instant(), null)));
    }

    /** A short code that opens this conversation on another device; any earlier code stops working. */
    @PostMapping("/{id}/resume-code")
    ResponseEntity<Map<String, String>> resumeCode(@PathVariable String id) {
        requireToken(id);
        if (!turns.exists(CHANNEL + ":" + id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error",
                    "还没有可以接着聊的内容。先聊几句，再来拿继续码。There is nothing to continue yet."));
        }
        ResumeCodes.Issued issued = resumeCodes.issue(CHANNEL + ":" + id);
        return ResponseEntity.ok(Map.of("code", issued.code(), "validUntil", issued.expiresAt().toString()));
    }

    /** The conversation a resume code opens, for the page to carry on with; a few tries a minute per address. */
    @PostMapping("/resume")
    ResponseEntity<Map<String, String>> resume(@RequestBody ResumeRequest request, HttpServletRequest http) {
        if (!resumeAttempts.tryAcquire(http.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(Map.of("error",
                    "试了太多次了，请等一分钟再输入继续码。Too many tries; please wait a minute before entering the code again."));
        }
        return resumeCodes.open(request.code())
                .filter(turns::exists)
                .map(conversation -> ResponseEntity.ok(Map.of("id", conversation.substring(CHANNEL.length() + 1))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error",
                        "这个继续码对不上，或者已经过期了。请再核对一下。This code does not match or has expired.")));
    }

    /** A file for the evidence locker (the page offers it at evidence steps); the size limit is the locker's. */
    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    WebTurn file(@PathVariable String id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "messageId", required = false) String messageId) {
        requireToken(id);
        if (messageId != null && !TOKEN.matcher(messageId).matches() || file.isEmpty()) {
            throw new BadRequest();
        }
        return WebTurn.of(evidence.receive(new EvidenceIntake.Incoming(CHANNEL, id, scoped(id, messageId),
                file.getOriginalFilename(), file.getContentType(), file.getSize(), clock.instant(), null), file::getInputStream).result());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error",
                "这个文件太大了，请压缩一下或换一张小一点的图再发。This file is too large; please compress it or send a smaller one."));
    }

    /**
     * A message id as the store keeps it: within its conversation, so that one conversation's id never replays
     * another's answer.
     */
    private static String scoped(String conversation, String messageId) {
        return messageId == null ? null : conversation + "/" + messageId;
    }

    private static void requireToken(String id) {
        if (!TOKEN.matcher(id).matches()) {
            throw new BadRequest();
        }
    }

    static final class BadRequest extends RuntimeException {
        BadRequest() {
            super("malformed chat request");
        }
    }

    /** A body that is not the page's: cut short, or a file part that cannot be read (a NUL in its name). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Map<String, String>> brokenUpload() {
        return badRequest();
    }

    @ExceptionHandler({org.springframework.web.HttpMediaTypeNotSupportedException.class,
            org.springframework.http.InvalidMediaTypeException.class})
    ResponseEntity<Map<String, String>> notJson() {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("error",
                NOT_SENT));
    }

    @ExceptionHandler({BadRequest.class, HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, String>> badRequest() {
        return ResponseEntity.badRequest().body(Map.of("error",
                NOT_SENT));
    }
}
