/**
 * The borrowers' data: what each capability keeps about a conversation outside its state, and how it is sealed
 * at rest, handed over ({@code /mydata}) and erased ({@code /delete}, retention).
 */
package org.anxin.privacy;
