package org.anxin.dialog;

/**
 * A document a reply hands over, such as a letter of kind {@code lender-complaint}, or {@link #MY_DATA}: everything
 * kept about the user, as a file; channels render and deliver it.
 */
public record Document(String kind, String locale) {

    public static final String MY_DATA = "my-data";

    public boolean myData() {
        return MY_DATA.equals(kind);
    }
}
