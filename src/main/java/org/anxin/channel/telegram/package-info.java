/**
 * The Telegram channel: long polling or a webhook brings updates in, {@code TurnService} takes each turn, and the
 * answers go out through the TelegramBots client with choices as inline keyboards. Answers are stored with the turn
 * before anything is sent; delivery is tracked in the store, retried, and resent after a crash, so none is lost.
 * Off unless {@code anxin.telegram.token} is set.
 */
package org.anxin.channel.telegram;
