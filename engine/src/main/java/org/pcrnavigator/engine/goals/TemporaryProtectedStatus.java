package org.pcrnavigator.engine.goals;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.grounds.ControlledSubstanceGrounds;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Category;

/**
 * Decides the criminal bars to Temporary Protected Status (INA 244(c)(2); 8 CFR 244.1, 244.4): any felony
 * or two or more misdemeanors committed in the United States, in the federal sense of 8 CFR 244.1 (felony:
 * punishable by more than a year, unless the state calls it a misdemeanor and the sentence imposed is a year
 * or less; misdemeanor: punishable by more than five days and up to a year; five days or less is neither);
 * the asylum bars of INA 208(b)(2)(A), of which every aggravated felony is one; and the inadmissibility
 * grounds TPS cannot waive (INA 244(c)(2)(A)(iii)): a CIMT, a controlled-substance offense (whether a single
 * possession of 30 grams or less of marijuana may be waived is unsettled), multiple convictions and reason
 * to believe trafficking. Prostitution can be waived, so it puts the goal at risk. Whether the person's
 * country is designated is policy and is not decided here.
 */
public final class TemporaryProtectedStatus {
    private TemporaryProtectedStatus() {}

    /**
     * What one conviction is in the federal sense DACA and TPS share: whether it is a felony and whether
     * it is a misdemeanor (each only where it is a conviction), with the finding that says why.
     */
    record FederalLevel(Result felony, Result misdemeanor, Finding finding) {}

