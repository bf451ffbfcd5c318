package org.anxin.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** How close two sentences are is the dot product of their unit vectors, whatever the vectors' length. */
class SentenceEncoderTest {

    @Test
    void similarityIsTheDotProductForEveryLengthIncludingOnesNotAMultipleOfFour() {
        Random random = new Random(3);
        for (int length = 0; length <= 11; length++) {
            float[] a = new float[length];
            float[] b = new float[length];
            double expected = 0;
            for (int i = 0; i < length; i++) {
                a[i] = random.nextFloat() - 0.5f;
                b[i] = random.nextFloat() - 0.5f;
                expected += (double) a[i] * b[i];
            }
            assertThat(SentenceEncoder.similarity(a, b)).as("length %d", length).isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void aSentenceIsFullySimilarToItselfAndNotAtAllToAnOrthogonalOne() {
        float[] v = SentenceEncoder.unit(new float[] {3, 4, 0, 0, 0});
        assertThat(SentenceEncoder.similarity(v, v)).isCloseTo(1.0, within(1e-6));
        assertThat(SentenceEncoder.similarity(v, SentenceEncoder.unit(new float[] {0, 0, 1, 0, 0}))).isCloseTo(0.0, within(1e-9));
    }
}
