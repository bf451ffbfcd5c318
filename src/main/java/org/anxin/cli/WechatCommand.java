package org.anxin.cli;

import java.time.Duration;
import java.util.function.Function;
import org.anxin.channel.wechat.WechatAdmin;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Operator tasks for the WeChat Official Account, with the same settings as the server ({@code anxin.wechat.*}):
 * show or publish the custom menu, make a parametric QR code that opens a flow.
 */
@Command(name = "wechat", description = "Publish the WeChat menu, make QR codes that open a flow.",
        mixinStandardHelpOptions = true, subcommands = WechatCommand.Menu.class)
final class WechatCommand {

    @Command(name = "qr", description = "Create a parametric QR code; scanning it opens the flow named by --scene.")
    int qr(@Option(names = "--scene", required = true, description = "the flow to open, such as negotiate") String scene,
            @Option(names = "--days", description = "a temporary code lasting this many days (1 to 30); without it, a permanent code")
            Integer days) {
        return withAdmin(admin -> {
            WechatAdmin.QrCode code = admin.createQrCode(scene, days == null ? null : Duration.ofDays(days));
            System.out.println("scene:   " + code.scene() + (days == null ? " (permanent)" : " (" + days + " days)"));
            System.out.println("content: " + code.content());
            System.out.println("picture: " + code.pictureUrl());
            return 0;
        });
    }

    @Command(name = "menu", description = "The account's custom menu.", mixinStandardHelpOptions = true)
    static final class Menu {

        @Command(name = "show", description = "Print the menu as WeChat receives it, without publishing it.")
        int show() {
            return withAdmin(admin -> {
                System.out.println(admin.menuJson());
                return 0;
            });
        }

        @Command(name = "publish", description = "Replace the account's custom menu with Anxin's (start, urgent help, my letters, privacy).")
        int publish() {
            return withAdmin(admin -> {
                admin.publishMenu();
                System.out.println("menu published");
                return 0;
            });
        }
    }

    static int withAdmin(Function<WechatAdmin, Integer> task) {
        try (ConfigurableApplicationContext context = CommandContext.start(CommandContext.Beans.ON_DEMAND)) {
            WechatAdmin admin = context.getBeanProvider(WechatAdmin.class).getIfAvailable();
            if (admin == null) {
                System.err.println("WeChat is not configured: set anxin.wechat.app-id, anxin.wechat.secret and anxin.wechat.token"
                        + " (or ANXIN_WECHAT_APP_ID, ANXIN_WECHAT_SECRET, ANXIN_WECHAT_TOKEN)");
                return 2;
            }
            try {
                return task.apply(admin);
            } catch (WechatAdmin.WechatApiException | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
