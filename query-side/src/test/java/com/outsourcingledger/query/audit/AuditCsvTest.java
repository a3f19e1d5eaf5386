package com.outsourcingledger.query.audit;

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
}
