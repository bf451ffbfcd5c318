package org.anxin.channel.wechat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import org.anxin.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies as customer-service messages (客服消息), in order. When WeChat refuses one (45015 when the user's
 * 48-hour window has closed, or any other failure), it and the rest are kept for the user's next message.
 * Logs carry WeChat's error code, never the user's OpenID or any text.
 */
final class WechatDelivery {

    static final int WINDOW_CLOSED = 45015;
    private static final Logger log = LoggerFactory.getLogger(WechatDelivery.class);

    private final WxMpService service;
    private final PendingReplies pending;
    private final Clock clock;
    /** Draws a reply's picture for a user: (OpenID, kind) to PNG, or null. */
    private final BiFunction<String, String, byte[]> pictures;

    WechatDelivery(WxMpService service, PendingReplies pending, Clock clock, BiFunction<String, String, byte[]> pictures) {
        this.service = service;
        this.pending = pending;
        this.clock = clock;
        this.pictures = pictures;
    }

    /** @return whether every reply went out */
    boolean send(String openId, List<Reply> replies) {
        for (int i = 0; i < replies.size(); i++) {
            if (replies.get(i).picture() != null) {
                picture(openId, replies.get(i).picture());
            }
            try {
                service.getKefuService().sendKefuMessage(WechatText.customerService(openId, replies.get(i)));
            } catch (WxErrorException | RuntimeException e) {
                Integer code = e instanceof WxErrorException wx && wx.getError() != null ? wx.getError().getErrorCode() : null;
                pending.keep(WechatChannel.conversationId(openId), replies.subList(i, replies.size()), clock.millis());
                if (code != null && code == WINDOW_CLOSED) {
                    log.info("wechat: the user's 48-hour window is closed; {} replies kept for their next message",
                            replies.size() - i);
                } else {
                    log.warn("wechat: customer-service message failed ({}); {} replies kept for the user's next message",
                            code != null ? "error " + code : e.getClass().getSimpleName(), replies.size() - i, e);
                }
                return false;
            }
        }
        return true;
    }

    /** A picture is a bonus to the text, which says the same: if it cannot be uploaded or sent, the text still goes. */
    private void picture(String openId, String kind) {
        try {
            byte[] png = pictures.apply(openId, kind);
            if (png == null) {
                return;
            }
            String mediaId = service.getMaterialService()
                    .mediaUpload(WxConsts.MediaFileType.IMAGE, "png", new ByteArrayInputStream(png)).getMediaId();
            service.getKefuService().sendKefuMessage(WxMpKefuMessage.IMAGE().toUser(openId).mediaId(mediaId).build());
        } catch (WxErrorException | RuntimeException e) {
            log.info("wechat: a picture was not sent ({}); its text was", e.getClass().getSimpleName());
        }
    }
}
