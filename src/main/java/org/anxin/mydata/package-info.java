/**
 * What a user can do with what is kept about them: see it ({@code /mydata}: a summary in the chat, a PDF and the whole
 * record as JSON), erase it ({@code /delete}), and erasure of conversations untouched for the retention period.
 * Every capability that keeps something declares itself a {@link org.anxin.privacy.PersonalDataHolder}.
 */
package org.anxin.mydata;
