package org.anxin.letter;

/** An answer a letter cannot use: a required field is missing or a value has the wrong type. Names the field. */
public final class InvalidAnswerException extends IllegalArgumentException {

    private final String field;

    public InvalidAnswerException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The field's name, as in the answers. */
    public String field() {
        return field;
    }
}
