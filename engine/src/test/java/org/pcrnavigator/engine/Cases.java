package org.pcrnavigator.engine;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;

/** Builds test cases from short YAML: the real reader, the real knowledge base, no mocks. */
public final class Cases {
    private Cases() {}

    public static KnowledgeBase kb() { return KnowledgeBaseLoader.bundled(); }

    public static Explainer say() { return new Explainer(kb(), "en"); }

    /**
     * A case file with one conviction {@code c1}; {@code conviction} is its YAML body (without the id),
     * {@code fields} separated by "; " become lines, e.g. "statute: PC 273.5(a); pleaDate: 2014-12-31".
     */
    public static CaseFile caseWith(String asOf, String conviction) {
        StringBuilder y = new StringBuilder("format: pcr-case/1\nasOf: ").append(asOf).append("\nconvictions:\n  - id: c1\n");
        for (String line : conviction.split(";\\s*")) {
            if (line.isBlank()) continue;
            y.append("    ").append(line.trim().replace("\\n", "\n    ")).append('\n');
        }
        return CaseFileReader.read("test.yaml", y.toString(), LocalDate.parse(asOf));
    }

    /**
     * A whole case from an immigration block and several convictions, each given as in
     * {@link #caseWith}; convictions are named c1, c2, ... in order.
     */
    public static CaseFile person(String asOf, String immigration, String... convictions) {
        StringBuilder y = new StringBuilder("format: pcr-case/1\nasOf: ").append(asOf).append("\nimmigration:\n");
        for (String line : immigration.split(";\\s*")) if (!line.isBlank()) y.append("  ").append(line.trim()).append('\n');
        y.append("convictions:\n");
        int n = 1;
        for (String conviction : convictions) {
            y.append("  - id: c").append(n++).append('\n');
            for (String line : conviction.split(";\\s*")) {
                if (line.isBlank()) continue;
                y.append("    ").append(line.trim().replace("\\n", "\n    ")).append('\n');
            }
        }
        return CaseFileReader.read("test.yaml", y.toString(), LocalDate.parse(asOf));
    }

    public static Report analyzePerson(String asOf, String immigration, String... convictions) {
        return new Analyzer(kb()).analyze(person(asOf, immigration, convictions), "en");
    }

    public static Conviction conviction(String asOf, String fields) { return caseWith(asOf, fields).convictions().get(0); }

    public static Report analyze(String asOf, String fields) {
        return new Analyzer(kb()).analyze(caseWith(asOf, fields), "en");
    }
}
