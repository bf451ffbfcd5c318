package org.anxin.evidence.analysis;

/**
 * A second reading of a collection message beside the rules: how likely it is to be abusive, from 0 to 1. The
 * analyzer asks it only when the rules would call a message lawful, and says it cannot tell when the second opinion
 * disagrees, so that a risky message is never called normal on the rules' word alone.
 */
@FunctionalInterface
public interface SecondOpinion {

    /** No second opinion: the rules alone decide. */
    SecondOpinion NONE = text -> 0;

    double abusive(String text);
}
