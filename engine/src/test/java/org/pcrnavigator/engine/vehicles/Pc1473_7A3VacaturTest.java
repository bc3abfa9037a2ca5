package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.allAuthorities;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.assess;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PC 1473.7(a)(3): in force 2021-01-01 for judgments from then; older judgments from 2023-01-01 (AB 256);
 * out of custody; evidence of racial bias, asked where unknown; effect uncertain.
 */
class Pc1473_7A3VacaturTest {
    private static final String BASE = "statute: PC 273.5(a); disposition: convicted; plea: no_contest; inCriminalCustody: no; newEvidence: {kind: racial_bias, discoveredDate: 2020-05-01}; ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                           | as of      | more fields                                  | availability  | asks
        new judgment the day before the act              | 2020-12-31 | pleaDate: 2020-12-01; judgmentDate: pending  | not_available |
        judgment on the operative day, same day          | 2021-01-01 | pleaDate: 2021-01-01; judgmentDate: 2021-01-01 | available   |
        judgment 2021-01-01 before the retroactive phase | 2022-12-31 | pleaDate: 2020-12-01; judgmentDate: 2021-01-01 | available   |
        judgment 2020-12-31 the day before the phase     | 2022-12-31 | pleaDate: 2020-12-01; judgmentDate: 2020-12-31 | not_available |
        judgment 2020-12-31 the day the phase begins     | 2023-01-01 | pleaDate: 2020-12-01; judgmentDate: 2020-12-31 | available   |
        old plea, judgment date unknown, before phase    | 2022-06-01 | pleaDate: 2020-06-01                          | unknown       | convictions.c1.judgmentDate
        old plea, judgment date unknown, after phase     | 2026-11-28 | pleaDate: 2020-06-01                          | available     |
        """)
    void dates(String name, String asOf, String more, String availability, String asks) {
        VehicleAssessment v = assess("pc1473_7_a3", asOf, BASE + more);
        assertThat(v.availability()).isEqualTo(availability);
        assertThat(v.immigrationEffect()).isEqualTo("uncertain");
        assertThat(v.explanation().authorities()).contains("ca.pc.1473_7", "ca.pc.745");
        assertThat(allAuthorities(v.explanation())).contains("bia.de_jesus_platon_2025");
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                              | fields                                                                                     | availability  | asks
        in custody: habeas 1473(e) instead  | inCriminalCustody: yes; newEvidence: {kind: racial_bias}                                    | not_available |
        custody unknown is asked            | newEvidence: {kind: racial_bias}                                                            | unknown       | convictions.c1.inCriminalCustody
        no evidence of bias on file         | inCriminalCustody: no; newEvidence: none                                                    | not_available |
        evidence of another kind            | inCriminalCustody: no; newEvidence: {kind: innocence}                                       | not_available |
        bias evidence unknown is asked      | inCriminalCustody: no                                                                       | unknown       | convictions.c1.newEvidence.kind
        bias evidence on file               | inCriminalCustody: no; newEvidence: {kind: racial_bias}                                     | available     | convictions.c1.newEvidence.discoveredDate
        """)
    void elements(String name, String fields, String availability, String asks) {
        VehicleAssessment v = assess("pc1473_7_a3", "2026-11-28", "statute: PC 273.5(a); disposition: convicted; plea: no_contest; pleaDate: 2010-06-01; " + fields);
        assertThat(v.availability()).isEqualTo(availability);
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
    }
}
