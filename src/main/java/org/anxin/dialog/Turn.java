package org.anxin.dialog;

import java.time.Instant;

/** One input and the moment it arrived; the engine never reads a clock of its own. */
public record Turn(UserInput input, Instant at) {
}
