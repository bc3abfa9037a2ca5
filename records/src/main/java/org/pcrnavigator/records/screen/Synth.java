package org.pcrnavigator.records.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.statute.Statute;

/**
 * Writes synthetic pcr-case/1 cases, one JSON object a line, for benchmarks and demos: people with one to
 * four convictions drawn from the catalog, plausible dates, sentences and statuses, and some facts left
 * unknown as real files leave them. Seeded, so the same seed gives the same cases. No real person.
 */
public final class Synth {
    private static final String[] STATUSES = {"lpr", "lpr", "lpr", "undocumented", "undocumented", "daca", "tps", "nonimmigrant"};
    private static final String[] RELATIONSHIPS = {"spouse", "cohabitant", "dating", "none", "silent"};
    private static final String[] SUBSTANCES = {"methamphetamine", "cocaine", "heroin", "marijuana", "silent"};

    private final List<Statute> statutes = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    public Synth(KnowledgeBase kb) {
        for (Offense o : kb.offenses()) statutes.addAll(o.covers());
    }

    public void write(long people, long seed, Writer out) throws IOException {
        Random r = new Random(seed);
        for (long i = 0; i < people; i++) {
            out.write(json.writeValueAsString(person(i, r)));
            out.write('\n');
        }
        out.flush();
    }

    Map<String, Object> person(long n, Random r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("format", "pcr-case/1");
        p.put("id", "synth-" + n);
        p.put("asOf", "2026-11-28");
        String status = STATUSES[r.nextInt(STATUSES.length)];
        LocalDate born = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        p.put("person", Map.of("dateOfBirth", born.toString()));
        Map<String, Object> imm = new LinkedHashMap<>();
        imm.put("status", status);
        boolean ewi = status.equals("undocumented") || (status.equals("daca") && r.nextBoolean());
        imm.put("enteredWithoutInspection", ewi);
        LocalDate entry = born.plusYears(5 + r.nextInt(20)).plusDays(r.nextInt(365));
        if (!ewi) imm.put("admissionDate", entry.toString());
        if (status.equals("lpr")) imm.put("lprDate", entry.plusYears(r.nextInt(8)).toString());
        p.put("immigration", imm);
        p.put("goals", switch (status) {
            case "lpr" -> List.of("naturalization", "avoid_deportability");
            case "undocumented" -> List.of("non_lpr_cancellation", "avoid_inadmissibility");
            case "daca" -> List.of("daca");
            case "tps" -> List.of("tps", "adjustment_of_status");
            default -> List.of("adjustment_of_status");
        });
        List<Object> convictions = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int c = 0; c < count; c++) convictions.add(conviction(c, entry, r));
        p.put("convictions", convictions);
        return p;
    }

    private Map<String, Object> conviction(int c, LocalDate entry, Random r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "c" + (c + 1));
        m.put("statute", statutes.get(r.nextInt(statutes.size())).display());
        m.put("level", r.nextInt(3) == 0 ? "felony" : "misdemeanor");
        m.put("disposition", "convicted");
        LocalDate offense = entry.plusDays(365L + r.nextInt(365 * 20));
        if (offense.isAfter(LocalDate.of(2026, 6, 1))) offense = LocalDate.of(2025, 1, 1 + r.nextInt(28));
        m.put("offenseDate", offense.toString());
        m.put("pleaDate", offense.plusDays(30 + r.nextInt(120)).toString());
        m.put("plea", r.nextInt(10) == 0 ? "trial" : "no_contest");
        if (r.nextInt(5) > 0) {
            m.put("sentence", Map.of("confinementDays", new int[] {0, 30, 90, 180, 364, 365, 730}[r.nextInt(7)],
                    "executionSuspended", r.nextBoolean()));
        }
        m.put("inCriminalCustody", r.nextInt(6) == 0);
        if (r.nextBoolean()) m.put("advisementGiven", new String[] {"yes", "partial", "no"}[r.nextInt(3)]);
        if (r.nextBoolean()) m.put("counselAdvice", new String[] {"none", "generic", "incorrect", "accurate"}[r.nextInt(4)]);
        Map<String, Object> facts = new LinkedHashMap<>();
        if (r.nextBoolean()) facts.put("victimRelationship", RELATIONSHIPS[r.nextInt(RELATIONSHIPS.length)]);
        if (r.nextBoolean()) facts.put("substance", SUBSTANCES[r.nextInt(SUBSTANCES.length)]);
        if (r.nextInt(4) == 0) facts.put("lossAmount", r.nextInt(20000));
        if (!facts.isEmpty()) m.put("recordFacts", facts);
        return m;
    }
}
