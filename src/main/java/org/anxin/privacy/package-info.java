/**
 * How the borrowers' data is protected: sealed at rest under keys by id, kept in owner-only folders, kept out of
 * logs; and the interface every capability that keeps something implements, so it can be handed over and erased.
 */
package org.anxin.privacy;
