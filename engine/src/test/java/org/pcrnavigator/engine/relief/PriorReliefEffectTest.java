package org.pcrnavigator.engine.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;

/** The immigration effect of relief already granted, with the dates each rule turns on. */
class PriorReliefEffectTest {
    private static final String LPR = "status: lpr; enteredWithoutInspection: no; admissionDate: 1995-03-01; lprDate: 1995-03-01";

    /** One conviction {@code c1} with one prior relief, decided directly. */
    private static Report.PriorReliefResult decide(String conviction, String relief, String language) {
        CaseFile cf = Cases.person("2026-11-28", LPR, "disposition: convicted; " + conviction + "; priorRelief: [" + relief + "]");
        Conviction c = cf.convictions().get(0);
        return PriorReliefEffect.decide(c, c.priorRelief().get(0), cf, Cases.kb(), new Explainer(Cases.kb(), language));
    }

    private static Report.PriorReliefResult decide(String conviction, String relief) { return decide(conviction, relief, "en"); }

    private static void check(Report.PriorReliefResult r, String type, String effect, String result, String asks) {
        assertThat(r.type()).isEqualTo(type);
        assertThat(r.immigrationEffect()).isEqualTo(effect);
        assertThat(r.explanation().result().id()).isEqualTo(result);
        if (asks != null) {
            for (String a : asks.split(" ")) assertThat(r.explanation().allMissingFacts()).contains(a);
        } else if (!result.equals("unknown")) {
            assertThat(r.explanation().allMissingFacts()).doesNotContain("convictions.c1.priorRelief.ground",
                    "convictions.c1.priorRelief.filedDate", "convictions.c1.priorRelief.reliance");
        }
        assertResolvable(r.explanation());
    }

    /** Every node cites at least one authority, every authority resolves, every missing fact has a question. */
    private static void assertResolvable(Finding f) {
        KnowledgeBase kb = Cases.kb();
        assertThat(f.authorities()).as("authorities of %s", f.rule()).isNotEmpty();
        for (String a : f.authorities()) assertThat(kb.hasAuthority(a)).as("authority %s", a).isTrue();
        for (String m : f.missingFacts()) {
            assertThat(m).startsWith("convictions.c1.");
            // Analyzer.prompt strips "convictions.<id>." and asks "conviction.<rest>".
            assertThat(kb.question("conviction." + m.substring("convictions.c1.".length())).format("en", java.util.Map.of()))
                    .isNotBlank();
        }
        for (Finding b : f.because()) assertResolvable(b);
    }

