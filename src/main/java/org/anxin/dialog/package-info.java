/**
 * The dialog engine: flows, steps and slots as values, and {@link org.anxin.dialog.DialogEngine}, a pure
 * function from (state, turn) to (state', replies). No Spring, no I/O and no clock in this package: time
 * arrives with the {@link org.anxin.dialog.Turn}, so the same state and input always give the same result.
 * The engine's public face is small (the engine, its inputs and outputs, the model of a dialogs folder,
 * {@link org.anxin.dialog.Position}); its parts are package-private. It depends on no other part of Anxin:
 * capabilities plug in as {@link org.anxin.dialog.DialogExtension}s.
 */
package org.anxin.dialog;
