package org.pcrnavigator.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcrnavigator.drafting.paper.PaperText;

/**
 * The memorandum and proposed order of the demo case whose plan proposes PC 1473.7(a)(1), compared with
 * reviewed text in examples/golden/drafts/. After an intended change, regenerate with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenDraftTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @ParameterizedTest
    @ValueSource(strings = {"memorandum", "proposed-order"})
    void matches_the_reviewed_text(String paper) throws IOException {
        List<PacketComposer.Named> papers = DemoCases.DRAFTER.papers(DemoCases.lprDv("en"));
        String actual = PaperText.render(Drafter.paperOf(papers, "-" + paper));
        Path golden = DemoCases.repoRoot().resolve("examples/golden/drafts/lpr-dv-naturalization.pc1473_7_a1-" + paper + ".txt");
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file missing: generate it with -Dgolden.update=true, review and commit it").exists();
        assertThat(actual).as("draft differs from %s (regenerate with -Dgolden.update=true and review the diff)", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
