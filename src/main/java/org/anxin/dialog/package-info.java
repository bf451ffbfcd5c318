/**
 * The dialog engine: flows, steps and slots as values, and {@link org.anxin.dialog.DialogEngine}, a pure
 * function from (state, turn) to (state', replies). No Spring, no I/O and no clock in this package: time
 * arrives with the {@link org.anxin.dialog.Turn}, so the same state and input always give the same result.
 */
package org.anxin.dialog;
