package org.pcrnavigator.engine.vehicles;

import java.time.LocalDate;
import java.util.function.Function;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.conviction.ConvictionForImmigration;
import org.pcrnavigator.engine.reasoning.Finding;

/** Runs one vehicle rule on a one-conviction case (the real reader and knowledge base). */
final class SentenceVehiclesTestSupport {
    private SentenceVehiclesTestSupport() {}

    static VehicleAssessment run(Function<VehicleContext, VehicleAssessment> rule, String asOf, String fields) {
        return run(rule, Cases.caseWith(asOf, fields));
    }

    /** The same, with an equities block (e.g. "militaryService: true"). */
    static VehicleAssessment runWithEquities(Function<VehicleContext, VehicleAssessment> rule, String asOf, String equities,
                                             String fields) {
        StringBuilder y = new StringBuilder("format: pcr-case/1\nasOf: ").append(asOf).append("\nequities:\n");
        for (String line : equities.split(";\\s*")) if (!line.isBlank()) y.append("  ").append(line.trim()).append('\n');
        y.append("convictions:\n  - id: c1\n");
        for (String line : fields.split(";\\s*")) if (!line.isBlank()) y.append("    ").append(line.trim()).append('\n');
        return run(rule, CaseFileReader.read("test.yaml", y.toString(), LocalDate.parse(asOf)));
    }

    static VehicleAssessment run(Function<VehicleContext, VehicleAssessment> rule, CaseFile cf) {
        var c = cf.convictions().get(0);
        return rule.apply(new VehicleContext(cf, c, ConvictionForImmigration.decide(c, Cases.say()), Cases.kb(), Cases.say()));
    }

    /** Every authority cited anywhere in the explanation tree. */
    static java.util.List<String> allAuthorities(Finding f) {
        java.util.List<String> out = new java.util.ArrayList<>(f.authorities());
        for (Finding b : f.because()) out.addAll(allAuthorities(b));
        return out;
    }

    /** Null for an empty CSV cell. */
    static String cell(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
