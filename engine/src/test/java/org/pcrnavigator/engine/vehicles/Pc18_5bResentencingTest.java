package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.cell;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.vehicles.pc18_5b.Pc18_5bResentencing;

/**
 * PC 18.5(b): open from 2017-01-01 (SB 1242) for a misdemeanor sentenced before 2015-01-01 to exactly 365
 * days. A sentence change: not effective after Thomas & Thompson unless 8 CFR 1003.55 applies.
 */
class Pc18_5bResentencingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                          | as of      | level       | plea       | judgment   | days | availability  | effect        | asks
        sentenced the last day before 18.5(a)          | 2026-11-28 | misdemeanor | 2014-12-31 | 2014-12-31 | 365  | available     | uncertain     | convictions.c1.priorRelief.reliance
        sentenced the day 18.5(a) took effect          | 2026-11-28 | misdemeanor | 2014-12-01 | 2015-01-01 | 365  | not_available | uncertain     |
        364 days: nothing to modify                    | 2026-11-28 | misdemeanor | 2014-06-01 | 2014-06-01 | 364  | not_available | uncertain     |
        the day before SB 1242                         | 2016-12-31 | misdemeanor | 2014-06-01 | 2014-06-01 | 365  | not_available | effective     |
        the day SB 1242 took effect (before T&T)       | 2017-01-01 | misdemeanor | 2014-06-01 | 2014-06-01 | 365  | available     | effective     |
        a felony is not reached                        | 2026-11-28 | felony      | 2014-06-01 | 2014-06-01 | 365  | not_available | uncertain     |
        level not stated is asked                      | 2026-11-28 |             | 2014-06-01 | 2014-06-01 | 365  | unknown       | uncertain     | convictions.c1.level
        term not stated is asked                       | 2026-11-28 | misdemeanor | 2014-06-01 | 2014-06-01 |      | unknown       | uncertain     | convictions.c1.sentence.confinementDays
        sentence date not stated, pre-2015 plea        | 2026-11-28 | misdemeanor | 2014-06-01 |            | 365  | unknown       | uncertain     | convictions.c1.judgmentDate
        sentence date not stated, 2015 plea            | 2026-11-28 | misdemeanor | 2015-02-01 |            | 365  | not_available | uncertain     |
        """)
    void availability(String name, String asOf, String level, String plea, String judgment, String days, String availability,
                      String effect, String asks) {
        String fields = "statute: PC 243(e)(1); disposition: convicted; plea: no_contest; pleaDate: " + plea + "; "
                + (cell(level) == null ? "" : "level: " + level + "; ") + (cell(judgment) == null ? "" : "judgmentDate: " + judgment + "; ")
                + (cell(days) == null ? "sentence: {probationMonths: 36}" : "sentence: {confinementDays: " + days + "}");
        VehicleAssessment v = run(Pc18_5bResentencing::assess, asOf, fields);
        assertThat(v.availability()).as(name).isEqualTo(availability);
        assertThat(v.immigrationEffect()).as(name).isEqualTo(effect);
        assertThat(v.remedy()).isEqualTo("reduce_sentence");
        assertThat(v.explanation().authorities()).contains("ca.pc.18_5");
        if (cell(asks) != null) assertThat(v.missingFacts()).contains(asks);
    }

    @ParameterizedTest(name = "a pending motion filed {0}: {1}")
    @CsvSource({"2019-10-25, effective", "2019-10-26, uncertain"})
    void aMotionFiledByTheThomasThompsonCutoffKeepsTheOldRule(String filed, String effect) {
        VehicleAssessment v = run(Pc18_5bResentencing::assess, "2026-11-28", "statute: PC 243(e)(1); level: misdemeanor; "
                + "disposition: convicted; pleaDate: 2014-06-01; judgmentDate: 2014-06-01; sentence: {confinementDays: 365}; "
                + "priorMotions: [{vehicle: pc18_5b, filedDate: " + filed + ", result: pending}]");
        assertThat(v.availability()).isEqualTo("available");
        assertThat(v.immigrationEffect()).isEqualTo(effect);
    }
}
