/**
 * The channel adapters, one package each ({@code web}, {@code telegram}, {@code wechat}, {@code terminal}), and what
 * their endpoints share: the answer when the store is down ({@link org.anxin.channel.StoreDownAdvice}).
 */
package org.anxin.channel;
