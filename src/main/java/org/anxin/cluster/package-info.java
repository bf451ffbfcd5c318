/**
 * Work that one node at a time does when several share a PostgreSQL database (the retention job, Telegram long
 * polling), held by leases in the database (ShedLock's JDBC provider); on the embedded store, one node holds them all.
 */
package org.anxin.cluster;
