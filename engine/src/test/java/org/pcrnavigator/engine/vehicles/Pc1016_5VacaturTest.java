package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.conviction.ConvictionForImmigration;
import org.pcrnavigator.engine.vehicles.pc1016_5.Pc1016_5Vacatur;

/** Availability of PC 1016.5: pleas (not trials) from 1978-01-01 to non-infractions without the full advisement. */
class Pc1016_5VacaturTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                  | conviction fields                                                    | availability  | asks
        plea on 1977-12-31                      | pleaDate: 1977-12-31; plea: guilty; advisementGiven: no              | not_available |
        plea on 1978-01-01                      | pleaDate: 1978-01-01; plea: guilty; advisementGiven: no              | available     |
        only the year 1977 known                | pleaDate: 1977; plea: guilty; advisementGiven: no                    | not_available |
        only the year 1978 known                | pleaDate: 1978; plea: guilty; advisementGiven: no                    | available     |
        plea date not stated                    | plea: guilty; advisementGiven: no                                    | unknown       | convictions.c1.pleaDate
        conviction after trial                  | pleaDate: 2005-01-01; plea: trial; advisementGiven: no               | not_available |
        full advisement in the record           | pleaDate: 2005-01-01; plea: guilty; advisementGiven: yes             | not_available |
        partial advisement                      | pleaDate: 2005-01-01; plea: no_contest; advisementGiven: partial     | available     |
        record not yet read: asked              | pleaDate: 2005-01-01; plea: guilty                                   | unknown       | convictions.c1.advisementGiven
        infraction                              | pleaDate: 2005-01-01; plea: guilty; advisementGiven: no; level: infraction | not_available |
        """)
    void availability(String name, String fields, String availability, String asks) {
        CaseFile cf = Cases.caseWith("2026-11-28", "statute: PC 484; disposition: convicted; " + fields);
        var c = cf.convictions().get(0);
        VehicleAssessment v = Pc1016_5Vacatur.assess(new VehicleContext(cf, c, ConvictionForImmigration.decide(c, Cases.say()), Cases.kb(), Cases.say()));
        assertThat(v.availability()).isEqualTo(availability);
        assertThat(v.explanation().authorities()).contains("ca.pc.1016_5");
        if (asks != null) assertThat(v.missingFacts()).contains(asks);
    }
}
