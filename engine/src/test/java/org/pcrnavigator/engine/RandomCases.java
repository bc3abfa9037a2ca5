package org.pcrnavigator.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pcrnavigator.engine.casefile.CaseFields;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.statute.Statute;

/**
 * Seeded-random case files: every status and goal, every catalog statute, sentences with and without probation,
 * later relief and notices to appear, and most fields left out now and then, so that properties of the analysis
 * are tried far beyond the hand-written cases. Every date lies on or before the as-of date. Half the people are
 * permanent residents, whose goals reach the most rules (the seven-year clock among them). Not generated:
 * equities, record facts, new evidence, earlier motions.
 */
public final class RandomCases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TRI = {"yes", "no"};
    private final Random r;
    private final List<String> statutes = new ArrayList<>();
    private final LocalDate asOf;

    public RandomCases(long seed, LocalDate asOf) {
        this.r = new Random(seed);
        this.asOf = asOf;
        for (Offense o : Cases.kb().offenses()) for (Statute s : o.covers()) statutes.add(s.display());
        statutes.add("PC 99999(a)");   // one the catalog lacks
    }

    /** The next case file, as the reader reads it. */
    public CaseFile next(String id) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("format", "pcr-case/1");
        p.put("id", id);
        p.put("asOf", asOf.toString());
        LocalDate born = asOf.minusYears(18 + r.nextInt(60)).minusDays(r.nextInt(365));
        p.put("person", Map.of("dateOfBirth", born.toString()));
        Map<String, Object> imm = new LinkedHashMap<>();
        String status = r.nextBoolean() ? "lpr" : pick(CaseFields.STATUSES);
        imm.put("status", status);
        LocalDate entry = noLaterThan(born.plusYears(r.nextInt(20)).plusDays(r.nextInt(365)), asOf.minusYears(1));
        if (sometimes()) imm.put("enteredWithoutInspection", pick(TRI));
        if (sometimes()) imm.put("admissionDate", entry.toString());
        if (status.equals("lpr") && sometimes()) imm.put("lprDate", noLaterThan(entry.plusYears(r.nextInt(10)), asOf).toString());
        if (r.nextInt(4) == 0) imm.put("noticeToAppearDate", noLaterThan(entry.plusYears(2 + r.nextInt(25)), asOf).toString());
        if (sometimes()) imm.put("removalProceedings", pick(CaseFields.REMOVAL_PROCEEDINGS));
        if (sometimes()) imm.put("immigrationDetention", pick(TRI));
        p.put("immigration", imm);
        List<String> goals = new ArrayList<>();
        for (String g : CaseFileReader.GOALS) if (r.nextInt(3) == 0 || (g.equals("lpr_cancellation") && status.equals("lpr"))) goals.add(g);
        p.put("goals", goals);
        List<Object> convictions = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int c = 1; c <= count; c++) convictions.add(conviction("c" + c, entry));
        p.put("convictions", convictions);
        try {
            return CaseFileReader.read(id, JSON.writeValueAsString(p), asOf);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> conviction(String id, LocalDate entry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("statute", statutes.get(r.nextInt(statutes.size())));
        if (sometimes()) m.put("level", pick(CaseFields.LEVELS));
        m.put("disposition", r.nextInt(4) > 0 ? "convicted" : pick(CaseFields.DISPOSITIONS));
        LocalDate offense = entry.plusDays(r.nextInt(365 * 30));
        if (offense.isAfter(asOf.minusMonths(6))) offense = noLaterThan(asOf.minusYears(1 + r.nextInt(5)), asOf.minusMonths(6));
        if (offense.isBefore(entry)) offense = entry;
        if (sometimes()) m.put("offenseDate", offense.toString());
        LocalDate plea = noLaterThan(offense.plusDays(r.nextInt(200)), asOf);
        if (r.nextInt(5) > 0) m.put("pleaDate", plea.toString());
        if (sometimes()) m.put("judgmentDate", noLaterThan(plea.plusDays(r.nextInt(60)), asOf).toString());
        if (sometimes()) m.put("plea", pick(CaseFields.PLEAS));
        if (r.nextInt(5) > 0) {
            Map<String, Object> s = new LinkedHashMap<>();
            if (sometimes()) s.put("confinementDays", new int[] {0, 5, 6, 30, 179, 180, 364, 365, 730, 1095}[r.nextInt(10)]);
            if (sometimes()) s.put("probationMonths", new int[] {0, 12, 36, 60, 120}[r.nextInt(5)]);
            if (sometimes()) s.put("executionSuspended", pick(TRI));
            if (sometimes()) s.put("impositionSuspended", pick(TRI));
            if (r.nextInt(4) == 0) s.put("statePrison", pick(TRI));
            if (r.nextInt(4) == 0) s.put("probationViolationDays", r.nextInt(400));
            m.put("sentence", s);
        }
        for (String tri : List.of("probationCompleted", "inCriminalCustody", "immigrationConcernAtPlea")) {
            if (sometimes()) m.put(tri, pick(TRI));
        }
        if (sometimes()) m.put("advisementGiven", pick(CaseFields.ADVISEMENTS));
        if (sometimes()) m.put("counselAdvice", pick(CaseFields.COUNSEL_ADVICE));
        if (r.nextInt(4) == 0) {
            LocalDate granted = plea.plusYears(1 + r.nextInt(10));
            Map<String, Object> relief = new LinkedHashMap<>();
            relief.put("type", pick(List.of("pc1203_4", "pc17b", "pc1170_18", "pc1473_7", "pc1203_43", "pc18_5b", "pc1016_5")));
            if (sometimes()) relief.put("filedDate", granted.minusMonths(3).toString());
            if (!granted.isAfter(asOf)) relief.put("date", granted.toString());
            if (sometimes()) relief.put("reliance", pick(TRI));
            m.put("priorRelief", List.of(relief));
        }
        return m;
    }

    private boolean sometimes() { return r.nextInt(4) > 0; }

    /** A date, or its bound where it falls after it: no generated date lies after its bound. */
    private static LocalDate noLaterThan(LocalDate date, LocalDate bound) { return date.isAfter(bound) ? bound : date; }

    private String pick(String[] words) { return words[r.nextInt(words.length)]; }

    private String pick(List<String> words) { return words.get(r.nextInt(words.size())); }
}
