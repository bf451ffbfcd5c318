/**
 * Conversations: carrying one inbound message through a turn (dedupe, lock, load, engine, store) and keeping
 * every conversation's state durably, with Caffeine in front of a JDBC store.
 */
package org.anxin.conversation;
