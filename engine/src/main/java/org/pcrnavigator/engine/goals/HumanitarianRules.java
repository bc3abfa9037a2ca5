package org.pcrnavigator.engine.goals;

import java.time.LocalDate;
import java.util.List;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.grounds.ControlledSubstanceGrounds;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;

/**
 * What the humanitarian goal rules share: reading a ground by id, the blockers a ground names, whether a
 * conviction or its offense falls on or after a date, whether the drug ground rests on one conviction that
 * may be a small marijuana possession, and the good-moral-character bars of INA 101(f)(3) and (7) for a
 * period that starts on a given day.
 */
final class HumanitarianRules {
    private HumanitarianRules() {}

    static final String CIMT = "ina_212_a_2_A_i_I";
    static final String DRUG = "ina_212_a_2_A_i_II";
    static final String MULTIPLE = "ina_212_a_2_B";
    static final String TRAFFICKING = "ina_212_a_2_C";
    static final String PROSTITUTION = "ina_212_a_2_D";

    /** The ground with this id, or null where the grounds do not hold it. */
    static Ground ground(List<Ground> grounds, String id) {
        for (Ground g : grounds) if (g.id().equals(id)) return g;
        return null;
    }

    /** The result of a ground by id; a ground that is missing is unknown, never clear. */
    static Result result(List<Ground> grounds, String id) {
        Ground g = ground(grounds, id);
        return g == null ? Result.UNKNOWN : g.result();
    }

    static void addBlockers(List<String> blockers, Ground g) {
        if (g != null && g.result().isRisk()) for (String c : g.convictions()) if (!blockers.contains(c)) blockers.add(c);
    }

    static void addBlocker(List<String> blockers, ConvictionAnalysis a) {
        if (!blockers.contains(a.conviction().id())) blockers.add(a.conviction().id());
    }

    /**
     * The permanent good-moral-character bar (INA 101(f)(8)): an aggravated felony convicted on or after
     * {@code from}. Records each conviction that may bar in {@code f} and {@code blockers}.
     */
    static Result permanentAggravatedFelonyBar(List<ConvictionAnalysis> convictions, LocalDate from, Finding.Builder f,
                                               List<String> blockers) {
        Result permanent = Result.NO;
        for (ConvictionAnalysis a : convictions) {
            Result af = a.counts(org.pcrnavigator.law.offense.Category.AGGRAVATED_FELONY);
            if (af == Result.NO) continue;
            Result on = convictedOnOrAfter(a, from);
            if (on == Result.UNKNOWN) f.missing(a.conviction().factPath("pleaDate"));
            Result r = af.and(on);
            if (r != Result.NO) f.because(a.category(org.pcrnavigator.law.offense.Category.AGGRAVATED_FELONY));
            if (r.isRisk()) addBlocker(blockers, a);
            permanent = permanent.or(r);
        }
        return permanent;
    }

    /** Whether the conviction came on or after {@code day}: unknown where the date is missing or too vague. */
    static Result convictedOnOrAfter(ConvictionAnalysis a, LocalDate day) {
        PartialDate d = a.conviction().judgmentDate() != null ? a.conviction().judgmentDate() : a.conviction().pleaDate();
        if (d == null) return Result.UNKNOWN;
        Result before = d.isBefore(day);
        return before == Result.UNKNOWN ? Result.UNKNOWN : before == Result.YES ? Result.NO : Result.YES;
    }

    /** Whether the conviction or the offense falls on or after {@code start} (in a period that began then). */
    static Result inPeriod(ConvictionAnalysis a, LocalDate start) {
        Result convicted = convictedOnOrAfter(a, start);
        PartialDate offense = a.conviction().offenseDate();
        Result committed = offense == null ? Result.UNKNOWN
                : offense.isBefore(start) == Result.YES ? Result.NO : offense.isBefore(start) == Result.NO ? Result.YES : Result.UNKNOWN;
        if (convicted == Result.YES || committed == Result.YES) return Result.YES;
        if (convicted == Result.NO && (committed == Result.NO || offense == null)) return Result.NO;
        return Result.UNKNOWN;
    }

