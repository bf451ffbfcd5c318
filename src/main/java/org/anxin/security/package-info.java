/**
 * Protection of every entry point: rate limits per chat and per address, request size limits, and the security
 * headers of the web surfaces.
 */
package org.anxin.security;
