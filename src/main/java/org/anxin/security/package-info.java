/**
 * Protection of every entry point: rate limits per chat, per address, for resume codes and sign-in failures (in memory
 * on the embedded store, in the database every node shares on PostgreSQL), request size limits, and the security
 * headers of the web surfaces.
 */
package org.anxin.security;
