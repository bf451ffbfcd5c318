package org.anxin.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.anxin.dialog.Reply;

/**
 * How replies look on WeChat. A passive reply is one text, so choices are numbered lines that the user answers with
 * the number or the words; a customer-service message shows them as clickable menu options (msgmenu) instead.
 */
final class WechatText {

    /** WeChat's limit for a text message, in bytes of UTF-8. */
    static final int MAX_BYTES = 2048;

    private WechatText() {
    }

    static String passive(List<Reply> replies) {
        return replies.stream().map(WechatText::numbered).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    static boolean fitsOneMessage(String text) {
        return !text.isEmpty() && text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    static String numbered(Reply reply) {
        StringBuilder text = new StringBuilder(reply.text().strip());
        for (Reply.Option option : reply.choices()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(option.key()).append(". ").append(option.label());
        }
        return text.toString();
    }

    /**
     * A reply as a customer-service message. A click on a menu option comes back as a text message carrying the
     * option's words, which the conversation understands at the step that showed them.
     */
    static WxMpKefuMessage customerService(String openId, Reply reply) {
        if (reply.choices().isEmpty()) {
            return WxMpKefuMessage.TEXT().toUser(openId).content(reply.text()).build();
        }
        return WxMpKefuMessage.MSGMENU().toUser(openId).headContent(reply.text())
                .msgMenus(reply.choices().stream().map(o -> new WxMpKefuMessage.MsgMenu(o.key(), o.label())).toList())
                .tailContent("").build();
    }
}
