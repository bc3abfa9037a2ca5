package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.cell;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.vehicles.pc1385.Pc1385Dismissal;

/**
 * PC 1385: before judgment a dismissal leaves no conviction (effective); during probation with imposition
 * suspended the power remains (Chavez) but the plea plus probation is already a conviction (not effective);
 * after judgment, or after probation ends, it is gone.
 */
class Pc1385DismissalTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                         | judgment   | sentence                                                 | completed | availability  | effect        | asks
        sentencing pending                             | pending    |                                                          |           | available     | effective     |
        probation with imposition suspended, running   |            | {confinementDays: 90, impositionSuspended: true, probationMonths: 36} | no  | available     | not_effective |
        probation with imposition suspended, ended     |            | {confinementDays: 90, impositionSuspended: true, probationMonths: 36} | yes | not_available | not_effective |
        probation status not stated is asked           |            | {confinementDays: 90, impositionSuspended: true, probationMonths: 36} |     | unknown       | not_effective | convictions.c1.probationCompleted
        judgment pronounced                            | 2020-01-10 | {confinementDays: 90, impositionSuspended: false, executionSuspended: true, probationMonths: 36} | no | not_available | not_effective |
        stage not stated is asked                      |            | {confinementDays: 90}                                    |           | unknown       | uncertain     | convictions.c1.sentence.impositionSuspended
        """)
    void availability(String name, String judgment, String sentence, String completed, String availability, String effect, String asks) {
        String fields = "statute: HS 11377(a); level: misdemeanor; disposition: convicted; plea: guilty; pleaDate: 2020-01-10"
                + (cell(judgment) == null ? "" : "; judgmentDate: " + judgment)
                + (cell(sentence) == null ? "" : "; sentence: " + sentence)
                + (cell(completed) == null ? "" : "; probationCompleted: " + completed);
        VehicleAssessment v = run(Pc1385Dismissal::assess, "2026-11-28", fields);
        assertThat(v.availability()).as(name).isEqualTo(availability);
        assertThat(v.immigrationEffect()).as(name).isEqualTo(effect);
        assertThat(v.remedy()).isEqualTo("dismiss");
        assertThat(v.explanation().authorities()).contains("ca.pc.1385", "cal.chavez_2018");
        if (cell(asks) != null) assertThat(v.missingFacts()).contains(asks);
    }
}
