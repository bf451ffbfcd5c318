/**
 * Understanding what people type: a sentence-embedding model (BAAI bge-small-zh-v1.5, in-process) and the reviewed
 * distress rules read every typed message before the engine steps, and the engine receives a
 * {@link org.anxin.dialog.Reading}: how worried to be about the user's safety, and which needs the words point to.
 * The examples the model compares with are content, in {@code dialogs/understanding/}.
 */
package org.anxin.understanding;
