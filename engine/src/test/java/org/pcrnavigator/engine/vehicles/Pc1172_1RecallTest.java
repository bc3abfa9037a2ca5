package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.cell;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.vehicles.pc1172_1.Pc1172_1Recall;

/** PC 1172.1: a felony commitment (prison or 1170(h)) still being served; not effective unless defect-based. */
class Pc1172_1RecallTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                  | level       | sentence                                                                    | custody | availability  | asks
        serving a prison term                   | felony      | {confinementDays: 1095, statePrison: true, executionSuspended: false, impositionSuspended: false} | yes | available |
        serving a 1170(h) county-jail term      | felony      | {confinementDays: 730, statePrison: false, executionSuspended: false, impositionSuspended: false} | yes | available |
        prison term served, out of custody      | felony      | {confinementDays: 1095, statePrison: true, executionSuspended: false, impositionSuspended: false} | no  | not_available |
        probation, imposition suspended         | felony      | {confinementDays: 180, impositionSuspended: true, probationMonths: 36}       | yes     | not_available |
        a misdemeanor is not reached            | misdemeanor | {confinementDays: 180, statePrison: false, impositionSuspended: false, executionSuspended: false} | yes | not_available |
        custody not stated is asked             | felony      | {confinementDays: 1095, statePrison: true, executionSuspended: false, impositionSuspended: false} |     | unknown | convictions.c1.inCriminalCustody
        sentence not stated is asked            | felony      | {confinementDays: 1095}                                                      | yes     | unknown       | convictions.c1.sentence.statePrison
        """)
    void availability(String name, String level, String sentence, String custody, String availability, String asks) {
        String fields = "statute: PC 245(a)(1); level: " + level + "; disposition: convicted; plea: no_contest; pleaDate: 2023-03-01; "
                + "judgmentDate: 2023-04-01; sentence: " + sentence + (cell(custody) == null ? "" : "; inCriminalCustody: " + custody);
        VehicleAssessment v = run(Pc1172_1Recall::assess, "2026-11-28", fields);
        assertThat(v.availability()).as(name).isEqualTo(availability);
        assertThat(v.immigrationEffect()).as("a resentencing after the cutoff plea is not a defect-based change").isEqualTo("not_effective");
        assertThat(v.remedy()).isEqualTo("reduce_sentence");
        assertThat(v.explanation().authorities()).contains("ca.pc.1172_1");
        if (cell(asks) != null) assertThat(v.missingFacts()).contains(asks);
    }
}
