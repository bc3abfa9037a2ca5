package org.pcrnavigator.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.consequences.CatalogMatch;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.SaferAlternative;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.statute.StatuteParser;

/**
 * Finds, for each conviction that blocks a goal, the fixes that would unblock it and the vehicles that
 * deliver each fix, best first. A fix is judged by analysing the case as the fix would leave it, never by
 * a lookup: vacate the conviction (it drops out), bring the sentence to 364 days, reduce the felony to a
 * misdemeanor, or re-plead to one of the catalog's safer alternatives. Vehicles are ranked available and
 * immigration-effective first, then by how few of the facts the motion must prove are still missing.
 */
public final class Planner {
    private Planner() {}

    private static final Map<String, Integer> STATUS_RANK = Map.of("barred", 3, "unknown", 2, "at_risk", 1, "clear", 0);

    /**
     * @param analyze the analysis without a plan, for the hypothetical cases (the planner must not recurse)
     */
    public static List<Report.PlanStep> plan(CaseFile cf, Report report, KnowledgeBase kb, Function<CaseFile, Report> analyze) {
        Map<String, List<String>> blocked = new LinkedHashMap<>();   // conviction -> goals it blocks
        for (Report.GoalResult g : report.goals()) {
            if (!g.status().equals("barred") && !g.status().equals("at_risk")) continue;
            for (String c : g.blockers()) blocked.computeIfAbsent(c, k -> new ArrayList<>()).add(g.goal());
        }
        List<Report.PlanStep> steps = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : blocked.entrySet()) {
            Conviction c = cf.convictions().stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElse(null);
            if (c == null) continue;
            Report.ConvictionResult result = report.convictions().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
            // Vacate the conviction: it drops out of the case.
            List<Conviction> without = new ArrayList<>(cf.convictions());
            without.remove(c);
            add(steps, c, "vacate_conviction", null, report, analyze.apply(cf.withConvictions(without)), result, e.getValue());
            // Bring the sentence under a year.
            Long days = c.sentence().confinementDays();
            long underAYear = kb.parameter("us.sentence_one_year_days").at(cf.asOf()).asLong() - 1;
            if (days != null && days > underAYear) {
                Conviction shorter = c.withPlea(c.charge(), c.level(), c.sentence().withDays(underAYear), c.recordFacts());
                add(steps, c, "reduce_sentence", null, report, analyze.apply(replace(cf, c, shorter)), result, e.getValue());
            }
            // Reduce a felony to a misdemeanor.
            if ("felony".equals(c.level())) {
                Conviction misdemeanor = c.withPlea(c.charge(), "misdemeanor", c.sentence(), c.recordFacts());
                add(steps, c, "reduce_to_misdemeanor", null, report, analyze.apply(replace(cf, c, misdemeanor)), result, e.getValue());
            }
            // Re-plead to a safer alternative: after a vacatur, a new plea on the catalog's alternatives.
            for (SaferAlternative alt : alternatives(kb, c)) {
                Charge charge;
                try {
                    charge = StatuteParser.parse(alt.statute());
                } catch (StatuteParser.StatuteSyntaxError notAStatute) {
                    continue;   // an alternative described in words (a course of action), not a plea
                }
                long capped = alt.maxSentenceDays() != null && (days == null || days > alt.maxSentenceDays())
                        ? alt.maxSentenceDays() : days == null ? -1 : days;
                var sentence = capped < 0 ? c.sentence() : c.sentence().withDays(capped);
                Map<String, String> facts = new LinkedHashMap<>(c.recordFacts());
                facts.remove("subdivision");
                Conviction plea = c.withPlea(charge, levelAfterPlea(kb, c, charge), sentence, facts);
                if (!inForce(kb, plea)) continue;   // no plea to a section the catalog does not know on that date
                String label = charge.display() + (alt.condition() != null ? " (" + alt.condition() + ")" : "");
                add(steps, c, "re_plead", label, report, analyze.apply(replace(cf, c, plea)), result, e.getValue());
            }
        }
        return steps;
    }

    /**
     * The level of a new plea: a misdemeanor where the alternative has no felony form on the conviction
     * date, otherwise the level the conviction had (the plea could be taken either way).
     */
    public static String levelAfterPlea(KnowledgeBase kb, Conviction c, Charge charge) {
        Conviction probe = c.withPlea(charge, c.level(), c.sentence(), c.recordFacts());
        List<Offense> entries = CatalogMatch.find(kb, probe).entries();
        if (entries.isEmpty()) return c.level();
        boolean felonyPossible = false;
        for (Offense o : entries) {
            for (var l : o.levels().entries()) {
                var level = l.value().level();
                if (level == org.pcrnavigator.law.offense.Level.FELONY || level == org.pcrnavigator.law.offense.Level.WOBBLER) felonyPossible = true;
            }
        }
        return felonyPossible ? c.level() : "misdemeanor";
    }

    /** Whether the catalog knows the plea's offense on its dates (a re-plea to a section not then in force is no plea). */
    private static boolean inForce(KnowledgeBase kb, Conviction plea) {
        List<Offense> entries = CatalogMatch.find(kb, plea).entries();
        for (Offense o : entries) {
            for (var day : org.pcrnavigator.engine.conviction.ConvictionDates.candidateDays(plea)) {
                if (!o.levels().covers(day)) return false;
            }
        }
        return true;
    }

    private static List<SaferAlternative> alternatives(KnowledgeBase kb, Conviction c) {
        List<SaferAlternative> out = new ArrayList<>();
        for (Offense o : CatalogMatch.find(kb, c).entries()) {
            for (SaferAlternative a : o.saferAlternatives()) if (out.stream().noneMatch(x -> x.statute().equals(a.statute()))) out.add(a);
        }
        return out;
    }

    private static CaseFile replace(CaseFile cf, Conviction old, Conviction replacement) {
        List<Conviction> list = new ArrayList<>(cf.convictions());
        list.set(list.indexOf(old), replacement);
        return cf.withConvictions(list);
    }

    /** Adds the step if the fix clears, or at least improves, a goal the conviction blocks. */
    private static void add(List<Report.PlanStep> steps, Conviction c, String fix, String alternative, Report before, Report after,
                            Report.ConvictionResult result, List<String> goals) {
        List<String> unblocks = new ArrayList<>();
        List<String> improves = new ArrayList<>();
        for (String goal : goals) {
            String was = status(before, goal);
            String now = status(after, goal);
            if (now.equals("clear")) unblocks.add(goal);
            else if (STATUS_RANK.get(now) < STATUS_RANK.get(was)) improves.add(goal);
        }
        if (unblocks.isEmpty() && improves.isEmpty()) return;
        steps.add(new Report.PlanStep(c.id(), fix, alternative, unblocks, improves, rank(result.vehicles(), fix)));
    }

    private static String status(Report r, String goal) {
        return r.goals().stream().filter(g -> g.goal().equals(goal)).findFirst().map(Report.GoalResult::status).orElse("clear");
    }

    /** The vehicles that deliver {@code fix}, open or possibly open and not ineffective, best first. */
    static List<String> rank(List<VehicleAssessment> vehicles, String fix) {
        List<String> remedies = switch (fix) {
            case "reduce_sentence" -> List.of("reduce_sentence", "vacate_sentence", "vacate_conviction");
            case "reduce_to_misdemeanor" -> List.of("reduce_to_misdemeanor");
            default -> List.of("vacate_conviction");   // vacate, and re-plead after the vacatur
        };
        return vehicles.stream()
                .filter(v -> remedies.contains(v.remedy()))
                .filter(v -> !v.availability().equals("not_available") && !v.immigrationEffect().equals("not_effective"))
                .filter(v -> !v.explanation().rule().startsWith("vehicle."))   // not yet evaluated: nothing to rank on
                .sorted(Comparator.comparingInt((VehicleAssessment v) -> v.availability().equals("available") ? 0 : 1)
                        .thenComparingInt(v -> v.immigrationEffect().equals("effective") ? 0 : 1)
                        .thenComparingInt(v -> v.missingFacts().size()))
                .map(VehicleAssessment::vehicle)
                .toList();
    }
}
