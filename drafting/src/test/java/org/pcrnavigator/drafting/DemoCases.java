package org.pcrnavigator.drafting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;

/** The demo cases of examples/ analysed once, and a shared Drafter, for the drafting tests. */
final class DemoCases {
    static final KnowledgeBase KB = KnowledgeBaseLoader.bundled();
    static final Drafter DRAFTER = new Drafter(KB);
    static final Attorney ATTORNEY = new Attorney("Ana Abogada", "123456", java.util.List.of("100 Main Street, Suite 200", "Los Angeles, CA 90012"),
            "(213) 555-0100", "ana@example.org");

    private DemoCases() {}

    static Path repoRoot() {
        String root = System.getProperty("pcr.repo.root");
        Path p = root != null && !root.isBlank() ? Path.of(root) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    static CaseFile caseFile(String example) {
        Path f = repoRoot().resolve("examples").resolve(example);
        try {
            return CaseFileReader.read(f.toString(), Files.readString(f, StandardCharsets.UTF_8), LocalDate.of(2026, 11, 28));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report report(CaseFile cf) { return new Analyzer(KB).analyze(cf, "en"); }

    /** The demo case whose plan proposes PC 1473.7(a)(1) first: an LPR barred from naturalizing by a DV conviction. */
    static DraftRequest lprDv(String lang) {
        CaseFile cf = caseFile("lpr-dv-naturalization.yaml");
        return new DraftRequest(cf, report(cf), "c1", "pc1473_7_a1", ATTORNEY, lang);
    }
}
