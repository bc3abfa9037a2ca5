package org.pcrnavigator.engine.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.report.Report;

/** The dispatcher sends each of these vehicles to its own rule, and every question they raise has a prompt. */
class SentenceVehiclesWiringTest {
    @Test
    void everyVehicleIsEvaluatedAndAsksAnswerableQuestions() {
        Report r = Cases.analyze("2026-11-28", "statute: PC 273.5(a); level: felony; disposition: convicted; plea: no_contest; pleaDate: 2013-05-01");
        for (String id : java.util.List.of("pc17b", "pc18_5b", "pc1203_3", "pc1172_1", "pc1385", "pc1170_91", "pc1172_6")) {
            VehicleAssessment v = r.convictions().get(0).vehicles().stream().filter(x -> x.vehicle().equals(id)).findFirst().orElseThrow();
            assertThat(v.explanation().rule()).as(id).isNotEqualTo("vehicle." + id);
        }
        assertThat(r.questions()).allSatisfy(q -> assertThat(q.prompt()).isNotBlank());
    }
}
