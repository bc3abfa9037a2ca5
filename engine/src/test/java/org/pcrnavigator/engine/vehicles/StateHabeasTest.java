package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.assess;
import static org.pcrnavigator.engine.vehicles.VacaturVehiclesTestSupport.resultOf;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** State habeas: California custody on this conviction when filing; custody ends with probation; Padilla from 2010-03-31. */
class StateHabeasTest {
    private static final String BASE = "statute: PC 273.5(a); disposition: convicted; plea: no_contest; counselAdvice: incorrect; immigrationConcernAtPlea: yes; ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                         | more fields                                                                                         | availability  | until      | asks
        on probation on this conviction                | inCriminalCustody: yes; pleaDate: 2024-06-01; judgmentDate: 2024-07-15; sentence: {executionSuspended: true, probationMonths: 36} | available | 2027-07-14 |
        out of custody                                 | inCriminalCustody: no; pleaDate: 2024-06-01; judgmentDate: 2024-07-15; sentence: {probationMonths: 36} | not_available |      |
        custody unknown is asked                       | pleaDate: 2024-06-01; judgmentDate: 2024-07-15                                                       | unknown       |            | convictions.c1.inCriminalCustody
        imposition suspended: term from the plea       | inCriminalCustody: yes; pleaDate: 2024-06-01; sentence: {impositionSuspended: true, probationMonths: 36} | available  | 2027-05-31 |
        term on file has run though in custody         | inCriminalCustody: yes; pleaDate: 2010-06-01; judgmentDate: 2010-07-15; sentence: {probationMonths: 36} | available  |            |
        prison, no probation term                      | inCriminalCustody: yes; pleaDate: 2024-06-01; judgmentDate: 2024-07-15; sentence: {statePrison: true} | available     |            |
        plea date unknown: which law is asked          | inCriminalCustody: yes                                                                               | available     |            | convictions.c1.pleaDate
        """)
    void availability(String name, String more, String availability, String until, String asks) {
        VehicleAssessment v = assess("habeas", "2026-11-28", BASE + more);
        assertThat(v.availability()).isEqualTo(availability);
        assertThat(v.immigrationEffect()).isEqualTo("effective");
        assertThat(v.explanation().authorities()).contains("ca.pc.1473", "cal.villa_2009");
        assertThat(v.availableUntil()).isEqualTo(until == null ? null : LocalDate.parse(until));
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
    }

    @org.junit.jupiter.api.Test
    void theLastDayOfProbationIsStillOpenAndTheNextIsNot() {
        String open = BASE + "pleaDate: 2024-06-01; judgmentDate: 2024-07-15; sentence: {probationMonths: 36}; inCriminalCustody: yes";
        assertThat(assess("habeas", "2027-07-14", open).availableUntil()).isEqualTo(LocalDate.parse("2027-07-14"));
        assertThat(assess("habeas", "2027-07-15", open).availableUntil()).isNull();
    }

    @org.junit.jupiter.api.Test
    void immigrationDetentionIsNotCustody() {
        var cf = org.pcrnavigator.engine.Cases.person("2026-11-28", "immigrationDetention: true",
                BASE + "inCriminalCustody: no; pleaDate: 2010-06-01");
        var c = cf.convictions().get(0);
        var v = Vehicles.assess("habeas", new VehicleContext(cf, c, org.pcrnavigator.engine.conviction.ConvictionForImmigration.decide(c,
                org.pcrnavigator.engine.Cases.say()), org.pcrnavigator.engine.Cases.kb(), org.pcrnavigator.engine.Cases.say()));
        assertThat(v.availability()).isEqualTo("not_available");
        assertThat(v.explanation().text()).contains("Villa");
    }

    @ParameterizedTest(name = "plea {0}: claim law {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2010-03-30 | unsettled
        2010-03-31 | yes
        2010-03    | unknown
        """)
    void padillaOrEarlierCaliforniaLaw(String plea, String result) {
        VehicleAssessment v = assess("habeas", "2026-11-28", BASE + "inCriminalCustody: yes; pleaDate: " + plea);
        assertThat(resultOf(v.explanation(), ".claim_law")).isEqualTo(result);
    }
}
