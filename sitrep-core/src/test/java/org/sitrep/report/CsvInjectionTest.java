package org.sitrep.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvInjectionTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(AcledCsvExport.inert("=HYPERLINK(\"http://x.example\",\"click\")")).isEqualTo("'=HYPERLINK(\"http://x.example\",\"click\")");
        assertThat(AcledCsvExport.inert("+1 killed")).isEqualTo("'+1 killed");
        assertThat(AcledCsvExport.inert("-2+3")).isEqualTo("'-2+3");
        assertThat(AcledCsvExport.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AcledCsvExport.inert("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AcledCsvExport.inert("Drones struck a depot.")).isEqualTo("Drones struck a depot.");
        assertThat(AcledCsvExport.inert(-3)).isEqualTo(-3);
        assertThat(AcledCsvExport.inert("")).isEqualTo("");
        assertThat(AcledCsvExport.inert(null)).isNull();
    }
}
