package org.anxin.channel.wechat;

import java.time.Duration;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.result.WxMpQrCodeTicket;

/** What an operator does with the account from the command line: publish the menu, make QR codes for flows. */
public final class WechatAdmin {

    /** WeChat keeps a temporary QR code at most 30 days. */
    public static final Duration LONGEST_TEMPORARY = Duration.ofDays(30);

    private final WxMpService service;

    WechatAdmin(WxMpService service) {
        this.service = service;
    }

    /** The menu as WeChat receives it (JSON), for review before publishing. */
    public String menuJson() {
        return WechatMenu.definition().toJson();
    }

    /** Replaces the account's custom menu with ours. */
    public void publishMenu() {
        try {
            service.getMenuService().menuCreate(WechatMenu.definition());
        } catch (WxErrorException e) {
            throw new WechatApiException(e);
        }
    }

    /**
     * A parametric QR code whose scan opens the flow named {@code scene}: permanent when {@code expiresIn} is null,
     * otherwise temporary (at most 30 days).
     */
    public QrCode createQrCode(String scene, Duration expiresIn) {
        if (WechatInputs.scene(scene, "").isEmpty()) {
            throw new IllegalArgumentException("a scene is a flow name: a letter, then letters, digits, - or _ (at most 64)");
        }
        if (expiresIn != null && (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(LONGEST_TEMPORARY) > 0)) {
            throw new IllegalArgumentException("a temporary QR code lasts between 1 second and 30 days");
        }
        try {
            WxMpQrCodeTicket ticket = expiresIn == null
                    ? service.getQrcodeService().qrCodeCreateLastTicket(scene)
                    : service.getQrcodeService().qrCodeCreateTmpTicket(scene, (int) expiresIn.toSeconds());
            return new QrCode(scene, ticket.getUrl(), service.getQrcodeService().qrCodePictureUrl(ticket.getTicket()),
                    expiresIn);
        } catch (WxErrorException e) {
            throw new WechatApiException(e);
        }
    }

    /**
     * A QR code: {@code content} is what the code encodes (any QR generator can draw it), {@code pictureUrl} WeChat's
     * own picture of it; {@code expiresIn} null for a permanent code.
     */
    public record QrCode(String scene, String content, String pictureUrl, Duration expiresIn) {
    }

    /** WeChat refused an API call; the message carries WeChat's error code and text, nothing of any user. */
    public static final class WechatApiException extends RuntimeException {
        WechatApiException(WxErrorException e) {
            super("WeChat refused: " + (e.getError() != null
                    ? "error " + e.getError().getErrorCode() + " " + e.getError().getErrorMsg() : e.getMessage()));
        }
    }
}
