package org.sala.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The characters that start a formula, including those a form cannot send (tab, carriage return). */
class SpreadsheetCellsTest {

    @Test
    void aCellThatWouldStartAFormulaGetsALeadingQuote() {
        assertThat(SpreadsheetCells.text("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCells.text("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCells.text("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCells.text("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void otherTextStaysAsItIs() {
        assertThat(SpreadsheetCells.text("Anne-Marie")).isEqualTo("Anne-Marie");
        assertThat(SpreadsheetCells.text("a=b+c")).isEqualTo("a=b+c");
        assertThat(SpreadsheetCells.text("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text(null)).isNull();
    }
}
