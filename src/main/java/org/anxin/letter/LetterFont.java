package org.anxin.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK font a PDF embeds: WenQuanYi Micro Hei from Debian's {@code fonts-wqy-microhei} by default, a TrueType
 * collection (.ttc) whose first face is "WenQuanYi Micro Hei". A plain .ttf works as well. The file is read once;
 * each PDF parses its own copy, so renders can run in parallel.
 */
public final class LetterFont {

    /** Where Debian and Ubuntu install WenQuanYi Micro Hei. */
    public static final Path DEFAULT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    /** The face used from a collection, and the CSS family name the letters use. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private final Path path;
    private volatile byte[] bytes;

    public LetterFont(Path path) {
        this.path = path == null ? DEFAULT : path;
    }

    public Path path() {
        return path;
    }

    /** Whether the font file is there. */
    public boolean available() {
        return Files.isReadable(path);
    }

    /** A fresh font to embed into one document; the caller closes the collection it came from. */
    Loaded open() throws IOException {
        byte[] data = bytes();
        if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
            TrueTypeFont font = collection.getFontByName(FAMILY.replace(" ", ""));
            if (font == null) {
                font = collection.getFontByName(FAMILY);
            }
            if (font == null) {
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                font = first[0];
            }
            return new Loaded(font, collection);
        }
        return new Loaded(new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBuffer(data)), null);
    }

    private byte[] bytes() {
        byte[] data = bytes;
        if (data == null) {
            if (!available()) {
                throw new IllegalStateException("the letter font " + path + " is missing: install it with "
                        + "`apt-get install fonts-wqy-microhei`, or point anxin.letters.font at a TrueType .ttf/.ttc with Chinese glyphs");
            }
            try {
                data = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the letter font " + path, e);
            }
            bytes = data;
        }
        return data;
    }

    record Loaded(TrueTypeFont font, TrueTypeCollection collection) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            } else {
                font.close();
            }
        }
    }
}
