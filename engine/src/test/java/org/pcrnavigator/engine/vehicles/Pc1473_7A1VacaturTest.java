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
}
