package org.pcrnavigator.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.casefile.CaseFields;

/** The pages speak both languages in full: the same keys in English and Spanish, a label for every goal and status. */
class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream("web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndSpanishHoldTheSameKeys() throws Exception {
        assertThat(load("messages_es.properties").keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void everyGoalVehicleAndStatusHasALabel() throws Exception {
        Properties en = load("messages.properties");
        for (String g : CaseFileReader.GOALS) assertThat(en).containsKey("goal." + g);
        for (String v : CaseFileReader.VEHICLES) assertThat(en).containsKey("vehicle." + v);
        for (String s : CaseFields.STATUSES) assertThat(en).containsKey("status." + s);
    }

    @Test
    void argumentsAreFilledInEachLanguage() {
        Messages m = new Messages();
        assertThat(m.get("en", "login.throttled", 42)).isEqualTo("Too many failed attempts. Try again in 42 seconds.");
        assertThat(m.get("es", "login.throttled", 42)).contains("42 segundos");
        assertThat(m.get("es", "no.such.key")).isEqualTo("no.such.key");
    }
}
