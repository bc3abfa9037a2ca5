package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.cell;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.run;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.vehicles.pc1203_3.Pc1203_3Modification;

/** PC 1203.3: only while probation runs (in custody, not completed); not effective unless defect-based. */
class Pc1203_3ModificationTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                     | plea       | custody | completed | months | availability  | effect        | until      | asks
        on probation, pleaded after the cutoff     | 2025-01-15 | yes     | no        | 36     | available     | not_effective | 2028-01-14 |
        on probation, pleaded by the cutoff        | 2019-10-25 | yes     | no        | 84     | available     | uncertain     | 2026-10-24 | convictions.c1.priorRelief.reliance
        on probation, pleaded the day after        | 2019-10-26 | yes     | no        | 84     | available     | not_effective | 2026-10-25 |
        probation completed                        | 2025-01-15 | no      | yes       | 36     | not_available | not_effective |            |
        not in criminal custody                    | 2025-01-15 | no      | no        | 36     | not_available | not_effective |            |
        no probation granted                       | 2025-01-15 | yes     | no        | 0      | not_available | not_effective |            |
        custody not stated is asked                | 2025-01-15 |         | no        | 36     | unknown       | not_effective | 2028-01-14 | convictions.c1.inCriminalCustody
        probation length not stated is asked       | 2025-01-15 | yes     | no        |        | unknown       | not_effective |            | convictions.c1.sentence.probationMonths
        """)
    void availability(String name, String plea, String custody, String completed, String months, String availability, String effect,
                      String until, String asks) {
        String fields = "statute: PC 243(e)(1); level: misdemeanor; disposition: convicted; plea: no_contest; pleaDate: " + plea
                + "; judgmentDate: " + plea + "; sentence: {confinementDays: 365, executionSuspended: true"
                + (cell(months) == null ? "" : ", probationMonths: " + months) + "}; probationCompleted: " + completed
                + (cell(custody) == null ? "" : "; inCriminalCustody: " + custody);
        VehicleAssessment v = run(Pc1203_3Modification::assess, "2026-01-01", fields);
        assertThat(v.availability()).as(name).isEqualTo(availability);
        assertThat(v.immigrationEffect()).as(name).isEqualTo(effect);
        assertThat(v.remedy()).isEqualTo("reduce_sentence");
        assertThat(v.availableUntil()).isEqualTo(cell(until) == null ? null : LocalDate.parse(until));
        if (cell(asks) != null) assertThat(v.missingFacts()).contains(asks);
    }
}
