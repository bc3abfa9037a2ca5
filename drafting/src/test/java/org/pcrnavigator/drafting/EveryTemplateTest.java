package org.pcrnavigator.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.drafting.paper.PaperText;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;

/**
 * Every packet template drafted for every demo case whose report leaves its vehicle open: no placeholder
 * left unfilled, no "null", the order naming its statute, and each template's YAML choices read as the
 * fact values they name (an unquoted {@code yes} or {@code no} key must not turn into a boolean).
 */
class EveryTemplateTest {
    static List<Path> demos() throws IOException {
        try (Stream<Path> s = Files.list(DemoCases.repoRoot().resolve("examples"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void every_draftable_vehicle_of_every_demo_case_drafts_clean_papers() throws IOException {
        List<String> drafted = new ArrayList<>();
        for (Path demo : demos()) {
            CaseFile cf = DemoCases.caseFile(demo.getFileName().toString());
            Report r = DemoCases.report(cf);
            for (Report.ConvictionResult c : r.convictions()) {
                for (String vehicle : DemoCases.DRAFTER.draftableVehicles(r, c.id())) {
                    List<PacketComposer.Named> papers = DemoCases.DRAFTER.papers(new DraftRequest(cf, r, c.id(), vehicle, DemoCases.ATTORNEY, "es"));
                    drafted.add(vehicle);
                    for (PacketComposer.Named n : papers) {
                        String text = PaperText.render(n.paper());
                        String where = demo.getFileName() + " " + c.id() + " " + n.stem();
                        assertThat(text).as(where).doesNotContain("null").doesNotContainPattern("\\{[A-Za-z]+}");
                        assertThat(text).as(where + ": every blank closed").doesNotContainPattern("\\[\\[[^\\]]*$");
                    }
                    String order = PaperText.render(Drafter.paperOf(papers, "-proposed-order"));
                    assertThat(order).as(demo + " " + vehicle).contains("IT IS ORDERED");
                }
            }
        }
        assertThat(drafted).as("vehicles drafted across the demo cases").contains("pc1473_7_a1", "pc1016_5");
    }

    @Test
    void choices_on_yes_and_no_read_the_fact_values() {
        var papers = DemoCases.DRAFTER.papers(DemoCases.lprDv("es"));
        // immigrationConcernAtPlea: yes in the demo case
        assertThat(PaperText.render(Drafter.paperOf(papers, "-declaration"))).contains("staying in the United States with my family");
        assertThat(PaperText.render(Drafter.paperOf(papers, "-declaration-es"))).contains("quedarme en Estados Unidos con mi familia");
    }

    @Test
    void the_templates_for_every_packet_vehicle_load_in_both_languages() {
        for (String v : Drafter.PACKET_VEHICLES) {
            Templates en = Templates.load("vehicles/" + v, "en");
            for (String k : List.of("motion", "memo", "declaration", "order")) assertThat(en.has("titles", k)).as(v + " titles." + k).isTrue();
            assertThat(en.node("elements").size()).as(v + " elements").isPositive();
            Templates es = Templates.load("vehicles/" + v, "es");
            assertThat(es.node("declaration").size()).as(v + " es declaration").isEqualTo(en.node("declaration").size());
        }
    }

    /** A one-conviction case file: the demo person with this conviction. */
    private static CaseFile withConviction(String conviction) {
        String yaml = """
                format: pcr-case/1
                id: synthetic-drafting
                asOf: 2026-11-28
                person: {name: Rosa Example, countryOfBirth: Mexico}
                immigration: {status: lpr, enteredWithoutInspection: false, admissionDate: 2001-07-01, lprDate: 2008-09-15, removalProceedings: none}
                goals: [naturalization]
                equities: {yearsInUnitedStates: 25, ageAtArrival: 17}
                convictions:
                """ + conviction;
        return org.pcrnavigator.engine.casefile.CaseFileReader.read("synthetic.yaml", yaml, java.time.LocalDate.of(2026, 11, 28));
    }

    /** The vehicles no demo case leaves open, each drafted for a case built to open it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "pc1018|  - {id: c1, court: adult, county: Fresno, caseNumber: F1, statute: PC 273.5(a), level: misdemeanor, disposition: convicted, offenseDate: 2026-08-01, pleaDate: 2026-09-01, plea: no_contest, judgmentDate: pending, inCriminalCustody: yes, counselAdvice: none, immigrationConcernAtPlea: yes}",
        "pc1170_18|  - {id: c1, court: adult, county: Fresno, caseNumber: F2, statute: HS 11350(a), level: felony, disposition: convicted, offenseDate: 2010-02-01, pleaDate: 2010-03-01, plea: guilty, judgmentDate: 2010-04-01, sentence: {confinementDays: 90, statePrison: no}, probationCompleted: yes, inCriminalCustody: no, recordFacts: {substance: cocaine}}",
        "hs11361_8|  - {id: c1, court: adult, county: Fresno, caseNumber: F3, statute: HS 11359, level: felony, disposition: convicted, offenseDate: 2012-02-01, pleaDate: 2012-03-01, plea: guilty, judgmentDate: 2012-04-01, sentence: {confinementDays: 90, statePrison: no}, probationCompleted: yes, inCriminalCustody: no}"
    })
    void vehicles_no_demo_opens_draft_clean_papers(String vehicle, String conviction) {
        CaseFile cf = withConviction(conviction);
        Report r = DemoCases.report(cf);
        var va = r.convictions().get(0).vehicles().stream().filter(v -> v.vehicle().equals(vehicle)).findFirst().orElseThrow();
        assertThat(va.availability()).as(vehicle + ": " + va.explanation().text()).isNotEqualTo("not_available");
        List<PacketComposer.Named> papers = DemoCases.DRAFTER.papers(new DraftRequest(cf, r, "c1", vehicle, Attorney.NONE, "es"));
        for (PacketComposer.Named n : papers) {
            String text = PaperText.render(n.paper());
            assertThat(text).as(n.stem()).doesNotContain("null").doesNotContainPattern("\\{[A-Za-z]+}").contains("Rosa Example");
        }
        assertThat(DemoCases.DRAFTER.packet(new DraftRequest(cf, r, "c1", vehicle, Attorney.NONE, "en"))).hasSize(10);
    }
}
