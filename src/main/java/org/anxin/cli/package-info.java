/** Command-line entry points, parsed with picocli: {@code chat}, {@code dialogs check}, {@code dialogs graph}. */
package org.anxin.cli;
