package org.anxin.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.anxin.content.ShippedDialogs;
import org.junit.jupiter.api.Test;

/**
 * Sentences encoded together (the content's examples at start, a message's sentences) get the vectors they get one by
 * one, in their order, whatever their length, script or symbols: a classifier trained on batched vectors reads the
 * one-by-one vector of what a user types.
 */
class BgeEncoderTest {

    private final BgeEncoder encoder = BgeEncoder.shared().join();

    @Test
    void sentencesEncodedTogetherGetTheVectorsTheyGetOneByOneInOrder() {
        List<String> texts = new ArrayList<>();
        List<Example> examples = ShippedDialogs.checked().understanding().intentExamples();
        for (int i = 0; i < examples.size(); i += examples.size() / 60) {
            texts.add(examples.get(i).text());
        }
        texts.add("催收一直打电话，我真的受不了了 😭😭");
        texts.add("The collector called my boss again today");
        texts.add("{{name}} <script>alert(1)</script> 还钱");
        texts.add("他们说明天要上门，还要告诉我爸妈。".repeat(40)); // longer than the model reads at once
        texts.add("好");
        texts.add(texts.get(0)); // the same sentence twice

        List<float[]> together = encoder.encodeAll(texts);

        assertThat(together).hasSameSizeAs(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(SentenceEncoder.similarity(together.get(i), encoder.encode(texts.get(i))))
                    .as("text %d: %s", i, texts.get(i)).isGreaterThan(0.9999);
        }
        assertThat(SentenceEncoder.similarity(together.get(1), together.get(2))).isLessThan(0.99);
    }
}
