package org.pcrnavigator.engine.goals;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Category;

/**
 * Decides the criminal bars to cancellation of removal. Non-LPR cancellation (INA 240A(b)(1)(C)): any
 * conviction of an offense described in 212(a)(2), 237(a)(2) or 237(a)(3), whether or not the person was
 * admitted (Matter of Cortez Canales): an aggravated felony, any controlled-substance offense (the 30-gram
 * exception does not help here), a firearms or domestic-violence offense, and a CIMT unless it is a single
 * one that both has a potential sentence under a year and fits the petty-offense exception (Matter of
 * Pedroza). LPR cancellation (INA 240A(a)): any aggravated felony, and the seven-year residence clock
 * with its stop-time rule ({@link SevenYearClock}). The non-LPR presence clock, good moral character and
 * hardship are stated as still to be shown, not decided here.
 */
public final class Cancellation {
    private Cancellation() {}

    public static Report.GoalResult nonLpr(CaseFile cf, List<ConvictionAnalysis> convictions, List<Ground> grounds, Explainer say) {
        Finding.Builder f = say.finding("goal.non_lpr_cancellation").cite("us.ina.240a", "bia.cortez_canales_2010", "bia.pedroza_2010");
        List<String> blockers = new ArrayList<>();
        Result barred = Result.NO;
        List<ConvictionAnalysis> cimts = new ArrayList<>();
        for (ConvictionAnalysis a : convictions) {
            Result r = Result.NO;
            for (Category c : List.of(Category.AGGRAVATED_FELONY, Category.CONTROLLED_SUBSTANCE, Category.FIREARMS,
                    Category.DOMESTIC_VIOLENCE, Category.STALKING, Category.CHILD_ABUSE, Category.PROTECTION_ORDER_VIOLATION,
                    Category.PROSTITUTION)) {
                Result x = a.counts(c);
                if (x != Result.NO) f.because(a.category(c));
                r = r.or(x);
            }
            Result cimt = a.counts(Category.CIMT);
            if (cimt != Result.NO) cimts.add(a);
            // A CIMT with a potential sentence of a year or more is an offense described in 237(a)(2)(A)(i).
            Result cimtWithYear = cimt.and(a.potential().oneYearOrMore());
            if (cimtWithYear != Result.NO) f.because(a.category(Category.CIMT)).because(a.potential().finding());
            r = r.or(cimtWithYear);
            if (r.isRisk()) blockers.add(a.conviction().id());
            barred = barred.or(r);
        }
        // Two or more CIMTs fall outside the petty-offense exception; so does one with more than six months imposed.
        if (cimts.size() >= 2) {
            Result two = cimts.get(0).counts(Category.CIMT).and(cimts.get(1).counts(Category.CIMT));
            barred = barred.or(two);
            for (ConvictionAnalysis a : cimts) if (two.isRisk() && !blockers.contains(a.conviction().id())) blockers.add(a.conviction().id());
        }
        for (Ground g : grounds) {
            if (g.id().equals("ina_212_a_2_A_i_I") || g.id().equals("ina_212_a_2_B")) {
                if (g.result() != Result.NO) f.because(g.explanation());
                barred = barred.or(g.result());
                if (g.result().isRisk()) for (String c : g.convictions()) if (!blockers.contains(c)) blockers.add(c);
            }
        }
        return goal("non_lpr_cancellation", f, barred, blockers, say);
    }

    public static Report.GoalResult lpr(CaseFile cf, List<ConvictionAnalysis> convictions, List<Ground> grounds, KnowledgeBase kb,
                                        Explainer say) {
        Finding.Builder f = say.finding("goal.lpr_cancellation").cite("us.ina.240a");
        List<String> blockers = new ArrayList<>();
        if (cf.immigration().status() != null && !cf.immigration().status().equals("lpr")) {
            return new Report.GoalResult("lpr_cancellation", "barred", blockers,
                    f.conclude(Result.YES, say.say("goal.lpr_cancellation.not_lpr")));
        }
        Result barred = Result.NO;
        for (ConvictionAnalysis a : convictions) {
            Result af = a.counts(Category.AGGRAVATED_FELONY);
            if (af != Result.NO) f.because(a.category(Category.AGGRAVATED_FELONY));
            if (af.isRisk()) blockers.add(a.conviction().id());
            barred = barred.or(af);
        }
        if (barred == Result.YES) return goal("lpr_cancellation", f, barred, blockers, say);
        SevenYearClock.Clock decided = SevenYearClock.decide(cf, convictions, grounds, kb, say);
        Finding clock = decided.finding();
        f.because(clock);
        if (clock.result().isRisk()) {
            for (String id : decided.stoppedBy()) if (!blockers.contains(id)) blockers.add(id);
        }
        Result all = barred.or(clock.result());
        if (all == barred) return goal("lpr_cancellation", f, all, blockers, say);
        // The clock decides: its sentence says why.
        if (all == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        return new Report.GoalResult("lpr_cancellation", GoalStatus.of(all), blockers, f.conclude(all, clock.text()));
    }

    private static Report.GoalResult goal(String goal, Finding.Builder f, Result barred, List<String> blockers, Explainer say) {
        String status = GoalStatus.of(barred);
        if (barred == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        return new Report.GoalResult(goal, status, blockers, f.conclude(barred, say.say("goal." + goal + "." + status)));
    }
}
