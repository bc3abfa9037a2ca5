package org.pcrnavigator.engine.grounds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.report.Report;

/** The person-level grounds, each with the boundaries its conditions draw. */
class GroundsTest {
    private static final String LPR_2010 = "status: lpr; enteredWithoutInspection: no; admissionDate: 2010-03-01; lprDate: 2010-03-01";
    private static final String EWI = "status: undocumented; enteredWithoutInspection: yes";
    // PC 484 petty theft: a CIMT for every conviction date (Silva v. Garland), a six-month misdemeanor.
    private static final String THEFT = "statute: PC 484(a); disposition: convicted; level: misdemeanor; ";

    private static Report.GroundResult ground(Report r, String id) {
        return r.grounds().stream().filter(g -> g.ground().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                              | offense date | level       | result
        felony CIMT committed a day before five years        | 2015-02-28   | felony      | yes
        felony CIMT committed on the fifth anniversary       | 2015-03-01   | felony      | no
        committed before admission                           | 2010-02-28   | felony      | no
        within five years but only six months could be imposed | 2012-01-01 | misdemeanor | no
        offense date unknown                                 | unknown      | felony      | unknown
        """)
    void oneCimtWithinFiveYearsOfAdmission(String name, String offense, String level, String result) {
        String statute = level.equals("felony") ? "statute: PC 487(a); " : "statute: PC 484(a); ";
        Report r = Cases.analyzePerson("2026-11-28", LPR_2010, statute + "disposition: convicted; level: " + level
                + "; offenseDate: " + offense + "; pleaDate: 2016-06-01; sentence:\\n  confinementDays: 30");
        Report.GroundResult g = ground(r, "ina_237_a_2_A_i");
        assertThat(g.result()).as(g.explanation().text()).isEqualTo(result);
        assertThat(g.explanation().authorities()).contains("us.ina.237_a_2");
    }

    @Test
    void oneCimtNeedsThePotentialYearAfter2015ButNotBefore() {
        // A one-year misdemeanor (PC 273.5 as a misdemeanor is a CIMT with a spouse) within five years:
        // convicted 2014-12-31 it carried a year; convicted 2015-01-01 it carries 364 days.
        String dv = "statute: PC 273.5(a); disposition: convicted; level: misdemeanor; offenseDate: 2014-06-01; "
                + "recordFacts:\\n  victimRelationship: spouse; sentence:\\n  confinementDays: 30; ";
        Report before = Cases.analyzePerson("2026-11-28", LPR_2010, dv + "pleaDate: 2014-12-31; judgmentDate: 2014-12-31");
        Report after = Cases.analyzePerson("2026-11-28", LPR_2010, dv + "pleaDate: 2015-01-01; judgmentDate: 2015-01-01");
        assertThat(ground(before, "ina_237_a_2_A_i").result()).isEqualTo("yes");
        assertThat(ground(after, "ina_237_a_2_A_i").result()).isEqualTo("no");
    }

    @Test
    void twoCimtsOnDifferentDatesAfterAdmissionWhateverTheSentence() {
        Report r = Cases.analyzePerson("2026-11-28", LPR_2010,
                THEFT + "offenseDate: 2018-01-05; pleaDate: 2018-02-01; sentence:\\n  confinementDays: 1",
                THEFT + "offenseDate: 2019-03-07; pleaDate: 2019-04-01; sentence:\\n  confinementDays: 1");
        Report.GroundResult g = ground(r, "ina_237_a_2_A_ii");
        assertThat(g.result()).isEqualTo("yes");
        assertThat(g.convictions()).containsExactly("c1", "c2");
    }

    @Test
    void twoCimtsOnTheSameDayMayBeOneScheme() {
        Report r = Cases.analyzePerson("2026-11-28", LPR_2010,
                THEFT + "offenseDate: 2018-01-05; pleaDate: 2018-02-01",
                THEFT + "offenseDate: 2018-01-05; pleaDate: 2018-02-01");
        assertThat(ground(r, "ina_237_a_2_A_ii").result()).isEqualTo("unsettled");
    }

    @Test
    void twoCimtsBeforeAdmissionAreNotThisGround() {
        Report r = Cases.analyzePerson("2026-11-28", LPR_2010,
                THEFT + "offenseDate: 2008-01-05; pleaDate: 2008-02-01",
                THEFT + "offenseDate: 2009-01-05; pleaDate: 2009-02-01");
        assertThat(ground(r, "ina_237_a_2_A_ii").result()).isEqualTo("no");
        assertThat(ground(r, "ina_212_a_2_A_i_I").result()).isEqualTo("yes");
    }

    @Test
    void aggravatedFelonyAfterAdmission() {
        String af = "statute: PC 273.5(a); disposition: convicted; level: felony; offenseDate: 2016-01-01; "
                + "recordFacts:\\n  victimRelationship: spouse; sentence:\\n  confinementDays: ";
        assertThat(ground(Cases.analyzePerson("2026-11-28", LPR_2010, af + "365; pleaDate: 2016-03-01"), "ina_237_a_2_A_iii").result())
                .isEqualTo("yes");
        assertThat(ground(Cases.analyzePerson("2026-11-28", LPR_2010, af + "364; pleaDate: 2016-03-01"), "ina_237_a_2_A_iii").result())
                .isEqualTo("no");
    }

    @Test
    void neverAdmittedMeansNoDeportabilityGroundButTheInadmissibilityGroundsStand() {
        Report r = Cases.analyzePerson("2026-11-28", EWI, THEFT + "offenseDate: 2018-01-05; pleaDate: 2018-02-01; sentence:\\n  confinementDays: 200");
        assertThat(ground(r, "ina_237_a_2_A_i").result()).isEqualTo("no");
        assertThat(ground(r, "ina_237_a_2_A_iii").result()).isEqualTo("no");
        assertThat(ground(r, "ina_212_a_2_A_i_I").result()).isEqualTo("yes");
    }

    @Test
    void howThePersonEnteredUnknownIsAskedNotAssumed() {
        Report r = Cases.analyzePerson("2026-11-28", "status: tps",
                "statute: PC 273.5(a); disposition: convicted; level: felony; offenseDate: 2016-01-01; pleaDate: 2016-03-01; "
                        + "recordFacts:\\n  victimRelationship: spouse; sentence:\\n  confinementDays: 400");
        assertThat(ground(r, "ina_237_a_2_A_iii").result()).isEqualTo("unknown");
        assertThat(r.questions()).extracting(Report.Question::fact).contains("immigration.enteredWithoutInspection");
    }

    @ParameterizedTest(name = "one CIMT with {0} days imposed: inadmissibility {1}")
    @CsvSource({"180, no", "185, yes", "182, unsettled"})
    void pettyOffenseExceptionTurnsOnSixMonthsImposed(long days, String result) {
        Report r = Cases.analyzePerson("2026-11-28", EWI, THEFT + "offenseDate: 2018-01-05; pleaDate: 2018-02-01; sentence:\\n  confinementDays: " + days);
        assertThat(ground(r, "ina_212_a_2_A_i_I").result()).isEqualTo(result);
    }

    @Test
    void pettyOffenseExceptionNeedsOnlyOneCimt() {
        Report r = Cases.analyzePerson("2026-11-28", EWI,
                THEFT + "offenseDate: 2018-01-05; pleaDate: 2018-02-01; sentence:\\n  confinementDays: 10",
                THEFT + "offenseDate: 2019-01-05; pleaDate: 2019-02-01; sentence:\\n  confinementDays: 10");
        assertThat(ground(r, "ina_212_a_2_A_i_I").result()).isEqualTo("yes");
    }

    @Test
    void pettyOffenseExceptionFailsForAFelony() {
        Report r = Cases.analyzePerson("2026-11-28", EWI,
                "statute: PC 487(a); disposition: convicted; level: felony; offenseDate: 2018-01-05; pleaDate: 2018-02-01; sentence:\\n  confinementDays: 10");
        assertThat(ground(r, "ina_212_a_2_A_i_I").result()).isEqualTo("yes");
    }

    @ParameterizedTest(name = "aggregate {0} + {1} days: {2}")
    @CsvSource({"900, 924, no", "900, 925, yes"})
    void multipleConvictionsWithFiveYearsInAggregate(long a, long b, String result) {
        Report r = Cases.analyzePerson("2026-11-28", EWI,
                "statute: PC 459; disposition: convicted; level: felony; pleaDate: 2015-01-01; sentence:\\n  confinementDays: " + a,
                "statute: PC 459; disposition: convicted; level: felony; pleaDate: 2016-01-01; sentence:\\n  confinementDays: " + b);
        assertThat(ground(r, "ina_212_a_2_B").result()).isEqualTo(result);
    }

    @Test
    void controlledSubstanceDeportabilityAndTheMarijuanaException() {
        String meth = "statute: HS 11377(a); disposition: convicted; level: misdemeanor; pleaDate: 2019-05-20; recordFacts:\\n  substance: methamphetamine";
        assertThat(ground(Cases.analyzePerson("2026-11-28", LPR_2010, meth), "ina_237_a_2_B_i").result()).isEqualTo("yes");
        String weed = "statute: HS 11357(b); disposition: convicted; level: misdemeanor; pleaDate: 2015-05-20; recordFacts:\\n  substance: marijuana";
        Report one = Cases.analyzePerson("2026-11-28", LPR_2010, weed);
        // One small possession: deportability is open (the exception may apply); inadmissibility has no such exception.
        assertThat(ground(one, "ina_237_a_2_B_i").result()).isEqualTo("unsettled");
        assertThat(ground(one, "ina_212_a_2_A_i_II").result()).isEqualTo("yes");
        // Two offenses: "a single offense" no longer describes them.
        Report two = Cases.analyzePerson("2026-11-28", LPR_2010, weed, weed.replace("2015-05-20", "2016-05-20"));
        assertThat(ground(two, "ina_237_a_2_B_i").result()).isEqualTo("yes");
    }

    @Test
    void avoidDeportabilityFollowsTheGrounds() {
        Report r = Cases.analyzePerson("2026-11-28", LPR_2010,
                THEFT + "offenseDate: 2018-01-05; pleaDate: 2018-02-01; sentence:\\n  confinementDays: 1",
                THEFT + "offenseDate: 2019-03-07; pleaDate: 2019-04-01; sentence:\\n  confinementDays: 1");
        Report.GoalResult g = r.goals().stream().filter(x -> x.goal().equals("avoid_deportability")).findFirst().orElseThrow();
        assertThat(g.status()).isEqualTo("barred");
        assertThat(g.blockers()).containsExactly("c1", "c2");
    }
}
