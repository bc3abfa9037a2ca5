package org.pcrnavigator.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;

/** Tasks and deadlines come from the report's closing windows and plan; the feed is valid iCalendar. */
class TasksTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.bundled();
    private final Messages messages = new Messages();

    private static Report demo(String name) throws Exception {
        Path file = Path.of(System.getProperty("pcr.repo.root"), "examples", name + ".yaml");
        return new Analyzer(KB).analyze(CaseFileReader.read(file.toString(), Files.readString(file), LocalDate.of(2026, 11, 28)), "en");
    }

    @Test
    void everyOpenVehicleWithAClosingDateIsADeadlineOnThatDate() throws Exception {
        Report r = demo("on-probation-burglary");
        List<LocalDate> windows = r.convictions().stream().flatMap(c -> c.vehicles().stream())
                .filter(v -> v.availableUntil() != null && !v.availability().equals("not_available"))
                .map(VehicleAssessment::availableUntil).sorted().toList();
        assertThat(windows).as("the demo case has a closing window").isNotEmpty();
        List<Tasks.Task> tasks = Tasks.of("id1", "Name", r);
        assertThat(tasks.stream().filter(t -> t.due() != null).map(Tasks.Task::due).toList()).isEqualTo(windows);
        assertThat(tasks.get(0).describe(messages, "en")).startsWith("File ");
        assertThat(tasks.get(0).describe(messages, "es")).startsWith("Presentar ");
    }

    @Test
    void theFeedHasOneEventPerDeadlineAndNoClientName() throws Exception {
        Report r = demo("on-probation-burglary");
        List<Tasks.Task> tasks = Tasks.of("file-123", "Secret Person", r);
        String ics = Tasks.icalendar(tasks, messages, Instant.parse("2026-11-28T10:00:00Z"));
        long events = ics.lines().filter(l -> l.equals("BEGIN:VEVENT")).count();
        assertThat(events).isEqualTo(tasks.stream().filter(t -> t.due() != null).count());
        assertThat(ics).doesNotContain("Secret Person").contains("client file file-123");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void longLinesFoldAtCharacterBoundariesWithinSeventyFiveOctets() {
        String line = "SUMMARY:" + "ñ".repeat(60) + "x".repeat(30);
        String folded = Tasks.fold(line);
        String[] parts = folded.split("\r\n");
        assertThat(parts.length).isGreaterThan(1);
        for (String p : parts) assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        StringBuilder unfolded = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            assertThat(parts[i]).startsWith(" ");
            unfolded.append(parts[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(line);
        assertThat(Tasks.fold("SUMMARY:short")).isEqualTo("SUMMARY:short");
    }
}
