package org.sala.base.text;

import org.jspecify.annotations.Nullable;

/**
 * Text for a cell of a CSV file that people open in a spreadsheet. A cell that begins with
 * {@code = + - @}, a tab or a carriage return is taken there as a formula (CSV or formula
 * injection: {@code =HYPERLINK(…)}, {@code =cmd|…}); such a cell gets a leading {@code '}, which
 * makes a spreadsheet show the rest as text, as the OWASP guidance on CSV injection advises.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The text as it is, or with a leading {@code '} when a spreadsheet would take it as a formula. */
    public static @Nullable String text(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
