package org.anxin.channel.wechat;

import java.util.Optional;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.anxin.settings.ServerOnly;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server URL entered in the Official Account's settings: {@code GET} is WeChat's server check, {@code POST}
 * carries messages and events. Anything not signed with our token, or signed long ago, gets 403 and changes nothing.
 */
@RestController
@Conditional(WechatEnabled.class)
@ServerOnly
@RequestMapping("/wechat/callback")
class WechatController {

    private static final int MAX_BODY = 64 * 1024;
    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final WechatCallback callback;
    private final WechatChannel channel;

    WechatController(WechatCallback callback, WechatChannel channel) {
        this.callback = callback;
        this.channel = channel;
    }

    @GetMapping
    ResponseEntity<String> check(@RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        if (echostr == null || !callback.authentic(timestamp, nonce, signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.ok().contentType(TEXT).body(echostr);
    }

    @PostMapping
    ResponseEntity<String> receive(@RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestBody(required = false) String body) {
        if (!callback.authentic(timestamp, nonce, signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (body == null || body.length() > MAX_BODY) {
            return ResponseEntity.badRequest().build();
        }
        WxMpXmlMessage message;
        try {
            message = callback.read(body, timestamp, nonce, encryptType, msgSignature);
        } catch (WechatCallback.Refused e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Optional<String> passive = channel.receive(message);
        return passive.map(text -> ResponseEntity.ok().contentType(XML).body(callback.answer(message, text)))
                .orElseGet(() -> ResponseEntity.ok().contentType(TEXT).body("success"));
    }
}
