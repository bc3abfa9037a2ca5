package org.pcrnavigator.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;

/** Properties every report keeps, whatever the case: citations resolve, unknowns are asked, nothing is defaulted. */
class ReportInvariantsTest {
    @Test
    void aStatuteTheCatalogLacksIsUnknownAndAskedNeverNo() {
        Report r = Cases.analyze("2026-11-28", "statute: PC 99999(a); disposition: convicted; level: felony; pleaDate: 2020-01-01");
        for (Report.CategoryResult c : r.convictions().get(0).consequences()) {
            assertThat(c.explanation().result()).as(c.category()).isEqualTo(Result.UNKNOWN);
        }
        assertThat(r.questions()).extracting(Report.Question::fact).contains("convictions.c1.statute");
        assertThat(r.questions().get(0).prompt()).contains("PC 99999(a)");
    }

    @Test
    void everyAuthorityInEveryTreeResolves() {
        Report r = Cases.analyze("2026-11-28", "statute: PC 273.5(a); disposition: convicted; level: felony; pleaDate: 2010-06-01;"
                + " sentence:\\n  confinementDays: 365; inCriminalCustody: no; recordFacts:\\n  victimRelationship: silent");
        for (Report.ConvictionResult c : r.convictions()) {
            walk(c.isConviction());
            walk(c.sentence());
            walk(c.potentialSentence());
            c.consequences().forEach(x -> walk(x.explanation()));
            c.vehicles().forEach(v -> walk(v.explanation()));
        }
    }

    @Test
    void questionsAreOnlyForConclusionsTheyCouldChangeAndMostDecisiveFirst() {
        Report r = Cases.analyze("2026-11-28", "statute: PC 273.5(a); disposition: convicted; plea: no_contest");
        List<Report.Question> q = r.questions();
        assertThat(q).isNotEmpty();
        for (int i = 1; i < q.size(); i++) {
            long goalsBefore = goals(q.get(i - 1));
            long goalsAfter = goals(q.get(i));
            assertThat(goalsBefore).isGreaterThanOrEqualTo(goalsAfter);
            if (goalsBefore == goalsAfter) assertThat(q.get(i - 1).affects().size()).isGreaterThanOrEqualTo(q.get(i).affects().size());
        }
        // The conviction is a judgment: its disposition is known, so nobody is asked about it.
        assertThat(q).extracting(Report.Question::fact).doesNotContain("convictions.c1.disposition");
        // The sentence decides the aggravated-felony prong, so it is asked.
        assertThat(q).extracting(Report.Question::fact).contains("convictions.c1.sentence.confinementDays");
    }

    @Test
    void answeringAQuestionRemovesIt() {
        Report before = Cases.analyze("2026-11-28", "statute: PC 273.5(a); disposition: convicted; level: felony; pleaDate: 2010-06-01");
        Report after = Cases.analyze("2026-11-28", "statute: PC 273.5(a); disposition: convicted; level: felony; pleaDate: 2010-06-01;"
                + " sentence:\\n  confinementDays: 364");
        assertThat(before.questions()).extracting(Report.Question::fact).contains("convictions.c1.sentence.confinementDays");
        assertThat(after.questions()).extracting(Report.Question::fact).doesNotContain("convictions.c1.sentence.confinementDays");
    }

    @Test
    void spanishWordingComesFromTheKnowledgeBase() {
        var cf = Cases.caseWith("2026-11-28", "statute: PC 273.5(a); disposition: convicted");
        Report es = new org.pcrnavigator.engine.Analyzer(Cases.kb()).analyze(cf, "es");
        assertThat(es.convictions().get(0).isConviction().text()).contains("condena");
        assertThat(es.questions().get(0).prompt()).containsAnyOf("¿", "Responda");
    }

    @Test
    void leavingOutTheSentencesChangesNoResult() throws Exception {
        java.nio.file.Path examples = java.nio.file.Path.of(System.getProperty("pcr.repo.root"), "examples");
        try (var files = java.nio.file.Files.list(examples)) {
            for (var f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                var cf = org.pcrnavigator.engine.casefile.CaseFileReader.read(f.toString(), java.nio.file.Files.readString(f),
                        java.time.LocalDate.parse("2026-11-28"));
                var analyzer = new org.pcrnavigator.engine.Analyzer(Cases.kb());
                String full = JsonReport.render(analyzer.analyzeWithoutPlan(cf, "en", true), true, false);
                String brief = JsonReport.render(analyzer.analyzeWithoutPlan(cf, "en", false), true, false);
                assertThat(brief).as(f.getFileName().toString()).isEqualTo(full);
            }
        }
    }

    /**
     * A brief report's findings keep no facts or authorities: a rule that read them from another finding to
     * decide would conclude otherwise in a brief report than in a full one. Seeded-random cases reach the rules
     * that once did (the seven-year clock's stopping offenses, which block LPR cancellation, and a probation term
     * that keeps habeas custody running); the test counts them, so a generator that stopped reaching them fails.
     */
    @Test
    void aBriefAnalysisConcludesWhatTheFullOneDoesOnSeededRandomCases() {
        var analyzer = new org.pcrnavigator.engine.Analyzer(Cases.kb());
        var cases = new org.pcrnavigator.engine.RandomCases(20261128L, java.time.LocalDate.parse("2026-11-28"));
        int clockStops = 0;
        int custodyUntil = 0;
        for (int i = 0; i < 1500; i++) {
            var cf = cases.next("random-" + i);
            Report whole = analyzer.analyzeWithoutPlan(cf, "en", true);
            String full = JsonReport.render(whole, true, false);
            String brief = JsonReport.render(analyzer.analyzeWithoutPlan(cf, "en", false), true, false);
            assertThat(brief).as(cf.id()).isEqualTo(full);
            for (Report.GoalResult g : whole.goals()) {
                for (Finding f : g.explanation().because()) {
                    if (f.rule().equals("goal.lpr_cancellation.clock") && !f.facts().getOrDefault("stoppedBy", "").isEmpty()) clockStops++;
                }
            }
            for (Report.ConvictionResult c : whole.convictions()) {
                for (var v : c.vehicles()) if (v.vehicle().equals("habeas") && v.availableUntil() != null) custodyUntil++;
            }
        }
        assertThat(clockStops).as("cases whose seven-year clock an offense stops").isGreaterThanOrEqualTo(30);
        assertThat(custodyUntil).as("habeas assessments open until a probation term ends").isGreaterThanOrEqualTo(30);
    }

    private static long goals(Report.Question q) {
        return q.affects().stream().filter(org.pcrnavigator.engine.casefile.CaseFileReader.GOALS::contains).count();
    }

    private static void walk(Finding f) {
        for (String id : f.authorities()) assertThat(Cases.kb().hasAuthority(id)).as("authority %s in %s", id, f.rule()).isTrue();
        if (f.result() == Result.YES || f.result() == Result.NO || f.result() == Result.UNSETTLED) {
            assertThat(f.authorities()).as("a legal conclusion without authority: %s", f.rule()).isNotEmpty();
        }
        f.because().forEach(ReportInvariantsTest::walk);
    }
}
