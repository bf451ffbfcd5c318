/**
 * Pictures of a plan, for the channels that can show images: {@link org.anxin.plan.chart.BalanceChart} draws the
 * balance left month by month for each instalment option as a PNG (XChart, headless AWT). This is the edge: it
 * draws, where {@link org.anxin.plan} only computes, and nothing in {@code org.anxin.plan} or the dialog engine
 * depends on it. Channels that cannot show images use the text of {@code plan.options} instead.
 */
package org.anxin.plan.chart;
