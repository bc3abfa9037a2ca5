package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.allAuthorities;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.assess;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PC 1473.7(a)(2): operative 2017-01-01; out of criminal custody; new evidence of innocence; effect uncertain. */
class Pc1473_7A2VacaturTest {
    private static final String BASE = "statute: PC 273.5(a); disposition: convicted; plea: no_contest; pleaDate: 2010-06-01; ";
    private static final String INNOCENCE = "newEvidence: {kind: innocence, discoveredDate: 2024-06-01}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                        | as of      | more fields                                                   | availability  | asks
        the day before the statute took effect        | 2016-12-31 | inCriminalCustody: no; newEvidence: {kind: innocence}          | not_available |
        the day it took effect                        | 2017-01-01 | inCriminalCustody: no; newEvidence: {kind: innocence}          | available     | convictions.c1.newEvidence.discoveredDate
        in criminal custody on this conviction        | 2026-11-28 | inCriminalCustody: yes; INNOCENCE                              | not_available |
        custody not stated is asked                   | 2026-11-28 | INNOCENCE                                                      | unknown       | convictions.c1.inCriminalCustody
        no new evidence                               | 2026-11-28 | inCriminalCustody: no; newEvidence: none                       | not_available |
        evidence of another kind                      | 2026-11-28 | inCriminalCustody: no; newEvidence: {kind: official_misconduct} | not_available |
        new evidence not stated is asked              | 2026-11-28 | inCriminalCustody: no                                          | unknown       | convictions.c1.newEvidence.kind
        kind not stated is asked                      | 2026-11-28 | inCriminalCustody: no; newEvidence: {discoveredDate: 2024-06-01} | unknown     | convictions.c1.newEvidence.kind
        earlier motion denied: open but unsettled     | 2026-11-28 | inCriminalCustody: no; INNOCENCE; priorMotions: [{vehicle: pc1473_7_a2, result: denied}] | available |
        """)
    void availability(String name, String asOf, String more, String availability, String asks) {
        VehicleAssessment v = assess("pc1473_7_a2", asOf, BASE + more.replace("INNOCENCE", INNOCENCE));
        assertThat(v.availability()).isEqualTo(availability);
        assertThat(v.immigrationEffect()).isEqualTo("uncertain");
        assertThat(v.remedy()).isEqualTo("vacate_conviction");
        assertThat(v.availableUntil()).isNull();
        assertThat(v.explanation().authorities()).contains("ca.pc.1473_7");
        assertThat(allAuthorities(v.explanation())).contains("bia.de_jesus_platon_2025");
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
    }

    @org.junit.jupiter.api.Test
    void theDiscoveryDateIsAskedOnlyOnceEvidenceIsOnFile() {
        VehicleAssessment v = assess("pc1473_7_a2", "2026-11-28", BASE + "inCriminalCustody: no");
        assertThat(v.missingFacts()).contains("convictions.c1.newEvidence.kind").doesNotContain("convictions.c1.newEvidence.discoveredDate");
        VehicleAssessment w = assess("pc1473_6", "2026-11-28", BASE + "inCriminalCustody: no");
        assertThat(w.missingFacts()).contains("convictions.c1.newEvidence.kind").doesNotContain("convictions.c1.newEvidence.discoveredDate");
    }

    @org.junit.jupiter.api.Test
    void juvenileAdjudicationHasNothingToVacate() {
        VehicleAssessment v = assess("pc1473_7_a2", "2026-11-28", "statute: PC 273.5(a); disposition: juvenile_adjudication; inCriminalCustody: no; " + INNOCENCE);
        assertThat(v.availability()).isEqualTo("not_available");
    }
}
