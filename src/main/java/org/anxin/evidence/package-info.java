/**
 * The evidence locker: incidents of debt collection the user logs in the chat (when, channel, number, who was
 * contacted, what was said) and the files kept with them. The incidents live in the conversation's state
 * ({@link org.anxin.dialog.Incident}); {@link org.anxin.evidence.LockerActions} are the pure dialog actions that
 * add, list, count, change and delete them, and {@link org.anxin.evidence.Locker} the views letters use.
 * {@link org.anxin.evidence.EvidenceFiles} keeps the bytes of files, sealed, outside the state.
 */
package org.anxin.evidence;