    // --- expungement-type dismissals and the Lujan-Armendariz window --------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                         | conviction                                                         | relief                                          | effect        | result    | asks
        drug possession sentenced 2011-07-13           | statute: HS 11377(a); pleaDate: 2011-07-13; judgmentDate: 2011-07-13 | {type: pc1203_4, date: 2013-01-01}             | uncertain     | unknown   | convictions.c1.priorRelief.lujanReview
        drug possession sentenced 2011-07-14: review   | statute: HS 11377(a); pleaDate: 2011-07-14; judgmentDate: 2011-07-14 | {type: pc1203_4, date: 2013-01-01}             | uncertain     | unsettled | convictions.c1.priorRelief.lujanReview
        drug possession sentenced 2011-07-15           | statute: HS 11377(a); pleaDate: 2011-07-15; judgmentDate: 2011-07-15 | {type: pc1203_4, date: 2013-01-01}             | not_effective | no        |
        sentenced in July 2011, day unknown            | statute: HS 11377(a); pleaDate: 2011-06-01; judgmentDate: 2011-07    | {type: pc1203_4}                               | uncertain     | unknown   | convictions.c1.priorRelief.lujanReview
        sentence date unknown, plea 2011-07-01         | statute: HS 11350(a); pleaDate: 2011-07-01                          | {type: pc1203_4}                               | uncertain     | unknown   | convictions.c1.priorRelief.lujanReview
        sentence date unknown, plea 2011-07-15         | statute: HS 11350(a); pleaDate: 2011-07-15                          | {type: pc1203_4}                               | not_effective | no        |
        no dates at all                                | statute: HS 11350(a)                                               | {type: pc1203_4a}                              | uncertain     | unknown   | convictions.c1.priorRelief.lujanReview
        Prop 36 (2000) dismissal, 2005                 | statute: HS 11350(a); pleaDate: 2005-01-01; judgmentDate: 2005-01-01 | {type: pc1210_1}                               | uncertain     | unknown   | convictions.c1.priorRelief.lujanReview
        automatic relief of a 2018 possession          | statute: HS 11350(a); pleaDate: 2018-01-01; judgmentDate: 2018-01-01 | {type: pc1203_425, date: 2023-07-01}           | not_effective | no        |
        2005 theft expunged: no drug exception         | statute: PC 484(a); pleaDate: 2005-01-01; judgmentDate: 2005-01-01   | {type: pc1203_4, date: 2008-01-01}             | not_effective | no        |
        2005 assault, 1203.41                          | statute: PC 245(a)(1); pleaDate: 2005-01-01; judgmentDate: 2005-01-01 | {type: pc1203_41}                             | not_effective | no        |
        2005 possession with a probation violation     | statute: HS 11377(a); pleaDate: 2005-01-01; judgmentDate: 2005-01-01; sentence:\\n  confinementDays: 30\\n  probationViolationDays: 20 | {type: pc1203_4} | not_effective | no |
        1203.42 on a 2012 conviction                   | statute: HS 11377(a); pleaDate: 2012-01-01; judgmentDate: 2012-01-01 | {type: pc1203_42}                              | not_effective | no        |
        """)
    void expungements(String name, String conviction, String relief, String effect, String result, String asks) {
        Report.PriorReliefResult r = decide(conviction, relief);
        check(r, relief.replaceAll(".*type: (\\w+).*", "$1"), effect, result, asks);
        assertThat(r.explanation().authorities()).contains("bia.roldan_1999");
    }

    @Test
    void theLujanBoundaryPairDiffersOnlyByOneDay() {
        var on = decide("statute: HS 11377(a); pleaDate: 2011-07-14; judgmentDate: 2011-07-14", "{type: pc1203_4}");
        var after = decide("statute: HS 11377(a); pleaDate: 2011-07-15; judgmentDate: 2011-07-15", "{type: pc1203_4}");
        assertThat(on.immigrationEffect()).isEqualTo("uncertain");
        assertThat(on.explanation().text()).contains("2011-07-14").contains("human review");
        assertThat(on.explanation().because()).extracting(Finding::rule).contains("prior_relief.lujan_armendariz");
        assertThat(after.immigrationEffect()).isEqualTo("not_effective");
        assertThat(after.explanation().text()).contains("Nunez-Reyes");
    }

    @Test
    void aLujanCandidateIsNeverReportedEffective() {
        // Even well inside the window, the case file cannot show a first offense, simple possession, no diversion,
        // no violation and a Ninth Circuit forum: the conviction is never reported as erased.
        var r = decide("statute: HS 11377(a); pleaDate: 1999-01-01; judgmentDate: 1999-01-01", "{type: pc1203_4}");
        assertThat(r.immigrationEffect()).isEqualTo("uncertain");
        assertThat(r.explanation().text()).contains("Ninth Circuit");
    }

    // --- vacaturs -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                | relief                                                                               | effect        | result    | asks
        1473.7(a)(1) naming prejudicial error | {type: pc1473_7_a1, date: 2020-01-01, ground: "prejudicial error about immigration consequences"} | effective | yes | 
        1473.7(a)(1) naming no defect         | {type: pc1473_7_a1, date: 2020-01-01, ground: none}                                  | uncertain     | unsettled |
        1473.7(a)(1) ground not known         | {type: pc1473_7_a1, date: 2020-01-01}                                                | uncertain     | unknown   | convictions.c1.priorRelief.ground
        1016.5 naming the missing advisement  | {type: pc1016_5, ground: "no PC 1016.5 advisement"}                                  | effective     | yes       |
        1016.5 ground unknown                 | {type: pc1016_5, ground: unknown}                                                    | uncertain     | unknown   | convictions.c1.priorRelief.ground
        habeas for ineffective assistance     | {type: habeas, ground: "ineffective assistance of counsel"}                          | effective     | yes       |
        habeas with no reason                 | {type: habeas, ground: none}                                                         | uncertain     | unsettled |
        1018 withdrawal for mistake           | {type: pc1018, ground: "mistake about immigration consequences"}                      | effective     | yes       |
        1018 withdrawal, ground null          | {type: pc1018, ground: null}                                                         | uncertain     | unknown   | convictions.c1.priorRelief.ground
        coram nobis for an unknown fact       | {type: coram_nobis, ground: "fact unknown at plea"}                                  | effective     | yes       |
        1473.7 without a subdivision          | {type: pc1473_7, ground: "prejudicial error"}                                        | uncertain     | unsettled |
        1473.7(a)(2) innocence                | {type: pc1473_7_a2, ground: "newly discovered evidence of innocence"}                | uncertain     | unsettled |
        1473.7(a)(3) Racial Justice Act       | {type: pc1473_7_a3, ground: "racial bias"}                                           | uncertain     | unsettled |
        1203.43 former DEJ plea               | {type: pc1203_43, date: 2017-01-01}                                                  | uncertain     | unsettled |
        236.14 trafficking victim vacatur     | {type: pc236_14, ground: "lack of intent: trafficking victim"}                       | uncertain     | unsettled |
        1172.6 felony-murder relief           | {type: pc1172_6}                                                                     | uncertain     | unsettled |
        1385 dismissal                        | {type: pc1385}                                                                       | uncertain     | unsettled |
        1203.49 set-aside                     | {type: pc1203_49}                                                                    | not_effective | no        |
        """)
    void vacaturs(String name, String relief, String effect, String result, String asks) {
        Report.PriorReliefResult r = decide("statute: PC 647(b); level: misdemeanor; pleaDate: 2010-03-01; judgmentDate: 2010-03-01", relief);
        check(r, relief.replaceAll("^\\{type: (\\w+).*", "$1"), effect, result, asks);
    }

    @Test
    void anEffectiveVacaturCitesPickeringAndWarnsAboutConductGrounds() {
        var r = decide("statute: HS 11377(a); pleaDate: 2010-03-01", "{type: pc1016_5, ground: \"no advisement\"}");
        assertThat(r.explanation().authorities()).contains("bia.pickering_2003", "bia.adamiak_2006", "ca.pc.1016_5");
        assertThat(r.explanation().text()).contains("no advisement").contains("conduct-based");
    }

    @Test
    void anOrderNamingNoDefectCitesAzragAndNath() {
        var r = decide("statute: HS 11377(a); pleaDate: 2010-03-01", "{type: pc1473_7_a1, ground: none}");
        assertThat(r.explanation().authorities()).contains("bia.azrag_2024", "ca9.nath_v_gonzales_2006");
    }

    @Test
    void aNoSubdivisionOrderCitesDeJesusPlaton() {
        var r = decide("statute: HS 11377(a); pleaDate: 2010-03-01", "{type: pc1473_7, ground: \"prejudicial error\"}");
        assertThat(r.explanation().authorities()).contains("bia.de_jesus_platon_2025", "ca.pc.1473_7");
        assertThat(r.explanation().text()).contains("(a)(1)");
    }

    // --- sentence changes: Thomas & Thompson and 8 CFR 1003.55 ----------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                          | conviction dates                                  | relief                                                             | effect        | result  | asks
        filed 2019-10-25: old rule                      | pleaDate: 2014-03-01; judgmentDate: 2014-03-01    | {type: pc18_5b, filedDate: 2019-10-25, date: 2020-02-01, ground: none, reliance: no}  | effective     | yes     |
        filed 2019-10-26, no reliance                   | pleaDate: 2014-03-01; judgmentDate: 2014-03-01    | {type: pc18_5b, filedDate: 2019-10-26, date: 2020-02-01, ground: none, reliance: no}  | not_effective | no      |
        filed 2019-10-26, reliance, plea 2014           | pleaDate: 2014-03-01; judgmentDate: 2014-03-01    | {type: pc1203_3, filedDate: 2019-10-26, ground: none, reliance: yes}                  | effective     | yes     |
        reliance, plea 2019-10-25                       | pleaDate: 2019-10-25; judgmentDate: 2019-10-25    | {type: pc1203_3, filedDate: 2020-01-06, ground: none, reliance: yes}                  | effective     | yes     |
        reliance, plea 2019-10-26                       | pleaDate: 2019-10-26; judgmentDate: 2019-10-26    | {type: pc1203_3, filedDate: 2020-01-06, ground: none, reliance: yes}                  | not_effective | no      |
        filed date unknown, granted by 2019-06-01       | pleaDate: 2014-03-01; judgmentDate: 2014-03-01    | {type: pc1172_1, date: 2019-06-01, ground: none, reliance: no}                        | effective     | yes     |
        filed and reliance unknown                      | pleaDate: 2014-03-01; judgmentDate: 2014-03-01    | {type: pc1172_1, date: 2021-06-01, ground: none}                                      | uncertain     | unknown | convictions.c1.priorRelief.filedDate convictions.c1.priorRelief.reliance
        reliance unknown, plea 2020: cannot apply       | pleaDate: 2020-03-01; judgmentDate: 2020-03-01    | {type: pc1203_3, filedDate: 2021-01-01, ground: none}                                 | not_effective | no      |
        reliance yes, plea date unknown                 | offenseDate: 2013-01-01                           | {type: pc1203_3, filedDate: 2021-01-01, ground: none, reliance: yes}                  | uncertain     | unknown | convictions.c1.pleaDate
        filed in October 2019, day unknown              | pleaDate: 2014-03-01; judgmentDate: 2014-03-01    | {type: pc18_5b, filedDate: 2019-10, ground: none, reliance: no}                       | uncertain     | unknown | convictions.c1.priorRelief.filedDate
        defect named: counts                            | pleaDate: 2021-03-01; judgmentDate: 2021-03-01    | {type: pc1203_3, filedDate: 2022-01-01, ground: "sentence exceeded the statutory maximum", reliance: no} | effective | yes |
        ground unknown, no exception                    | pleaDate: 2021-03-01; judgmentDate: 2021-03-01    | {type: pc1203_3, filedDate: 2022-01-01, reliance: no}                                 | uncertain     | unknown | convictions.c1.priorRelief.ground
        veterans resentencing 2023                      | pleaDate: 2021-03-01; judgmentDate: 2021-03-01    | {type: pc1170_91, filedDate: 2023-01-01, ground: none, reliance: no}                  | not_effective | no      |
        """)
    void sentenceChanges(String name, String dates, String relief, String effect, String result, String asks) {
        Report.PriorReliefResult r = decide("statute: PC 484(a); level: misdemeanor; " + dates, relief);
        check(r, relief.replaceAll("^\\{type: (\\w+).*", "$1"), effect, result, asks);
        assertThat(r.explanation().authorities()).contains("ag.thomas_thompson_2019");
    }

    @Test
    void theCarveOutIsMarkedEoirOnly() {
        var r = decide("statute: PC 484(a); pleaDate: 2014-03-01", "{type: pc18_5b, filedDate: 2019-10-25, ground: none, reliance: no}");
        assertThat(r.explanation().text()).contains("EOIR").contains("USCIS").contains("2019-10-25");
        assertThat(r.explanation().because()).extracting(Finding::rule).contains("prior_relief.cfr_1003_55");
        assertThat(r.explanation().because().get(0).authorities()).contains("us.cfr.8.1003_55", "bia.cota_vargas_2005");
    }

    // --- PC 17(b) -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                              | conviction dates                                 | side        | cites                   | asks
        convicted 2014-12-31                | pleaDate: 2014-12-31; judgmentDate: 2014-12-31   | before      | ca9.ceron_v_holder_2014 |
        convicted 2015-01-01                | pleaDate: 2015-01-01; judgmentDate: 2015-01-01   | on_or_after | ca.pc.18_5              |
        plea 2014-12, judgment 2015-01-02   | pleaDate: 2014-12-15; judgmentDate: 2015-01-02   | both        | ca9.ceron_v_holder_2014 |
        no dates                            | offenseDate: 2014-06-01                          | unknown     | ca9.ceron_v_holder_2014 | convictions.c1.pleaDate
        """)
    void pc17bIsUnsettledEitherSideOf2015(String name, String dates, String side, String cites, String asks) {
        Report.PriorReliefResult r = decide("statute: PC 245(a)(1); level: misdemeanor; " + dates, "{type: pc17b, date: 2018-01-01}");
        check(r, "pc17b", "uncertain", "unsettled", asks);
        assertThat(r.explanation().facts()).containsEntry("convictedFrom", side);
        assertThat(r.explanation().authorities()).contains(cites, "ca.pc.17", "ag.thomas_thompson_2019");
    }

    @Test
    void aPre2015ReductionKeepsTheOneYearPotentialSentence() {
        var pre = decide("statute: PC 245(a)(1); pleaDate: 2014-12-31; judgmentDate: 2014-12-31", "{type: pc17b}");
        var post = decide("statute: PC 245(a)(1); pleaDate: 2015-01-01; judgmentDate: 2015-01-01", "{type: pc17b}");
        assertThat(pre.explanation().text()).contains("one-year maximum").contains("Ceron");
        assertThat(post.explanation().text()).contains("364-day").contains("Thomas & Thompson");
    }

    // --- Prop 47 and Prop 64 ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                      | statute and dates                                                    | relief                | effect        | result    | asks
        Prop 47: felony possession 2014-11-04       | statute: HS 11350(a); pleaDate: 2014-11-04; judgmentDate: 2014-11-04 | {type: pc1170_18}     | not_effective | no        |
        Prop 47: conviction 2014-11-05              | statute: HS 11350(a); pleaDate: 2014-11-05; judgmentDate: 2014-11-05 | {type: pc1170_18}     | uncertain     | unsettled |
        Prop 47: wobbler 11377 in 2013              | statute: HS 11377(a); pleaDate: 2013-01-01; judgmentDate: 2013-01-01 | {type: pc1170_18}     | uncertain     | unsettled |
        Prop 47: wobbler 496 in 2013                | statute: PC 496(a); pleaDate: 2013-01-01; judgmentDate: 2013-01-01   | {type: pc1170_18}     | uncertain     | unsettled |
        Prop 47: no dates                           | statute: HS 11350(a)                                                 | {type: pc1170_18}     | uncertain     | unknown   | convictions.c1.pleaDate
        Prop 64: sale 2016-11-08                    | statute: HS 11359; pleaDate: 2016-11-08; judgmentDate: 2016-11-08    | {type: hs11361_8}     | not_effective | no        |
        Prop 64: conviction 2016-11-09              | statute: HS 11359; pleaDate: 2016-11-09; judgmentDate: 2016-11-09    | {type: hs11361_8}     | uncertain     | unsettled |
        """)
    void redesignations(String name, String conviction, String relief, String effect, String result, String asks) {
        Report.PriorReliefResult r = decide(conviction, relief);
        check(r, relief.replaceAll("^\\{type: (\\w+).*", "$1"), effect, result, asks);
        assertThat(r.explanation().authorities()).contains("ca9.prado_v_barr_2019", "ca9.united_states_v_diaz_2016");
    }

    // --- every type, both languages -------------------------------------------------------------------------

    @Test
    void everyReliefTypeIsDecidedInBothLanguagesWithResolvableAuthorities() {
        List<String> types = new ArrayList<>(org.pcrnavigator.engine.casefile.CaseFileReader.VEHICLES);
        types.add("pc1473_7");
        types.add("pc1210_1");
        for (String language : List.of("en", "es")) {
            for (String type : types) {
                for (String ground : List.of("", ", ground: none", ", ground: \"prejudicial error\"")) {
                    var r = decide("statute: HS 11377(a); pleaDate: 2010-03-01; judgmentDate: 2010-03-01",
                            "{type: " + type + ground + "}", language);
                    assertThat(r.immigrationEffect()).as(type).isIn("effective", "not_effective", "uncertain");
                    assertThat(r.explanation().text()).as(type).isNotBlank().doesNotContain("{");
                    assertThat(r.explanation().text()).as(type).doesNotContain("not yet decide");
                    assertResolvable(r.explanation());
                }
            }
        }
    }

    @Test
    void effectiveOnlyWhereALegalDefectOrTheCarveOutIsShown() {
        // No relief type becomes effective without a named ground, except a sentence change under the 1003.55 carve-out.
        List<String> types = new ArrayList<>(org.pcrnavigator.engine.casefile.CaseFileReader.VEHICLES);
        types.add("pc1473_7");
        types.add("pc1210_1");
        for (String type : types) {
            for (String ground : List.of("", ", ground: none")) {
                var r = decide("statute: HS 11377(a); pleaDate: 2010-03-01; judgmentDate: 2010-03-01", "{type: " + type + ground + "}");
                assertThat(r.immigrationEffect()).as(type + ground).isNotEqualTo("effective");
            }
        }
    }
}
