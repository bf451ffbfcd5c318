/**
 * Operators' metrics with Micrometer, scraped by Prometheus at {@code /actuator/prometheus} with a bearer token
 * ({@code anxin.metrics.token}): how turns end and how long they take, how long answers wait before they are sent,
 * how many wait, and how long the understanding layer reads. Tags are channel names and fixed words only: nothing
 * that says who wrote or what.
 */
package org.anxin.metrics;
