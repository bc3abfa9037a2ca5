package org.pcrnavigator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pcr draft} end to end: the packet written, the listing, and clean refusals that write nothing. */
class DraftCommandTest {
    @TempDir Path tmp;

    private static CliRun run(String... args) { return CliRun.of(args); }

    private static String demo() { return CliTest.repoRoot().resolve("examples/lpr-dv-naturalization.yaml").toString(); }

    @Test
    void writes_the_packet_in_pdf_and_docx_with_the_spanish_declaration() throws Exception {
        Path out = tmp.resolve("packet");
        CliRun r = run("draft", demo(), "--conviction", "c1", "--vehicle", "pc1473_7_a1", "--out", out.toString(), "--lang", "es",
                "--attorney-name", "Ana Abogada", "--bar-number", "123456", "--attorney-address", "100 Main Street", "--attorney-address", "Los Angeles, CA 90012");
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "pc1473_7_a1-declaration-es.docx", "pc1473_7_a1-declaration-es.pdf", "pc1473_7_a1-declaration.docx", "pc1473_7_a1-declaration.pdf",
                    "pc1473_7_a1-memorandum.docx", "pc1473_7_a1-memorandum.pdf", "pc1473_7_a1-motion.docx", "pc1473_7_a1-motion.pdf",
                    "pc1473_7_a1-proof-of-service.docx", "pc1473_7_a1-proof-of-service.pdf", "pc1473_7_a1-proposed-order.docx",
                    "pc1473_7_a1-proposed-order.pdf");
        }
        assertThat(Files.readAllBytes(out.resolve("pc1473_7_a1-motion.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(r.out()).contains("pc1473_7_a1-motion.pdf");
    }

    @Test
    void without_a_vehicle_it_lists_the_draftable_ones() {
        CliRun r = run("draft", demo(), "--conviction", "c1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).containsExactly("pc1473_7_a1", "pc1016_5", "pc17b");
    }

    @Test
    void an_unknown_conviction_or_vehicle_is_a_clean_error_and_writes_nothing() {
        Path out = tmp.resolve("none");
        CliRun bad = run("draft", demo(), "--conviction", "c7", "--vehicle", "pc1473_7_a1", "--out", out.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'c7'").contains("c1").doesNotContain("Exception");
        CliRun noTemplate = run("draft", demo(), "--conviction", "c1", "--vehicle", "pc9999", "--out", out.toString());
        assertThat(noTemplate.exit()).isEqualTo(2);
        assertThat(noTemplate.err()).contains("pc9999").contains("pc1473_7_a1");
        assertThat(out).doesNotExist();
    }

    @Test
    void records_requests_the_client_letter_and_the_immigration_memo_are_added_on_request() throws Exception {
        Path out = tmp.resolve("all");
        CliRun r = run("draft", demo(), "--conviction", "c1", "--vehicle", "pc1473_7_a1", "--immigration-memo", "--records-requests",
                "--client-letter", "--lang", "es", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("pc1473_7_a1-immigration-memo.pdf")).exists();
        assertThat(out.resolve("records-clerk-c1.docx")).exists();
        assertThat(out.resolve("records-foia-uscis.pdf")).exists();
        assertThat(out.resolve("client-letter-es.pdf")).exists();
        CliRun letters = run("draft", demo(), "--records-requests", "--out", tmp.resolve("letters").toString());
        assertThat(letters.exit()).as(letters.err()).isZero();
        assertThat(tmp.resolve("letters/records-doj.pdf")).exists();
        CliRun memoAlone = run("draft", demo(), "--immigration-memo", "--out", tmp.resolve("x").toString());
        assertThat(memoAlone.exit()).isEqualTo(2);
        assertThat(memoAlone.err()).contains("--immigration-memo needs --conviction and --vehicle");
    }
}
