/** The terminal channel: choices as numbers, and a JSON-lines mode for scripts and tests. */
package org.anxin.channel.terminal;
