package com.outsourcingledger.query.audit.history;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertThat(AuditCsv.field("阿尔法科技")).isEqualTo("阿尔法科技");
    }

    @Test
    void fieldsWithSeparatorsQuotesLineBreaksOrEdgeBlanksAreQuotedWithQuotesDoubled() {
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.field("说\"明\"")).isEqualTo("\"说\"\"明\"\"\"");
        assertThat(AuditCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(AuditCsv.field(" padded")).isEqualTo("\" padded\"");
    }

    @Test
    void valuesASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() {
        assertThat(AuditCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.field("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AuditCsv.field("a=b")).isEqualTo("a=b");
    }
}
