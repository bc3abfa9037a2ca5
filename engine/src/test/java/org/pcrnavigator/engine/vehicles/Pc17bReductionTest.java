package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.allAuthorities;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.vehicles.pc17b.Pc17bReduction;

/**
 * PC 17(b): a felony wobbler (the catalog's level on the conviction date), probation with imposition
 * suspended, no prison or 1170(h) term even suspended (Wood). Effect never settled (Ceron; ERRATA row 13).
 */
class Pc17bReductionTest {
    private static final String PROBATION = "sentence: {confinementDays: 180, impositionSuspended: true, probationMonths: 36}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                                | statute      | level       | plea date  | sentence                                                      | availability  | asks
        felony wobbler, probation, imposition suspended       | PC 273.5(a)  | felony      | 2014-12-31 | PROBATION                                                     | available     |
        felony wobbler convicted on the 364-day date          | PC 273.5(a)  | felony      | 2015-01-01 | PROBATION                                                     | available     |
        HS 11377 the day before Prop 47: still a wobbler      | HS 11377(a)  | felony      | 2014-11-04 | PROBATION                                                     | available     |
        HS 11377 the day Prop 47 took effect: misdemeanor     | HS 11377(a)  | felony      | 2014-11-05 | PROBATION                                                     | not_available |
        not a wobbler (murder)                                | PC 187(a)    | felony      | 2014-12-31 | PROBATION                                                     | not_available |
        already a misdemeanor                                 | PC 273.5(a)  | misdemeanor | 2014-12-31 | PROBATION                                                     | not_available |
        level not stated is asked                             | PC 273.5(a)  |             | 2014-12-31 | PROBATION                                                     | unknown       | convictions.c1.level
        state prison imposed                                  | PC 273.5(a)  | felony      | 2014-12-31 | sentence: {confinementDays: 730, statePrison: true, executionSuspended: false, impositionSuspended: false} | not_available |
        prison imposed and suspended (Wood)                   | PC 273.5(a)  | felony      | 2014-12-31 | sentence: {confinementDays: 730, statePrison: true, executionSuspended: true, impositionSuspended: false, probationMonths: 36} | not_available |
        sentence pronounced, not prison (1170(h))             | PC 273.5(a)  | felony      | 2014-12-31 | sentence: {confinementDays: 730, statePrison: false, impositionSuspended: false} | not_available |
        jail sentence pronounced the day realignment began    | PC 273.5(a)  | felony      | 2011-10-01 | sentence: {confinementDays: 365, statePrison: false, impositionSuspended: false, executionSuspended: true} | not_available |
        jail sentence pronounced the day before realignment   | PC 273.5(a)  | felony      | 2011-09-30 | sentence: {confinementDays: 365, statePrison: false, impositionSuspended: false, executionSuspended: true} | unknown | convictions.c1.level
        sentence pronounced, prison not stated is asked       | PC 273.5(a)  | felony      | 2014-12-31 | sentence: {confinementDays: 730, impositionSuspended: false} | unknown | convictions.c1.sentence.statePrison
        sentence not stated is asked                          | PC 273.5(a)  | felony      | 2014-12-31 | sentence: {confinementDays: 180}                              | unknown       | convictions.c1.sentence.impositionSuspended
        """)
    void availability(String name, String statute, String level, String plea, String sentence, String availability, String asks) {
        String fields = "statute: " + statute + "; disposition: convicted; plea: no_contest; pleaDate: " + plea + "; "
                + (level == null ? "" : "level: " + level + "; ") + (sentence.equals("PROBATION") ? PROBATION : sentence);
        VehicleAssessment v = run(Pc17bReduction::assess, "2026-11-28", fields);
        assertThat(v.availability()).as(name).isEqualTo(availability);
        assertThat(v.immigrationEffect()).as("17(b) is never shown as effective").isEqualTo("uncertain");
        assertThat(v.remedy()).isEqualTo("reduce_to_misdemeanor");
        assertThat(v.explanation().authorities()).contains("ca.pc.17");
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
        if (availability.equals("not_available")) assertThat(v.missingFacts()).as("a closed vehicle asks nothing").isEmpty();
        if (name.contains("Wood")) assertThat(v.explanation().authorities()).contains("calapp.wood_1998");
    }

    @ParameterizedTest(name = "convicted {0}: Ceron cited = {1}")
    @CsvSource({"2014-12-31, true", "2015-01-01, false"})
    void effectTurnsOnThe364DayDate(String plea, boolean ceron) {
        VehicleAssessment v = run(Pc17bReduction::assess, "2026-11-28",
                "statute: PC 273.5(a); level: felony; disposition: convicted; plea: no_contest; pleaDate: " + plea + "; " + PROBATION);
        assertThat(v.immigrationEffect()).isEqualTo("uncertain");
        if (ceron) assertThat(allAuthorities(v.explanation())).contains("ca9.ceron_v_holder_2014");
        else assertThat(allAuthorities(v.explanation())).doesNotContain("ca9.ceron_v_holder_2014");
    }

    @org.junit.jupiter.api.Test
    void reliefAlreadyGrantedIsNotOfferedAgain() {
        VehicleAssessment v = run(Pc17bReduction::assess, "2026-11-28", "statute: PC 273.5(a); level: felony; disposition: convicted; "
                + "pleaDate: 2016-01-01; " + PROBATION + "; priorRelief: [{type: pc17b, date: 2019-01-01}]");
        assertThat(v.availability()).isEqualTo("not_available");
    }
}
