package org.anxin.channel.wechat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.anxin.conversation.ConversationStore;
import org.anxin.conversation.OutboxSender;
import org.anxin.conversation.PendingDelivery;
import org.anxin.conversation.TurnFile;
import org.anxin.conversation.TurnMetrics;
import org.anxin.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * WeChat's side of the outbox: a stored answer goes out as customer-service messages (客服消息), in order, each
 * recorded as it is sent. When WeChat refuses one because the user's 48-hour window has closed (45015), the answer
 * waits in the delivery table until the user writes again; any other failure is tried again by the sweep. Logs carry
 * WeChat's error code, never the user's OpenID or any text.
 */
final class WechatDelivery implements OutboxSender.Courier, SmartLifecycle {

    static final int WINDOW_CLOSED = 45015;
    private static final Logger log = LoggerFactory.getLogger(WechatDelivery.class);
    private static final Duration SWEEP = Duration.ofSeconds(10);

    private final WxMpService service;
    private final ConversationStore store;
    private final WechatOutbound outbound;
    private final OutboxSender loop;
    private volatile boolean running;

    WechatDelivery(WxMpService service, ConversationStore store, WechatOutbound outbound, Clock clock, TurnMetrics metrics) {
        this.service = service;
        this.store = store;
        this.outbound = outbound;
        this.loop = new OutboxSender(WechatChannel.CHANNEL, store, this, 4, SWEEP, clock, metrics);
    }

    /** After a turn of this user is stored: sends what waits for them, oldest first. */
    void afterCommit(String openId) {
        loop.afterCommit(WechatChannel.conversationId(openId));
    }

    /**
     * Whether this answer may go out as the passive reply to the user's request: true, and recorded as sent, when no
     * sender (of this node or another) is sending this user's answers right now.
     */
    boolean answerPassively(String openId, String messageId, int parts) {
        return loop.sentOtherwise(WechatChannel.conversationId(openId), messageId, parts);
    }

    /** Replies that are no stored answer (a refused file, a failed turn), sent once in the user's line. */
    void untracked(String openId, List<Reply> replies) {
        loop.untracked(WechatChannel.conversationId(openId), () -> {
            for (Reply reply : replies) {
                try {
                    service.getKefuService().sendKefuMessage(WechatText.customerService(openId, reply));
                } catch (WxErrorException | RuntimeException e) {
                    log.info("wechat: a reply that was not stored could not be sent ({})", reason(e));
                    return;
                }
            }
        });
    }

    @Override
    public OutboxSender.Sent send(PendingDelivery pending, OutboxSender.Progress progress) {
        String openId = pending.conversationId().substring(WechatChannel.CHANNEL.length() + 1);
        List<Reply> replies = outbound.replies(pending.result().outbound());
        if (replies.isEmpty()) {
            progress.sent(0, true);
        }
        for (int i = pending.deliveredParts(); i < replies.size(); i++) {
            if (replies.get(i).picture() != null) {
                picture(openId, pending.conversationId(), replies.get(i).picture());
            }
            try {
                service.getKefuService().sendKefuMessage(WechatText.customerService(openId, replies.get(i)));
            } catch (WxErrorException | RuntimeException e) {
                if (e instanceof WxErrorException wx && wx.getError() != null && wx.getError().getErrorCode() == WINDOW_CLOSED) {
                    log.info("wechat: the user's 48-hour window is closed; {} replies wait for their next message",
                            replies.size() - i);
                    return OutboxSender.Sent.WHEN_USER_WRITES;
                }
                log.warn("wechat: customer-service message failed ({}); it is sent again later", reason(e), e);
                return OutboxSender.Sent.LATER;
            }
            progress.sent(i + 1, i + 1 == replies.size());
        }
        return OutboxSender.Sent.ALL;
    }

    /** A picture is a bonus to the text, which says the same: if it cannot be uploaded or sent, the text still goes. */
    private void picture(String openId, String conversationId, String fileId) {
        try {
            byte[] png = store.file(conversationId, fileId).map(TurnFile::bytes).orElse(null);
            if (png == null) {
                return;
            }
            String mediaId = service.getMaterialService()
                    .mediaUpload(WxConsts.MediaFileType.IMAGE, "png", new ByteArrayInputStream(png)).getMediaId();
            service.getKefuService().sendKefuMessage(WxMpKefuMessage.IMAGE().toUser(openId).mediaId(mediaId).build());
        } catch (WxErrorException | RuntimeException e) {
            log.info("wechat: a picture was not sent ({}); its text was", reason(e));
        }
    }

    private static String reason(Exception e) {
        return e instanceof WxErrorException wx && wx.getError() != null ? "error " + wx.getError().getErrorCode()
                : e.getClass().getSimpleName();
    }

    @Override
    public void start() {
        running = true;
        loop.start(SWEEP);
    }

    @Override
    public void stop() {
        running = false;
        loop.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
