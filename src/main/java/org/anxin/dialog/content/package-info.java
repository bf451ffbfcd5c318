/**
 * The dialogs folder as data: reading flows and messages with their file and line, validating the whole set,
 * and drawing flows as diagrams. This is where dialogs/ meets the engine; the engine itself never reads files.
 */
package org.anxin.dialog.content;
