/** The web chat: the page at {@code /} (static files) and its small JSON API under {@code /api/web/}. */
package org.anxin.channel.web;
