package org.anxin.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' vectors kept in the data folder: the next start reads what this one encoded, and never vectors another
 * model made or a damaged file holds.
 */
class ExampleVectorFileTest {

    @TempDir
    Path data;

    /** A stand-in model: a vector drawn from the sentence and a seed (another seed is another model). */
    private static SentenceEncoder model(long seed) {
        return text -> {
            java.util.Random random = new java.util.Random(text.hashCode() * 31L + seed);
            float[] v = new float[8];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) random.nextGaussian();
            }
            return SentenceEncoder.unit(v);
        };
    }

    private static Map<String, float[]> vectors(SentenceEncoder model, List<String> texts) {
        return texts.stream().distinct().collect(java.util.stream.Collectors.toMap(t -> t, model::encode));
    }

    @Test
    void whatOneStartKeptTheNextReads() {
        SentenceEncoder model = model(1);
        List<String> texts = List.of("催收天天打电话", "我不想活了", "how do I complain", "催收天天打电话");
        ExampleVectorFile.inFolder(data, null).write(texts, vectors(model, texts), model);

        Map<String, float[]> read = ExampleVectorFile.inFolder(data, null).read(model);

        assertThat(read).containsOnlyKeys("催收天天打电话", "我不想活了", "how do I complain");
        read.forEach((text, vector) -> assertThat(vector).containsExactly(model.encode(text)));
    }

    @Test
    void aShippedFileStandsInUntilTheDataFolderHasItsOwn(@TempDir Path image) throws IOException {
        SentenceEncoder model = model(1);
        List<String> built = List.of("催收天天打电话", "我不想活了");
        ExampleVectorFile.inFolder(image, null).write(built, vectors(model, built), model);
        Path shipped = image.resolve(ExampleVectorFile.NAME);

        assertThat(ExampleVectorFile.inFolder(data, shipped).read(model)).as("a new data folder")
                .containsOnlyKeys("催收天天打电话", "我不想活了");
        assertThat(ExampleVectorFile.inFolder(data, shipped).read(model(2))).as("another model's shipped vectors").isEmpty();

        List<String> kept = List.of("how do I complain");
        ExampleVectorFile.inFolder(data, shipped).write(kept, vectors(model, kept), model);
        assertThat(ExampleVectorFile.inFolder(data, shipped).read(model)).as("once the data folder keeps its own")
                .containsOnlyKeys("how do I complain");
        assertThat(ExampleVectorFile.inFolder(data, image.resolve("missing.bin")).read(model)).containsOnlyKeys("how do I complain");

        Files.writeString(data.resolve(ExampleVectorFile.NAME), "damaged", StandardCharsets.UTF_8);
        assertThat(ExampleVectorFile.inFolder(data, shipped).read(model)).as("the data folder's file damaged")
                .containsOnlyKeys("催收天天打电话", "我不想活了");
    }

    @Test
    void vectorsOfAnotherModelAreNotUsed() {
        List<String> texts = List.of("催收天天打电话");
        ExampleVectorFile.inFolder(data, null).write(texts, vectors(model(1), texts), model(1));

        assertThat(ExampleVectorFile.inFolder(data, null).read(model(2))).isEmpty();
    }

    @Test
    void aDamagedOrMissingFileIsEncodedAgainNotTrusted() throws IOException {
        SentenceEncoder model = model(1);
        assertThat(ExampleVectorFile.inFolder(data, null).read(model)).isEmpty();

        List<String> texts = List.of("催收天天打电话", "我不想活了");
        ExampleVectorFile.inFolder(data, null).write(texts, vectors(model, texts), model);
        Path file = data.resolve(ExampleVectorFile.NAME);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 5));
        assertThat(ExampleVectorFile.inFolder(data, null).read(model)).as("cut short").isEmpty();

        // A length that claims more than the file holds, where the first sentence's length is.
        byte[] lying = whole.clone();
        int at = 16 + 4 * 8;
        lying[at] = 0x7f;
        Files.write(file, lying);
        assertThat(ExampleVectorFile.inFolder(data, null).read(model)).as("a length larger than the file").isEmpty();

        Files.writeString(file, "not vectors at all", StandardCharsets.UTF_8);
        assertThat(ExampleVectorFile.inFolder(data, null).read(model)).as("another file").isEmpty();
    }

    @Test
    void aStartThatEncodedExamplesKeepsThemAndTheUsersWordsNever() {
        // An example this test JVM has never encoded, so the model must encode it now.
        String number = String.valueOf(Math.abs(new java.util.Random().nextLong()));
        UnderstandingContent content = new UnderstandingContent(Map.of(), List.of(),
                List.of(new Example(UnderstandingContent.NONE, "zh-CN", "第一次见到的例句" + number)), List.of());
        BgeEncoder encoder = BgeEncoder.shared().join();

        ModelUnderstanding.Trained trained = ModelUnderstanding.train(content, encoder, TextClassifier.Method.NEAREST,
                ExampleVectorFile.inFolder(data, null));
        trained.distress().probabilities(trained.encoder().encode("催收说要上门，我好害怕"));

        Map<String, float[]> kept = ExampleVectorFile.inFolder(data, null).read(encoder);
        assertThat(kept).hasSize(1);
        String text = kept.keySet().iterator().next();
        assertThat(text).contains(number);
        assertThat(SentenceEncoder.similarity(kept.get(text), encoder.encode(text))).isCloseTo(1.0, within(1e-6));
    }
}