    /** The conviction's analysis by id, or null. */
    static ConvictionAnalysis conviction(List<ConvictionAnalysis> convictions, String id) {
        for (ConvictionAnalysis a : convictions) if (a.conviction().id().equals(id)) return a;
        return null;
    }

    /** The drug ground rests on one conviction that may be a single possession of 30 grams or less of marijuana. */
    static boolean singleMarijuanaPossession(KnowledgeBase kb, List<ConvictionAnalysis> convictions, Ground drug) {
        if (drug == null || drug.convictions().size() != 1) return false;
        ConvictionAnalysis a = conviction(convictions, drug.convictions().get(0));
        return a != null && ControlledSubstanceGrounds.mayBeSmallMarijuanaPossession(kb, a);
    }

    /**
     * How the ground's convictions fall in a period that began on {@code start}: yes if any certainly does,
     * unknown if one may (its dates are missing, asked as the plea date), no otherwise. Only convictions that
     * the ground names count (so a CIMT within the petty-offense exception does not).
     */
    static Result groundInPeriod(Ground g, List<ConvictionAnalysis> convictions, LocalDate start, Finding.Builder f,
                                 List<String> blockers) {
        if (g == null) return Result.UNKNOWN;
        if (g.result() == Result.NO) return Result.NO;
        Result any = Result.NO;
        for (String id : g.convictions()) {
            ConvictionAnalysis a = conviction(convictions, id);
            if (a == null) continue;
            Result in = inPeriod(a, start);
            if (in == Result.UNKNOWN) f.missing(a.conviction().factPath("pleaDate"));
            if (in != Result.NO && g.result().isRisk()) addBlocker(blockers, a);
            any = any.or(in);
        }
        // The ground may rest on convictions it does not name (an unknown result): keep its doubt.
        if (g.convictions().isEmpty()) return g.result() == Result.UNKNOWN ? Result.UNKNOWN : Result.NO;
        return any;
    }

    /**
     * Confinement ordered and not suspended, as a result of convictions in the period, of {@code days} or more
     * (INA 101(f)(7)): unsettled where reached (whether time actually served differs is not known), unknown
     * where a term is missing, no otherwise.
     */
    static Result confinementInPeriod(List<ConvictionAnalysis> convictions, LocalDate start, long days, Finding.Builder f,
                                      List<String> blockers) {
        long total = 0;
        boolean unknown = false;
        List<ConvictionAnalysis> counted = new java.util.ArrayList<>();
        for (ConvictionAnalysis a : convictions) {
            if (a.isConviction().result() == Result.NO) continue;
            if (inPeriod(a, start) == Result.NO) continue;
            Long d = a.term().days();
            boolean suspended = a.conviction().sentence().executionSuspended() == Tri.YES
                    || a.conviction().sentence().impositionSuspended() == Tri.YES;
            if (d == null) {
                unknown = true;
                f.missing(a.conviction().factPath("sentence.confinementDays"));
            } else if (!suspended && d > 0) {
                total += d;
                counted.add(a);
            }
        }
        f.fact("orderedConfinementInPeriodDays", total);
        if (total >= days) {
            for (ConvictionAnalysis a : counted) addBlocker(blockers, a);
            return Result.UNSETTLED;
        }
        return unknown ? Result.UNKNOWN : Result.NO;
    }

    /**
     * A goal whose every criminal inadmissibility ground can be waived in discretion (U and T nonimmigrant
     * status): a triggered ground puts the goal at risk and names the waiver, an unsettled one is at risk,
     * an unknown one unknown; with none, the goal is clear of criminal bars (convictions still weigh in
     * discretion).
     */
    static Report.GoalResult waivableOnly(String goal, Finding.Builder f, GoalInputs in) {
        List<String> blockers = new java.util.ArrayList<>();
        Result any = Result.NO;
        for (Ground g : in.grounds()) {
            if (g.deportability()) continue;
            if (g.result() != Result.NO) f.because(g.explanation());
            addBlockers(blockers, g);
            any = any.or(g.result());
        }
        Result r = any == Result.YES ? Result.UNSETTLED : any;
        if (r == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        String status = GoalStatus.of(r);
        String key = "goal." + goal + "." + (any == Result.YES ? "waiver" : status);
        return new Report.GoalResult(goal, status, blockers, f.conclude(r, in.say().say(key)));
    }
}
