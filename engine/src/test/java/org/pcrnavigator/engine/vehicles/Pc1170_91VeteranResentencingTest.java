package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.cell;
import static org.pcrnavigator.engine.vehicles.SentenceVehiclesTestSupport.runWithEquities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.vehicles.pc1170_91.Pc1170_91VeteranResentencing;

/** PC 1170.91(b): a veteran currently serving a felony sentence; resentencing is not defect-based. */
class Pc1170_91VeteranResentencingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                   | military | level       | custody | imposition suspended | availability  | asks
        veteran serving a felony prison term     | true     | felony      | yes     | false                | available     |
        not a veteran                            | false    | felony      | yes     | false                | not_available |
        military service not stated is asked     |          | felony      | yes     | false                | unknown       | equities.militaryService
        sentence served                          | true     | felony      | no      | false                | not_available |
        a misdemeanor                            | true     | misdemeanor | yes     | false                | not_available |
        imposition suspended: no sentence yet    | true     | felony      | yes     | true                 | not_available |
        custody not stated is asked              | true     | felony      |         | false                | unknown       | convictions.c1.inCriminalCustody
        """)
    void availability(String name, String military, String level, String custody, String suspended, String availability, String asks) {
        String fields = "statute: PC 245(a)(1); level: " + level + "; disposition: convicted; plea: no_contest; pleaDate: 2022-03-01; "
                + "judgmentDate: 2022-04-01; sentence: {confinementDays: 1095, statePrison: " + !Boolean.parseBoolean(suspended)
                + ", impositionSuspended: " + suspended + "}" + (cell(custody) == null ? "" : "; inCriminalCustody: " + custody);
        VehicleAssessment v = runWithEquities(Pc1170_91VeteranResentencing::assess, "2026-11-28",
                cell(military) == null ? "yearsInUnitedStates: 20" : "militaryService: " + military, fields);
        assertThat(v.availability()).as(name).isEqualTo(availability);
        assertThat(v.immigrationEffect()).isEqualTo("not_effective");
        assertThat(v.remedy()).isEqualTo("reduce_sentence");
        if (cell(asks) != null) assertThat(v.missingFacts()).contains(asks);
        if (!availability.equals("not_available")) assertThat(v.missingFacts()).contains("convictions.c1.serviceRelatedCondition");
    }
}
