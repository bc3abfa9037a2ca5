package org.pcrnavigator.engine.conviction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Cases;

class SentenceImposedTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                        | sentence fields                                                             | days | one year or more
        364 days is not a year                        | confinementDays: 364                                                        | 364  | no
        365 days is a year                            | confinementDays: 365                                                        | 365  | yes
        suspended execution counts in full            | confinementDays: 730\\n  executionSuspended: true                           | 730  | yes
        probation violation adds to the count (364+1) | confinementDays: 364\\n  probationViolationDays: 1                          | 365  | yes
        probation violation below a year              | confinementDays: 180\\n  probationViolationDays: 184                        | 364  | no
        imposition suspended, no custody              | confinementDays: 0\\n  impositionSuspended: true                            | 0    | no
        """)
    void countsTheTermOnTheCount(String name, String sentence, long days, String oneYear) {
        var c = Cases.conviction("2026-11-28", "statute: PC 484; sentence:\\n  " + sentence);
        SentenceImposed.Term t = SentenceImposed.decide(c, 365, Cases.say());
        assertThat(t.days()).isEqualTo(days);
        assertThat(t.finding().result().id()).isEqualTo(oneYear);
        assertThat(t.finding().authorities()).contains("us.ina.101_a_48");
    }

    @org.junit.jupiter.api.Test
    void unknownTermIsUnknownAndAsked() {
        SentenceImposed.Term t = SentenceImposed.decide(Cases.conviction("2026-11-28", "statute: PC 484"), 365, Cases.say());
        assertThat(t.days()).isNull();
        assertThat(t.finding().result().id()).isEqualTo("unknown");
        assertThat(t.finding().missingFacts()).containsExactly("convictions.c1.sentence.confinementDays");
    }
}
