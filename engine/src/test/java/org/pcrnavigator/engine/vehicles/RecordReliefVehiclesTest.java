package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.conviction.ConvictionForImmigration;

/**
 * The record-relief vehicles (h19): expungement-type dismissals, PC 1203.43, Prop 47 and Prop 64, the
 * victim vacaturs and PC 1203.49, each with boundary pairs on its dates and windows. Rows run through the
 * dispatcher, so they also check the wiring.
 */
class RecordReliefVehiclesTest {
    private static VehicleAssessment run(String vehicle, CaseFile cf) {
        var c = cf.convictions().get(0);
        var ctx = new VehicleContext(cf, c, ConvictionForImmigration.decide(c, Cases.say()), Cases.kb(), Cases.say());
        return Vehicles.assess(vehicle, ctx);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                          | vehicle    | as of      | conviction fields                                                                                                                     | availability  | effect        | asks
        1203.4: probation completed                      | pc1203_4   | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-02-01; sentence: {probationMonths: 36}; probationCompleted: yes; inCriminalCustody: no | available | not_effective |
        1203.4: still on probation                       | pc1203_4   | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2025-02-01; sentence: {probationMonths: 36}; probationCompleted: no; inCriminalCustody: yes | not_available | not_effective |
        1203.4: completion not stated is asked           | pc1203_4   | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-02-01; sentence: {probationMonths: 36}               | unknown       | not_effective | convictions.c1.probationCompleted
        1203.4: probation denied                         | pc1203_4   | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-02-01; sentence: {probationMonths: 0, impositionSuspended: false, executionSuspended: false}; probationCompleted: yes | not_available | not_effective |
        1203.4: probation not stated is asked            | pc1203_4   | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-02-01; probationCompleted: yes                       | unknown       | not_effective | convictions.c1.sentence.probationMonths
        1203.4: completed DEJ has no judgment            | pc1203_4   | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: dej_completed; pleaDate: 2005-02-01; probationCompleted: yes                        | not_available | uncertain     |
        1203.4: already granted                          | pc1203_4   | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-02-01; sentence: {probationMonths: 36}; probationCompleted: yes; priorRelief: [{type: pc1203_4, date: 2020-01-01}] | not_available | not_effective |
        1203.4: first possession sentenced 2011-07-13    | pc1203_4   | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: convicted; pleaDate: 2011-06-01; judgmentDate: 2011-07-13; sentence: {probationMonths: 36}; probationCompleted: yes | available | uncertain |
        1203.4: first possession sentenced 2011-07-14    | pc1203_4   | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: convicted; pleaDate: 2011-06-01; judgmentDate: 2011-07-14; sentence: {probationMonths: 36}; probationCompleted: yes | available | uncertain |
        1203.4: first possession sentenced 2011-07-15    | pc1203_4   | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: convicted; pleaDate: 2011-06-01; judgmentDate: 2011-07-15; sentence: {probationMonths: 36}; probationCompleted: yes | available | not_effective |
        1203.4a: a day before the year has passed        | pc1203_4a  | 2025-03-09 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2024-03-10; judgmentDate: 2024-03-10; sentence: {probationMonths: 0}; inCriminalCustody: no | not_available | not_effective |
        1203.4a: the day the year has passed             | pc1203_4a  | 2025-03-10 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2024-03-10; judgmentDate: 2024-03-10; sentence: {probationMonths: 0}; inCriminalCustody: no | available | not_effective |
        1203.4a: only the judgment year known            | pc1203_4a  | 2025-06-01 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2024; judgmentDate: 2024; sentence: {probationMonths: 0}; inCriminalCustody: no | unknown | not_effective | convictions.c1.judgmentDate
        1203.4a: felony                                  | pc1203_4a  | 2026-11-28 | statute: PC 273.5(a); level: felony; disposition: convicted; pleaDate: 2020-03-10; judgmentDate: 2020-03-10; sentence: {probationMonths: 0}; inCriminalCustody: no | not_available | not_effective |
        1203.4a: probation granted                       | pc1203_4a  | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2020-03-10; judgmentDate: 2020-03-10; sentence: {probationMonths: 36}; inCriminalCustody: no | not_available | not_effective |
        1203.4a: still serving                           | pc1203_4a  | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2020-03-10; judgmentDate: 2020-03-10; sentence: {probationMonths: 0}; inCriminalCustody: yes | not_available | not_effective |
        1203.41: jail felony sentenced 2011-09-30        | pc1203_41  | 2026-11-28 | statute: PC 496(a); level: felony; disposition: convicted; pleaDate: 2011-09-01; judgmentDate: 2011-09-30; sentence: {probationMonths: 0, statePrison: false}; inCriminalCustody: no | not_available | not_effective |
        1203.41: jail felony sentenced 2011-10-01        | pc1203_41  | 2026-11-28 | statute: PC 496(a); level: felony; disposition: convicted; pleaDate: 2011-09-01; judgmentDate: 2011-10-01; sentence: {probationMonths: 0, statePrison: false}; inCriminalCustody: no | unknown | not_effective | convictions.c1.sentenceCompletedDate
        1203.41: still on mandatory supervision          | pc1203_41  | 2026-11-28 | statute: PC 496(a); level: felony; disposition: convicted; pleaDate: 2024-09-01; judgmentDate: 2024-10-01; sentence: {probationMonths: 0, statePrison: false}; inCriminalCustody: yes | not_available | not_effective |
        1203.41: misdemeanor                             | pc1203_41  | 2026-11-28 | statute: PC 496(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-09-01; judgmentDate: 2015-10-01; sentence: {probationMonths: 0}; inCriminalCustody: no | not_available | not_effective |
        1203.42: prison sentence 2011-09-30              | pc1203_42  | 2026-11-28 | statute: PC 496(a); level: felony; disposition: convicted; pleaDate: 2011-09-01; judgmentDate: 2011-09-30; sentence: {probationMonths: 0, statePrison: true}; inCriminalCustody: no | unknown | not_effective | convictions.c1.realignmentEligible
        1203.42: prison sentence 2011-10-01              | pc1203_42  | 2026-11-28 | statute: PC 496(a); level: felony; disposition: convicted; pleaDate: 2011-09-01; judgmentDate: 2011-10-01; sentence: {probationMonths: 0, statePrison: true}; inCriminalCustody: no | not_available | not_effective |
        1203.42: jail, not prison                        | pc1203_42  | 2026-11-28 | statute: PC 496(a); level: felony; disposition: convicted; pleaDate: 2011-09-01; judgmentDate: 2011-09-30; sentence: {probationMonths: 0, statePrison: false}; inCriminalCustody: no | not_available | not_effective |
        1203.425: serving the sentence                   | pc1203_425 | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2025-02-01; sentence: {probationMonths: 36}; probationCompleted: no; inCriminalCustody: yes | not_available | not_effective |
        1203.425: done: only the DOJ record tells        | pc1203_425 | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-02-01; sentence: {probationMonths: 36}; probationCompleted: yes; inCriminalCustody: no | unknown | not_effective | convictions.c1.automaticReliefRecord
        1203.425: already dismissed under 1203.4         | pc1203_425 | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-02-01; probationCompleted: yes; inCriminalCustody: no; priorRelief: [{type: pc1203_4, date: 2020-01-01}] | not_available | not_effective |
        1203.43: DEJ plea 1996-12-31                     | pc1203_43  | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: dej_completed; pleaDate: 1996-12-31                                                   | not_available | uncertain     |
        1203.43: DEJ plea 1997-01-01                     | pc1203_43  | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: dej_completed; pleaDate: 1997-01-01                                                   | available     | uncertain     |
        1203.43: the day before it took effect           | pc1203_43  | 2015-12-31 | statute: HS 11350(a); level: felony; disposition: dej_completed; pleaDate: 2005-01-01                                                   | not_available | uncertain     |
        1203.43: the day it took effect                  | pc1203_43  | 2016-01-01 | statute: HS 11350(a); level: felony; disposition: dej_completed; pleaDate: 2005-01-01                                                   | available     | uncertain     |
        1203.43: DEJ not yet completed                   | pc1203_43  | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: dej_pending; pleaDate: 2005-01-01                                                     | not_available | uncertain     |
        1203.43: an ordinary conviction                  | pc1203_43  | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: convicted; pleaDate: 2005-01-01                                                       | not_available | uncertain     |
        1203.43: DEJ date not stated is asked            | pc1203_43  | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: dej_completed                                                                        | unknown       | uncertain     | convictions.c1.pleaDate
        Prop 47: felony possession 2014-11-04            | pc1170_18  | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: convicted; pleaDate: 2014-11-04; judgmentDate: 2014-11-04                            | available     | not_effective |
        Prop 47: possession 2014-11-05                   | pc1170_18  | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: convicted; pleaDate: 2014-11-05; judgmentDate: 2014-11-05                            | not_available | uncertain     |
        Prop 47: wobbler possession 2014-11-04           | pc1170_18  | 2026-11-28 | statute: HS 11377(a); level: felony; disposition: convicted; pleaDate: 2014-11-04; judgmentDate: 2014-11-04                            | available     | uncertain     |
        Prop 47: already a misdemeanor                   | pc1170_18  | 2026-11-28 | statute: HS 11377(a); level: misdemeanor; disposition: convicted; pleaDate: 2012-11-04                                                 | not_available | uncertain     |
        Prop 47: level not stated is asked               | pc1170_18  | 2026-11-28 | statute: HS 11350(a); disposition: convicted; pleaDate: 2012-11-04                                                                     | unknown       | not_effective | convictions.c1.level
        Prop 47: reclassified only by value              | pc1170_18  | 2026-11-28 | statute: PC 496(a); level: felony; disposition: convicted; pleaDate: 2012-11-04                                                        | unknown       | uncertain     | convictions.c1.propositionQualifying
        Prop 47: an offense it did not touch             | pc1170_18  | 2026-11-28 | statute: PC 273.5(a); level: felony; disposition: convicted; pleaDate: 2012-11-04                                                      | not_available | uncertain     |
        Prop 64: felony cannabis sale 2016-11-08         | hs11361_8  | 2026-11-28 | statute: HS 11359; level: felony; disposition: convicted; pleaDate: 2016-11-08; judgmentDate: 2016-11-08                               | available     | not_effective |
        Prop 64: cannabis sale 2016-11-09                | hs11361_8  | 2026-11-28 | statute: HS 11359; level: felony; disposition: convicted; pleaDate: 2016-11-09; judgmentDate: 2016-11-09                               | not_available | uncertain     |
        Prop 64: 11357 without subdivision               | hs11361_8  | 2026-11-28 | statute: HS 11357; level: misdemeanor; disposition: convicted; pleaDate: 2012-11-08                                                     | unknown       | uncertain     | convictions.c1.recordFacts.subdivision
        Prop 64: not a cannabis offense                  | hs11361_8  | 2026-11-28 | statute: HS 11350(a); level: felony; disposition: convicted; pleaDate: 2012-11-08                                                      | not_available | not_effective |
        236.14: the day before it took effect            | pc236_14   | 2016-12-31 | statute: PC 647(b); level: misdemeanor; disposition: convicted; pleaDate: 2012-11-08                                                   | not_available | uncertain     |
        236.14: the day it took effect: victim asked     | pc236_14   | 2017-01-01 | statute: PC 647(b); level: misdemeanor; disposition: convicted; pleaDate: 2012-11-08                                                   | unknown       | uncertain     | convictions.c1.traffickingVictim
        236.15: the day before it took effect            | pc236_15   | 2021-12-31 | statute: PC 484; level: misdemeanor; disposition: convicted; pleaDate: 2012-11-08                                                      | not_available | uncertain     |
        236.15: the day it took effect: victim asked     | pc236_15   | 2022-01-01 | statute: PC 484; level: misdemeanor; disposition: convicted; pleaDate: 2012-11-08                                                      | unknown       | uncertain     | convictions.c1.intimatePartnerViolenceVictim
        1203.49: prostitution, probation done            | pc1203_49  | 2026-11-28 | statute: PC 647(b); level: misdemeanor; disposition: convicted; pleaDate: 2012-11-08; probationCompleted: yes                           | unknown       | not_effective | convictions.c1.traffickingVictim
        1203.49: prostitution, still on probation        | pc1203_49  | 2026-11-28 | statute: PC 647(b); level: misdemeanor; disposition: convicted; pleaDate: 2025-11-08; probationCompleted: no                            | not_available | not_effective |
        1203.49: not a prostitution offense              | pc1203_49  | 2026-11-28 | statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2012-11-08; probationCompleted: yes                         | not_available | not_effective |
        """)
    void assesses(String name, String vehicle, String asOf, String fields, String availability, String effect, String asks) {
        VehicleAssessment v = run(vehicle, Cases.caseWith(asOf, fields));
        assertThat(v.vehicle()).isEqualTo(vehicle);
        assertThat(v.availability()).as(v.explanation().text()).isEqualTo(availability);
        assertThat(v.immigrationEffect()).as(v.explanation().text()).isEqualTo(effect);
        assertThat(v.remedy()).isEqualTo(Vehicles.remedy(vehicle));
        assertThat(v.explanation().authorities()).isNotEmpty();
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
        if ("unknown".equals(availability)) assertThat(v.missingFacts()).isNotEmpty();
    }

    @Test
    void everyVehicleOfTheCaseHasAnAnswerAndEveryQuestionResolves() {
        var r = Cases.analyze("2026-11-28", "statute: HS 11350(a); level: felony; disposition: convicted; pleaDate: 2010-05-01; "
                + "sentence: {probationMonths: 36}");
        for (var v : r.convictions().get(0).vehicles()) {
            if (v.vehicle().matches("pc1203_4a?|pc1203_4[12]|pc1203_425|pc1203_43|pc1170_18|hs11361_8|pc236_1[45]|pc1203_49")) {
                assertThat(v.explanation().text()).doesNotContain("does not yet evaluate");
            }
        }
        assertThat(r.questions()).isNotEmpty();
    }

    @Test
    void openDismissalsSayTheyStillHelpDacaAndDiscretion() {
        var v = run("pc1203_4", Cases.caseWith("2026-11-28", "statute: PC 273.5(a); level: misdemeanor; disposition: convicted; "
                + "pleaDate: 2015-02-01; sentence: {probationMonths: 36}; probationCompleted: yes; inCriminalCustody: no"));
        assertThat(v.explanation().text()).contains("DACA").contains("Roldan");
        assertThat(v.explanation().authorities()).contains("us.cfr.8.236_22", "bia.roldan_1999", "ca9.murillo_espinoza_v_ins_2001");
    }

    @Test
    void dejWithdrawalPointsToTheSaferRoute() {
        var v = run("pc1203_43", Cases.caseWith("2026-11-28", "statute: HS 11350(a); level: felony; disposition: dej_completed; pleaDate: 2005-01-01"));
        assertThat(v.explanation().text()).contains("1473.7(a)(1)").contains("(e)(2)");
        assertThat(v.explanation().authorities()).contains("ca.pc.1473_7", "guide.ilrc.calchart_update_2020_09");
    }

    @Test
    void anotherCaseStillBeingServedBarsDismissal() {
        CaseFile cf = Cases.person("2026-11-28", "status: lpr",
                "statute: PC 273.5(a); level: misdemeanor; disposition: convicted; pleaDate: 2015-02-01; sentence: {probationMonths: 36}; probationCompleted: yes; inCriminalCustody: no",
                "statute: PC 484; level: misdemeanor; disposition: convicted; pleaDate: 2026-02-01; sentence: {probationMonths: 24}; probationCompleted: no; inCriminalCustody: yes");
        var v = run("pc1203_4", cf);
        assertThat(v.availability()).isEqualTo("not_available");
        assertThat(v.explanation().facts()).containsEntry("custodyOnOtherCase", "c2");
    }
}
