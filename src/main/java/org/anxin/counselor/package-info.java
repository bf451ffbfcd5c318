/**
 * Counselors at legal-aid centres and consumer associations: hand-off links that send a borrower into the bot at the
 * right place with what the counselor already knows, a console at {@code /counselor} (links, QR codes, an aggregate
 * funnel), and drafts a borrower chose to share with that counselor, rendered live so that withdrawing hides them.
 */
package org.anxin.counselor;
