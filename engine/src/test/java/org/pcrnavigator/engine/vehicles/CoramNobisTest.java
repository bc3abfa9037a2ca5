package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.assess;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coram nobis: no custody rule, but not for ineffective-assistance or immigration-advice claims (Kim). */
class CoramNobisTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                   | fields                                                                                               | says
        immigration misadvice: not the vehicle   | disposition: convicted; plea: guilty; counselAdvice: incorrect; inCriminalCustody: no                | Kim
        out of custody changes nothing           | disposition: convicted; plea: guilty; inCriminalCustody: yes                                          | Kim
        new evidence has its statutory motion    | disposition: convicted; plea: guilty; newEvidence: {kind: official_misconduct, discoveredDate: 2024-01-01} | 1473.6
        judgment pending: 1018 instead           | disposition: convicted; plea: guilty; pleaDate: 2026-10-01; judgmentDate: pending                     | 1018
        juvenile adjudication                    | disposition: juvenile_adjudication                                                                     | no conviction
        """)
    void notTheVehicle(String name, String fields, String says) {
        VehicleAssessment v = assess("coram_nobis", "2026-11-28", "statute: PC 273.5(a); " + fields);
        assertThat(v.availability()).isEqualTo("not_available");
        assertThat(v.explanation().text()).contains(says);
        assertThat(v.missingFacts()).isEmpty();
        assertThat(v.remedy()).isEqualTo("vacate_conviction");
    }
}
