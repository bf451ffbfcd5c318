package org.anxin.channel.wechat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.api.WxConsts.EventType;
import me.chanjar.weixin.common.api.WxConsts.XmlMsgType;
import me.chanjar.weixin.mp.api.WxMpMessageHandler;
import me.chanjar.weixin.mp.api.WxMpMessageRouter;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.anxin.dialog.UserInput;

/**
 * What a WeChat message means to the conversation: a turn with some input, a fixed kind answer, or nothing. WxJava's
 * router matches the message kinds; each rule only names the meaning, synchronously.
 */
final class WechatInputs {

    /** The meaning of one WeChat message. */
    sealed interface Meaning permits Turn, Say, Ignore, Media {
    }

    /** A picture or a voice message, for the evidence locker: WeChat's media id, a name and a type for it. */
    record Media(String mediaId, String name, String type) implements Meaning {
    }

    /** Take a turn with this input. */
    record Turn(UserInput input) implements Meaning {
    }

    /** Answer with this text without a turn. */
    record Say(String text) implements Meaning {
    }

    /** Answer {@code success} and do nothing (unsubscribe, link clicks, location reports, ...). */
    record Ignore() implements Meaning {
    }

    // Content lives in dialogs/ for everything the engine says; this one sentence is the channel's own, said before
    // the engine is involved.

    private static final String MEANING = "anxin.meaning";
    private static final Pattern SCENE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final WxMpMessageRouter router;
    /** What a photo, file or sticker is answered with (channel.text_only in dialogs/messages). */
    private final String textOnly;

    WechatInputs(WxMpService service, String textOnly) {
        this.textOnly = textOnly;
        router = new WxMpMessageRouter(service);
        // Retries are recognised by the conversation store, where they are answered as before; the router's
        // in-memory checker would drop a retry without an answer.
        router.setMessageDuplicateChecker(messageId -> false);
        router.rule().async(false).msgType(XmlMsgType.TEXT)
                .handler(meaning(m -> new Turn(new UserInput.Text(nullToEmpty(m.getContent()))))).end()
                .rule().async(false).msgType(XmlMsgType.VOICE).matcher(m -> hasText(m.getRecognition()))
                .handler(meaning(m -> new Turn(new UserInput.Text(m.getRecognition())))).end()
                .rule().async(false).msgType(XmlMsgType.IMAGE).matcher(m -> hasText(m.getMediaId()))
                .handler(meaning(m -> new Media(m.getMediaId(), "image-" + m.getCreateTime() + ".jpg", "image/jpeg"))).end()
                .rule().async(false).msgType(XmlMsgType.VOICE).matcher(m -> hasText(m.getMediaId()))
                .handler(meaning(m -> new Media(m.getMediaId(), "voice-" + m.getCreateTime() + "." + voiceFormat(m.getFormat()),
                        "audio/" + voiceFormat(m.getFormat())))).end()
                .rule().async(false).msgType(XmlMsgType.EVENT).event(EventType.SUBSCRIBE)
                .handler(meaning(m -> startOrOpen(scene(m.getEventKey(), "qrscene_")))).end()
                .rule().async(false).msgType(XmlMsgType.EVENT).event(EventType.SCAN)
                .handler(meaning(m -> startOrOpen(scene(m.getEventKey(), "")))).end()
                .rule().async(false).msgType(XmlMsgType.EVENT).event(EventType.CLICK)
                .handler(meaning(m -> WechatMenu.command(m.getEventKey())
                        .<Meaning>map(c -> new Turn(new UserInput.Text(c))).orElse(new Ignore()))).end()
                .rule().async(false).msgType(XmlMsgType.EVENT).handler(meaning(m -> new Ignore())).end()
                .rule().async(false).handler(meaning(m -> new Say(textOnly))).end();
    }

    Meaning of(WxMpXmlMessage message) {
        Map<String, Object> context = new HashMap<>(2);
        router.route(message, context);
        return context.get(MEANING) instanceof Meaning meaning ? meaning : new Ignore();
    }

    /** A QR code's scene opens that flow; the engine answers kindly when no flow has that name. */
    private static Meaning startOrOpen(Optional<String> scene) {
        return new Turn(scene.<UserInput>map(s -> new UserInput.Start(s)).orElse(new UserInput.Open()));
    }

    static Optional<String> scene(String eventKey, String prefix) {
        if (eventKey == null || !eventKey.startsWith(prefix)) {
            return Optional.empty();
        }
        String scene = eventKey.substring(prefix.length());
        return SCENE.matcher(scene).matches() ? Optional.of(scene) : Optional.empty();
    }

    private interface Reading {
        Meaning of(WxMpXmlMessage message);
    }

    private static WxMpMessageHandler meaning(Reading reading) {
        return (message, context, service, sessions) -> {
            context.put(MEANING, reading.of(message));
            return null;
        };
    }

    /** WeChat names the voice format (amr, speex); anything else is kept as amr, its usual one. */
    private static String voiceFormat(String format) {
        return format != null && format.matches("[a-z0-9]{2,8}") ? format : "amr";
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