    public static Report.GoalResult decide(GoalInputs in) {
        KnowledgeBase kb = in.kb();
        Explainer say = in.say();
        var asOf = in.caseFile().asOf();
        long count = kb.parameter("us.tps.misdemeanors_count").at(asOf).asLong();
        Finding.Builder f = in.say().finding("goal.tps").cite("us.ina.244", "us.cfr.8.244_1", "us.cfr.8.244_4")
                .cite(kb.parameter("us.tps.misdemeanors_count").at(asOf).authorities()).fact("misdemeanorsThatBar", count);
        List<String> blockers = new ArrayList<>();
        Result felony = Result.NO;
        List<Result> misdemeanors = new ArrayList<>();
        List<String> misdemeanorIds = new ArrayList<>();
        Result asylumBar = Result.NO;
        for (ConvictionAnalysis a : in.convictions()) {
            FederalLevel level = federalLevel(a, kb, say, asOf);
            f.because(level.finding());
            felony = felony.or(level.felony());
            if (level.felony().isRisk()) add(blockers, a.conviction().id());
            if (level.misdemeanor() != Result.NO) {
                misdemeanors.add(level.misdemeanor());
                misdemeanorIds.add(a.conviction().id());
            }
            // Every aggravated felony is a particularly serious crime for asylum, so an asylum bar (INA 208(b)(2)(B)(i)).
            Result af = a.counts(Category.AGGRAVATED_FELONY);
            if (af != Result.NO) {
                f.because(a.category(Category.AGGRAVATED_FELONY)).cite("us.ina.208");
                if (af.isRisk()) add(blockers, a.conviction().id());
            }
            asylumBar = asylumBar.or(af);
        }
        Result twoMisdemeanors = atLeast(misdemeanors, (int) count);
        if (twoMisdemeanors.isRisk()) for (String id : misdemeanorIds) add(blockers, id);

        // Inadmissibility grounds that TPS cannot waive, and the one it can.
        Result unwaivable = Result.NO;
        Result waivable = Result.NO;
        for (Ground g : in.grounds()) {
            if (g.deportability()) continue;
            Result r = g.result();
            switch (g.id()) {
                case "ina_212_a_2_A_i_II" -> {
                    if (r == Result.YES && singleMarijuanaPossession(in, g)) r = Result.UNSETTLED;
                }
                case "ina_212_a_2_A_i_I", "ina_212_a_2_B", "ina_212_a_2_C" -> { }
                default -> r = r == Result.YES ? Result.UNSETTLED : r;   // waivable: at risk until the waiver is granted
            }
            if (r != Result.NO) f.because(g.explanation()).cite("us.ina.212_a_2");
            if (r.isRisk()) for (String c : g.convictions()) add(blockers, c);
            if (g.id().equals("ina_212_a_2_D")) waivable = waivable.or(r);
            else unwaivable = unwaivable.or(r);
        }
        Result all = felony.or(twoMisdemeanors).or(asylumBar).or(unwaivable).or(waivable);
        String status = GoalStatus.of(all);
        if (all == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        String key = felony == Result.YES ? "goal.tps.felony"
                : twoMisdemeanors == Result.YES ? "goal.tps.misdemeanors"
                : asylumBar == Result.YES ? "goal.tps.asylum_bar"
                : unwaivable == Result.YES ? "goal.tps.inadmissible"
                : "goal.tps." + status;
        return new Report.GoalResult("tps", status, blockers, f.conclude(all, say.say(key, "count", count)));
    }

    /**
     * The federal level of one conviction: a felony where punishable by more than a year (a state
     * misdemeanor with a year or less imposed stays a misdemeanor, 8 CFR 244.1); a misdemeanor where
     * punishable by more than five days and up to a year; neither at five days or less. A 17(b) reduction or
     * Prop 47 redesignation leaves the level unsettled.
     */
    static FederalLevel federalLevel(ConvictionAnalysis a, KnowledgeBase kb, Explainer say, java.time.LocalDate asOf) {
        Conviction c = a.conviction();
        var yearParam = kb.parameter("us.daca_tps.felony_over_days").at(asOf);
        var fiveParam = kb.parameter("us.daca_tps.misdemeanor_min_punishable_days").at(asOf);
        long year = yearParam.asLong();
        long five = fiveParam.asLong();
        String id = c.id();
        Finding.Builder f = say.finding("goal.daca_tps.level." + id).cite(yearParam.authorities()).cite(fiveParam.authorities())
                .fact("conviction", id).fact("level", c.level()).because(a.isConviction());
        Result isConviction = a.isConviction().result();
        if (isConviction == Result.NO) {
            return new FederalLevel(Result.NO, Result.NO, f.conclude(Result.NO, say.say("goal.daca_tps.not_conviction", "conviction", id)));
        }
        f.because(a.potential().finding());
        Result felony;
        Result misdemeanor;
        String key;
        boolean reduced = c.priorRelief().stream().anyMatch(r -> r.type().equals("pc17b") || r.type().equals("pc1170_18"));
        Long imposed = a.term().days();
        String level = c.level();
        if (level == null && a.potential().finding().missingFacts().contains(c.factPath("level"))) level = "unknown";
        if (level == null) {
            // The catalog alone decides: an offense with no misdemeanor form is a felony.
            level = a.potential().oneYearOrMore() == Result.YES && a.potential().misdemeanorMaxDays() == null ? "felony" : "misdemeanor";
        }
        if (reduced) {
            felony = Result.UNSETTLED;
            misdemeanor = Result.UNSETTLED;
            key = "goal.daca_tps.reduced";
            f.cite("ca.pc.17", "ag.thomas_thompson_2019");
        } else if (level.equals("unknown")) {
            f.missing(c.factPath("level"));
            felony = Result.UNKNOWN;
            misdemeanor = Result.UNKNOWN;
            key = "goal.daca_tps.level_unknown";
        } else if (level.equals("felony")) {
            felony = Result.YES;
            misdemeanor = Result.NO;
            key = "goal.daca_tps.felony";
        } else if (level.equals("infraction")) {
            felony = Result.NO;
            misdemeanor = Result.NO;
            key = "goal.daca_tps.neither";
        } else if (imposed != null && imposed > year) {
            // A misdemeanor count with more than a year imposed was punishable by more than a year, and the
            // state-misdemeanor exception reaches only sentences of a year or less.
            felony = Result.YES;
            misdemeanor = Result.NO;
            key = "goal.daca_tps.misdemeanor_over_year";
            f.because(a.term().finding()).fact("imposedDays", imposed);
        } else {
            felony = Result.NO;
            Long max = a.potential().misdemeanorMaxDays();
            Result potential = a.potential().oneYearOrMore();
            if (max != null) {
                misdemeanor = Result.of(max > five);
                key = max > five ? "goal.daca_tps.misdemeanor" : "goal.daca_tps.neither";
                f.fact("maxDays", max);
            } else if (potential == Result.NO) {
                misdemeanor = Result.YES;   // the six-month class of PC 19
                key = "goal.daca_tps.misdemeanor";
            } else if (potential == Result.UNKNOWN) {
                f.cite(a.potential().finding().authorities());
                for (String m : a.potential().finding().missingFacts()) f.missing(m);
                misdemeanor = Result.UNKNOWN;
                key = "goal.daca_tps.max_unknown";
            } else {
                misdemeanor = Result.UNSETTLED;
                key = "goal.daca_tps.max_unsettled";
            }
        }
        felony = isConviction.and(felony);
        misdemeanor = isConviction.and(misdemeanor);
        Result shown = felony.or(misdemeanor);
        return new FederalLevel(felony, misdemeanor, f.fact("felony", felony.id()).fact("misdemeanor", misdemeanor.id())
                .conclude(shown, say.say(key, "conviction", id, "days", five, "year", year)));
    }

    /** Three-valued "at least {@code n} of these are true". */
    static Result atLeast(List<Result> rs, int n) {
        long yes = rs.stream().filter(r -> r == Result.YES).count();
        long unsettled = rs.stream().filter(r -> r == Result.UNSETTLED).count();
        long unknown = rs.stream().filter(r -> r == Result.UNKNOWN).count();
        if (yes >= n) return Result.YES;
        if (yes + unsettled + unknown < n) return Result.NO;
        // As Result.and ranks them: an unknown among the needed ones makes the whole unknown.
        if (yes + unsettled >= n) return Result.UNSETTLED;
        return Result.UNKNOWN;
    }

    private static boolean singleMarijuanaPossession(GoalInputs in, Ground drugGround) {
        if (drugGround.convictions().size() != 1) return false;
        return in.convictions().stream().filter(a -> a.conviction().id().equals(drugGround.convictions().get(0)))
                .anyMatch(a -> ControlledSubstanceGrounds.mayBeSmallMarijuanaPossession(in.kb(), a));
    }

    static void add(List<String> list, String id) {
        if (!list.contains(id)) list.add(id);
    }
}
