package com.outsourcingledger.platform;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresForTestsSmokeTest {

    @Test
    void servesARealPostgresql17Database() throws Exception {
        Map<String, String> db = PostgresForTests.newDatabase();
        try (var connection = DriverManager.getConnection(db.get("spring.datasource.url"), "postgres", "");
             ResultSet rs = connection.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("17.");
        }
    }
}
