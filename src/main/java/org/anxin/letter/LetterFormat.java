package org.anxin.letter;

import java.util.Arrays;
import java.util.Optional;

/** What a letter is delivered as. */
public enum LetterFormat {
    TEXT("text", "txt", "text/plain; charset=UTF-8"),
    PDF("pdf", "pdf", "application/pdf"),
    DOCX("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String id;
    private final String extension;
    private final String mediaType;

    LetterFormat(String id, String extension, String mediaType) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<LetterFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
    }

    /** The format a file name ends in ({@code pdf}, {@code docx}, {@code txt}). */
    public static Optional<LetterFormat> fromExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
