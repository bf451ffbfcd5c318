/**
 * The WeChat Official Account channel: the callback at {@code /wechat/callback} (signatures, plain and AES safe
 * mode), passive replies within a time budget, customer-service messages (客服消息) when a turn takes longer, replies
 * kept for the user's next message when WeChat refuses them (45015), a new user's language asked of WeChat, the custom
 * menu and parametric QR codes.
 * The protocol is WxJava's; this package only decides what a WeChat message means to the conversation and how the
 * answer goes back. Present only when {@code anxin.wechat.app-id} and {@code anxin.wechat.token} are set.
 */
package org.anxin.channel.wechat;
