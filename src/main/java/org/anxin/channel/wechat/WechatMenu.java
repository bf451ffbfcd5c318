package org.anxin.channel.wechat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.bean.menu.WxMenu;
import me.chanjar.weixin.common.bean.menu.WxMenuButton;

/**
 * The account's custom menu (自定义菜单) and what each button says to the conversation. WeChat allows three
 * buttons at the top, so "my letters" and "privacy" sit under "more".
 */
final class WechatMenu {

    /** Button key → the command the conversation understands, as if the user had typed it. */
    private static final Map<String, String> COMMANDS = Map.of(
            "ANXIN_START", "/start",
            "ANXIN_URGENT", "/urgent",
            "ANXIN_LETTERS", "/start letters",
            "ANXIN_PRIVACY", "/start privacy");

    private WechatMenu() {
    }

    static WxMenu definition() {
        WxMenu menu = new WxMenu();
        menu.setButtons(List.of(
                click("紧急求助", "ANXIN_URGENT"),
                click("开始", "ANXIN_START"),
                more("更多", click("我的信件", "ANXIN_LETTERS"), click("隐私说明", "ANXIN_PRIVACY"))));
        return menu;
    }

    static Optional<String> command(String buttonKey) {
        return Optional.ofNullable(buttonKey == null ? null : COMMANDS.get(buttonKey));
    }

    private static WxMenuButton click(String name, String key) {
        WxMenuButton button = new WxMenuButton();
        button.setType(WxConsts.MenuButtonType.CLICK);
        button.setName(name);
        button.setKey(key);
        return button;
    }

    private static WxMenuButton more(String name, WxMenuButton... buttons) {
        WxMenuButton button = new WxMenuButton();
        button.setName(name);
        button.setSubButtons(List.of(buttons));
        return button;
    }
}
