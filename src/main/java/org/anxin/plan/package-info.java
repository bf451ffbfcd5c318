/**
 * Repayment plans and the real cost of a loan, as plain arithmetic: {@link org.anxin.plan.EffectiveRate} solves the
 * monthly internal rate of return of an instalment loan (APR = 12r, effective annual rate = (1+r)^12 - 1),
 * {@link org.anxin.plan.Affordability} splits a debt into 12 to 60 instalments and marks those that fit a budget,
 * and {@link org.anxin.plan.PlanActions} turns both into slot changes for the dialog's {@code do:} steps, which
 * {@link org.anxin.plan.PlanExtension} offers to the engine. No Spring, no I/O, no clock, and no dependency on the
 * rest of Anxin but the engine's extension interface: money is {@link java.math.BigDecimal}, rates are {@code double}.
 */
package org.anxin.plan;
