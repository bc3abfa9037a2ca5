package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.assess;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PC 1018: before judgment, or six months after probation granted with imposition suspended (jurisdictional). */
class Pc1018PleaWithdrawalTest {
    private static final String BASE = "statute: PC 273.5(a); disposition: convicted; counselAdvice: incorrect; immigrationConcernAtPlea: yes; ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                            | as of      | more fields                                                                                       | availability  | until      | asks
        judgment pending                                  | 2026-11-28 | plea: no_contest; pleaDate: 2026-10-01; judgmentDate: pending                                    | available     |            |
        grant + 6 months: the last day                    | 2026-07-15 | plea: guilty; pleaDate: 2026-01-02; judgmentDate: 2026-01-15; sentence: {impositionSuspended: true, probationMonths: 36} | available | 2026-07-15 |
        grant + 6 months + 1 day: closed                  | 2026-07-16 | plea: guilty; pleaDate: 2026-01-02; judgmentDate: 2026-01-15; sentence: {impositionSuspended: true, probationMonths: 36} | not_available | |
        sentence imposed, execution suspended (Williams)  | 2026-02-01 | plea: guilty; pleaDate: 2026-01-02; judgmentDate: 2026-01-15; sentence: {impositionSuspended: false, executionSuspended: true} | not_available | |
        execution suspended, imposition not stated        | 2026-02-01 | plea: guilty; pleaDate: 2026-01-02; judgmentDate: 2026-01-15; sentence: {executionSuspended: true} | not_available |          |
        judgment date known, kind of suspension unknown   | 2026-02-01 | plea: guilty; pleaDate: 2026-01-02; judgmentDate: 2026-01-15                                      | unknown       | 2026-07-15 | convictions.c1.sentence.impositionSuspended
        judgment long ago, kind of suspension unknown     | 2026-11-28 | plea: guilty; pleaDate: 2010-01-02; judgmentDate: 2010-01-15                                      | not_available |            |
        grant date unknown, plea + 6 months               | 2026-12-01 | plea: guilty; pleaDate: 2026-06-01; sentence: {impositionSuspended: true}                          | available     | 2026-12-01 | convictions.c1.judgmentDate
        grant date unknown, plea + 6 months + 1 day       | 2026-12-02 | plea: guilty; pleaDate: 2026-06-01; sentence: {impositionSuspended: true}                          | unknown       |            | convictions.c1.judgmentDate
        nothing known about the disposition               | 2026-11-28 | plea: guilty; pleaDate: 2010-06-01                                                                 | unknown       |            | convictions.c1.judgmentDate
        conviction after trial                            | 2026-11-28 | plea: trial; pleaDate: 2026-10-01; judgmentDate: pending                                          | not_available |            |
        completed DEJ: nothing pending, 1203.43 instead   | 2026-11-28 | plea: guilty; pleaDate: 2010-06-01; disposition2: dej_completed                                  | not_available |            |
        plea unknown, judgment pending                    | 2026-11-28 | pleaDate: 2026-10-01; judgmentDate: pending                                                        | unknown       |            | convictions.c1.plea
        """)
    void availability(String name, String asOf, String more, String availability, String until, String asks) {
        String fields = more.contains("disposition2") ? BASE.replace("disposition: convicted", "disposition: dej_completed") + more.replace("; disposition2: dej_completed", "") : BASE + more;
        VehicleAssessment v = assess("pc1018", asOf, fields);
        assertThat(v.availability()).isEqualTo(availability);
        assertThat(v.immigrationEffect()).isEqualTo("effective");
        assertThat(v.remedy()).isEqualTo("vacate_conviction");
        assertThat(v.explanation().authorities()).contains("ca.pc.1018");
        assertThat(v.availableUntil()).isEqualTo(until == null ? null : LocalDate.parse(until));
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
    }

    @org.junit.jupiter.api.Test
    void theClosedWindowCitesMirandaAndWilliams() {
        VehicleAssessment v = assess("pc1018", "2026-02-01", BASE + "plea: guilty; pleaDate: 2026-01-02; judgmentDate: 2026-01-15; sentence: {executionSuspended: true}");
        assertThat(v.explanation().authorities()).contains("calapp.williams_2011", "calapp.miranda_2004");
    }
}
