package org.pcrnavigator.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.law.statute.Charge;

/** Parameters of unit {@code statutes}: a ';'-separated list of charges, each checked at load. */
class StatuteListParameterTest {
    private static Map<String, String> withList(String value) {
        Map<String, String> files = KnowledgeBaseLoaderTest.valid();
        files.put("parameters/list.yaml", """
                parameters:
                  - id: test.listed
                    description: "listed offenses"
                    unit: statutes
                    values:
                      - {value: "%s", authorities: [ca.pc.273_5]}
                """.formatted(value));
        return files;
    }

    @Test
    void aListOfChargesLoadsAndReadsBack() {
        KnowledgeBase kb = KnowledgeBaseLoader.fromFiles(withList("PC 187; PC 664/187; PC 192")).load();
        var charges = kb.parameter("test.listed").at(LocalDate.of(2026, 1, 1)).asStatutes();
        assertThat(charges).extracting(Charge::display).containsExactly("PC 187", "PC 664/187", "PC 192");
    }

    @Test
    void anUnreadableStatuteIsAnErrorNamingIt() {
        var errors = KnowledgeBaseLoaderTest.errorsIn(withList("PC 187; murder"), "parameters/list.yaml");
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).message()).contains("murder");
    }
}
