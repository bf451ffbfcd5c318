/**
 * Letters: the complaints, reports and requests a borrower sends, drafted from their answers. Kinds, fields and
 * templates are data in {@code dialogs/letters/}; the rules a letter cites come from {@code dialogs/knowledge/}.
 * {@link org.anxin.letter.Letters} validates answers and renders text, PDF (CJK font embedded) and DOCX. User values
 * are always model data for the templates, never template source. No Spring here except {@link
 * org.anxin.letter.LettersConfiguration}.
 */
package org.anxin.letter;
