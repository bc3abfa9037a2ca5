package org.pcrnavigator.engine.conviction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.reasoning.Finding;

class ConvictionForImmigrationTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                   | conviction fields                                                         | result    | missing fact
        judgment of guilt                        | statute: PC 484; disposition: convicted; court: adult                     | yes       |
        juvenile court                           | statute: PC 484; disposition: convicted; court: juvenile                  | no        |
        juvenile adjudication                    | statute: PC 484; disposition: juvenile_adjudication                       | no        |
        completed former DEJ still counts        | statute: HS 11350(a); disposition: dej_completed; plea: guilty             | yes       |
        pending DEJ counts                       | statute: HS 11350(a); disposition: dej_pending; plea: guilty               | yes       |
        diversion with a plea                    | statute: PC 484; disposition: diversion_completed; plea: no_contest       | yes       |
        diversion, plea not stated               | statute: PC 484; disposition: diversion_completed                         | unknown   | convictions.c1.plea
        infraction is unsettled                  | statute: PC 484; disposition: convicted; level: infraction                | unsettled |
        judgment pending                         | statute: PC 484; disposition: convicted; judgmentDate: pending            | unsettled |
        disposition not stated is never assumed  | statute: PC 484                                                           | unknown   | convictions.c1.disposition
        """)
    void decides(String name, String fields, String result, String missing) {
        Finding f = ConvictionForImmigration.decide(Cases.conviction("2026-11-28", fields), Cases.say());
        assertThat(f.result().id()).isEqualTo(result);
        assertThat(f.authorities()).contains("us.ina.101_a_48");
        if (missing != null) assertThat(f.missingFacts()).containsExactly(missing);
        else assertThat(f.missingFacts()).isEmpty();
    }
}
