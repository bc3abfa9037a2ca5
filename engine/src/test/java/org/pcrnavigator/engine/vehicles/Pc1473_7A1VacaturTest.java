package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.conviction.ConvictionForImmigration;
import org.pcrnavigator.engine.vehicles.pc1473_7.Pc1473_7A1Vacatur;

/** Availability of PC 1473.7(a)(1): operative 2017-01-01; out of criminal custody; trials from 2022-01-01. */
class Pc1473_7A1VacaturTest {
    private static final String BASE = "statute: PC 273.5(a); disposition: convicted; pleaDate: 2010-06-01; counselAdvice: incorrect; immigrationConcernAtPlea: yes; ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                         | as of      | more fields                                  | availability  | asks
        the day before the statute took effect         | 2016-12-31 | inCriminalCustody: no; plea: no_contest      | not_available |
        the day it took effect                         | 2017-01-01 | inCriminalCustody: no; plea: no_contest      | available     |
        in criminal custody on this conviction         | 2026-11-28 | inCriminalCustody: yes; plea: no_contest     | not_available |
        custody not stated is asked, not assumed       | 2026-11-28 | plea: no_contest                             | unknown       | convictions.c1.inCriminalCustody
        trial conviction the day before AB 1259        | 2021-12-31 | inCriminalCustody: no; plea: trial           | not_available |
        trial conviction the day AB 1259 took effect   | 2022-01-01 | inCriminalCustody: no; plea: trial           | available     |
        juvenile adjudication: nothing to vacate       | 2026-11-28 | inCriminalCustody: no; disposition2: x       | not_available |
        """)
    void availability(String name, String asOf, String more, String availability, String asks) {
        String fields = BASE + more;
        if (more.contains("disposition2")) fields = "statute: PC 273.5(a); disposition: juvenile_adjudication; inCriminalCustody: no";
        CaseFile cf = Cases.caseWith(asOf, fields);
        var c = cf.convictions().get(0);
        var ctx = new VehicleContext(cf, c, ConvictionForImmigration.decide(c, Cases.say()), Cases.kb(), Cases.say());
        VehicleAssessment v = Pc1473_7A1Vacatur.assess(ctx);
        assertThat(v.availability()).isEqualTo(availability);
        assertThat(v.immigrationEffect()).isEqualTo("effective");
        assertThat(v.remedy()).isEqualTo("vacate_conviction");
        assertThat(v.explanation().authorities()).contains("ca.pc.1473_7");
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
    }

    @org.junit.jupiter.api.Test
    void elementsTheFileLacksBecomeMissingFacts() {
        CaseFile cf = Cases.caseWith("2026-11-28", "statute: PC 273.5(a); disposition: convicted; inCriminalCustody: no");
        var c = cf.convictions().get(0);
        var v = Pc1473_7A1Vacatur.assess(new VehicleContext(cf, c, ConvictionForImmigration.decide(c, Cases.say()), Cases.kb(), Cases.say()));
        assertThat(v.availability()).isEqualTo("available");
        assertThat(v.missingFacts()).contains("convictions.c1.counselAdvice", "convictions.c1.immigrationConcernAtPlea");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "counsel {0}, concern {1}, NTA {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # counsel advice | concern at plea | notice to appear | error     | prejudice | timeliness
        incorrect        | yes             |                  | yes       | yes       | yes
        accurate         | no              | 2025-03-01       | unsettled | unsettled | unsettled
        unknown          | unknown         |                  | unknown   | unknown   | yes
        """)
    void eachElementIsExplainedWithWhatShowsIt(String advice, String concern, String nta, String error, String prejudice, String timely) {
        String imm = nta == null ? "" : "\n  noticeToAppearDate: " + nta;
        CaseFile cf = org.pcrnavigator.engine.casefile.CaseFileReader.read("t.yaml", "format: pcr-case/1\nasOf: 2026-11-28\n"
                + "immigration:\n  status: lpr" + imm + "\nconvictions:\n  - id: c1\n    statute: PC 273.5(a)\n    disposition: convicted\n"
                + "    inCriminalCustody: no\n    counselAdvice: " + advice + "\n    immigrationConcernAtPlea: " + concern + "\n",
                java.time.LocalDate.parse("2026-11-28"));
        var c = cf.convictions().get(0);
        var v = Pc1473_7A1Vacatur.assess(new VehicleContext(cf, c, ConvictionForImmigration.decide(c, Cases.say()), Cases.kb(), Cases.say()));
        java.util.Map<String, String> byRule = new java.util.HashMap<>();
        for (var b : v.explanation().because()) byRule.put(b.rule(), b.result().id());
        assertThat(byRule).containsEntry("ca.pc.1473_7.a_1.error", error).containsEntry("ca.pc.1473_7.a_1.prejudice", prejudice)
                .containsEntry("ca.pc.1473_7.a_1.timeliness", timely);
    }
}
