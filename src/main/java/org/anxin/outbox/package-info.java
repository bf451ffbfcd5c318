/**
 * What a turn hands to the user, made once and kept with the turn: letters with their files, pictures, the user's
 * data. Channels format the stored result and link to the files this package serves; none of them renders.
 */
package org.anxin.outbox;
