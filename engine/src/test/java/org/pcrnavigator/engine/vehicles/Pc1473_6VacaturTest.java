package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.assess;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PC 1473.6: out of restraint; new evidence of official misconduct; filed within one year of discovery. */
class Pc1473_6VacaturTest {
    private static final String BASE = "statute: PC 273.5(a); disposition: convicted; plea: no_contest; pleaDate: 2010-06-01; judgmentDate: 2010-07-15; ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                    | as of      | more fields                                                                  | availability  | until      | asks
        the last day of the year after discovery  | 2025-06-01 | inCriminalCustody: no; newEvidence: {kind: official_misconduct, discoveredDate: 2024-06-01} | available | 2025-06-01 |
        the day after                             | 2025-06-02 | inCriminalCustody: no; newEvidence: {kind: official_misconduct, discoveredDate: 2024-06-01} | not_available |      |
        month-only discovery, earliest last day   | 2025-06-01 | inCriminalCustody: no; newEvidence: {kind: official_misconduct, discoveredDate: 2024-06} | available | 2025-06-01 |
        month-only discovery, inside the month    | 2025-06-15 | inCriminalCustody: no; newEvidence: {kind: official_misconduct, discoveredDate: 2024-06} | unknown |          | convictions.c1.newEvidence.discoveredDate
        month-only discovery, after the month     | 2025-07-01 | inCriminalCustody: no; newEvidence: {kind: official_misconduct, discoveredDate: 2024-06} | not_available |      |
        discovery date unknown is asked           | 2026-11-28 | inCriminalCustody: no; newEvidence: {kind: official_misconduct}               | unknown       |            | convictions.c1.newEvidence.discoveredDate
        still restrained on this conviction       | 2025-01-01 | inCriminalCustody: yes; newEvidence: {kind: official_misconduct, discoveredDate: 2024-06-01} | not_available |      |
        custody unknown keeps the last day        | 2025-01-01 | newEvidence: {kind: official_misconduct, discoveredDate: 2024-06-01}          | unknown       | 2025-06-01 | convictions.c1.inCriminalCustody
        no new evidence                           | 2025-01-01 | inCriminalCustody: no; newEvidence: none                                      | not_available |            |
        evidence of innocence only                | 2025-01-01 | inCriminalCustody: no; newEvidence: {kind: innocence, discoveredDate: 2024-06-01} | not_available |        |
        kind unknown is asked                     | 2025-01-01 | inCriminalCustody: no; newEvidence: {discoveredDate: 2024-06-01}              | unknown       | 2025-06-01 | convictions.c1.newEvidence.kind
        """)
    void availability(String name, String asOf, String more, String availability, String until, String asks) {
        VehicleAssessment v = assess("pc1473_6", asOf, BASE + more);
        assertThat(v.availability()).isEqualTo(availability);
        assertThat(v.immigrationEffect()).isEqualTo("effective");
        assertThat(v.explanation().authorities()).contains("ca.pc.1473_6");
        assertThat(v.availableUntil()).isEqualTo(until == null ? null : LocalDate.parse(until));
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
    }

    @org.junit.jupiter.api.Test
    void noJudgmentYet() {
        VehicleAssessment v = assess("pc1473_6", "2025-01-01", "statute: PC 273.5(a); disposition: convicted; plea: no_contest; pleaDate: 2024-06-01; judgmentDate: pending; inCriminalCustody: no; newEvidence: {kind: official_misconduct, discoveredDate: 2024-10-01}");
        assertThat(v.availability()).isEqualTo("not_available");
    }
}
