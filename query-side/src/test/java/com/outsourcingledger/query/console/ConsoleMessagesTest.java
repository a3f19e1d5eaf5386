package com.outsourcingledger.query.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The console speaks both languages completely: every label has its English twin, and the default is Chinese. */
class ConsoleMessagesTest {

    @Test
    void bothLanguagesLabelTheSameThings() throws IOException {
        Properties chinese = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        assertThat(chinese.getProperty("nav.dashboard")).isEqualTo("仪表盘");
        assertThat(english.getProperty("nav.dashboard")).isEqualTo("Dashboard");
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
