package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.vehicles.pc1172_6.Pc1172_6Resentencing;

/**
 * PC 1172.6: murder from 2019-01-01 (SB 1437); attempted murder and manslaughter from 2022-01-01 (SB 775).
 * The theory decides eligibility and the file cannot show it, so a listed offense is unknown; the effect
 * of a grant is unsettled.
 */
class Pc1172_6ResentencingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                        | as of      | statute       | availability
        murder, the day before SB 1437                | 2018-12-31 | PC 187(a)     | not_available
        murder, the day SB 1437 took effect           | 2019-01-01 | PC 187(a)     | unknown
        attempted murder, the day before SB 775       | 2021-12-31 | PC 664/187(a) | not_available
        attempted murder, the day SB 775 took effect  | 2022-01-01 | PC 664/187(a) | unknown
        manslaughter, the day before SB 775           | 2021-12-31 | PC 192(a)     | not_available
        manslaughter, the day SB 775 took effect      | 2022-01-01 | PC 192(a)     | unknown
        another offense                               | 2026-11-28 | PC 245(a)(1)  | not_available
        conspiracy to murder is not listed            | 2026-11-28 | PC 182(a)(1)/187(a) | not_available
        """)
    void availability(String name, String asOf, String statute, String availability) {
        VehicleAssessment v = run(Pc1172_6Resentencing::assess, asOf,
                "statute: " + statute + "; level: felony; disposition: convicted; plea: trial; pleaDate: 2010-03-01; judgmentDate: 2010-05-01");
        assertThat(v.availability()).as(name).isEqualTo(availability);
        assertThat(v.immigrationEffect()).isEqualTo("uncertain");
        assertThat(v.remedy()).isEqualTo("vacate_conviction");
        assertThat(v.explanation().authorities()).contains("ca.pc.1172_6");
        if (availability.equals("unknown")) assertThat(v.missingFacts()).contains("convictions.c1.imputedMaliceTheory");
    }
}
