package org.pcrnavigator.engine.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Category;

/**
 * Decides whether the convictions bar naturalization. Permanently: an aggravated felony convicted on or
 * after 1990-11-29 (INA 101(f)(8); 8 CFR 316.10(b)(1)(ii)). Practically: a deportable applicant who files is
 * referred for removal. During the statutory period (five years before filing, the evaluation date): a
 * CIMT or controlled-substance conviction (INA 101(f)(3)), two or more convictions with five years
 * aggregate, or 180 days confined as a result of conviction (INA 101(f)(7)). While probation, parole or a
 * suspended sentence runs, no application is approved (8 CFR 316.10(c)(1)). The statutory period moves:
 * a conviction that bars now may not bar later, and the explanation says when.
 */
public final class Naturalization {
    private Naturalization() {}

    public static Report.GoalResult decide(CaseFile cf, List<ConvictionAnalysis> convictions, List<Ground> grounds,
                                           KnowledgeBase kb, Explainer say) {
        Finding.Builder f = say.finding("goal.naturalization").cite("us.ina.316", "us.ina.101_f", "us.cfr.8.316_10");
        List<String> blockers = new ArrayList<>();
        if (cf.immigration().status() == null) {
            f.missing("immigration.status");
            return result(f, Result.UNKNOWN, "unknown", blockers, say.say("goal.naturalization.status_unknown"));
        }
        if (!cf.immigration().status().equals("lpr")) {
            return result(f, Result.YES, "barred", blockers, say.say("goal.naturalization.not_lpr"));
        }
        LocalDate permanentFrom = kb.parameter("us.naturalization.aggravated_felony_permanent_bar_from").at(cf.asOf()).asDate();
        long periodYears = kb.parameter("us.naturalization.statutory_period_years").at(cf.asOf()).asLong();
        long confinementDays = kb.parameter("us.good_moral_character.confinement_days").at(cf.asOf()).asLong();
        LocalDate periodStart = cf.asOf().minusYears(periodYears);
        f.cite(kb.parameter("us.naturalization.aggravated_felony_permanent_bar_from").at(cf.asOf()).authorities())
                .fact("statutoryPeriodFrom", periodStart).fact("permanentBarFrom", permanentFrom);

        // 1. The permanent bar.
        Result permanent = HumanitarianRules.permanentAggravatedFelonyBar(convictions, permanentFrom, f, blockers);
        if (permanent == Result.YES) {
            return result(f, Result.YES, "barred", blockers, say.say("goal.naturalization.aggravated_felony", "date", permanentFrom));
        }

        // 2. Deportability: filing invites removal proceedings.
        Result deportable = Result.NO;
        for (Ground g : grounds) {
            if (!g.deportability()) continue;
            deportable = deportable.or(g.result());
            if (g.result() != Result.NO) f.because(g.explanation());
            if (g.result().isRisk()) for (String c : g.convictions()) if (!blockers.contains(c)) blockers.add(c);
        }

        // 3. Good moral character in the statutory period.
        Result inPeriod = Result.NO;
        long confinedInPeriod = 0;
        boolean confinementUnknown = false;
        for (ConvictionAnalysis a : convictions) {
            Result during = HumanitarianRules.inPeriod(a, periodStart);
            if (during == Result.UNKNOWN) f.missing(a.conviction().factPath("pleaDate"));
            Result barClass = a.counts(Category.CIMT).or(a.counts(Category.CONTROLLED_SUBSTANCE));
            Result r = barClass.and(during);
            if (r != Result.NO) f.because(a.category(Category.CIMT)).because(a.category(Category.CONTROLLED_SUBSTANCE));
            if (r.isRisk() && !blockers.contains(a.conviction().id())) blockers.add(a.conviction().id());
            inPeriod = inPeriod.or(r);
            if (during != Result.NO && a.isConviction().result() != Result.NO) {
                Long days = a.term().days();
                boolean suspended = a.conviction().sentence().executionSuspended() == Tri.YES
                        || a.conviction().sentence().impositionSuspended() == Tri.YES;
                if (days == null) confinementUnknown = true;
                else if (!suspended) confinedInPeriod += days;
            }
        }
        Result confinement = confinedInPeriod >= confinementDays ? Result.UNSETTLED : confinementUnknown ? Result.UNKNOWN : Result.NO;

        // 4. Still serving: an application is not approved before probation, parole or a suspended sentence ends.
        Result serving = Result.NO;
        for (ConvictionAnalysis a : convictions) {
            if (a.isConviction().result() == Result.NO) continue;
            Tri custody = a.conviction().inCriminalCustody();
            if (custody == Tri.YES) {
                serving = Result.YES;
                if (!blockers.contains(a.conviction().id())) blockers.add(a.conviction().id());
            } else if (custody == Tri.UNKNOWN) {
                serving = serving.or(Result.UNKNOWN);
                f.missing(a.conviction().factPath("inCriminalCustody"));
            }
        }
        f.fact("orderedConfinementInPeriodDays", confinedInPeriod);

        Result all = permanent.or(deportable).or(inPeriod).or(confinement).or(serving);
        String status = GoalStatus.of(all);
        String key = deportable == Result.YES ? "goal.naturalization.deportable"
                : inPeriod == Result.YES ? "goal.naturalization.in_period"
                : serving == Result.YES ? "goal.naturalization.serving"
                : "goal.naturalization." + status;
        return result(f, all, status, blockers, say.say(key, "years", periodYears, "from", periodStart, "days", confinementDays));
    }

    private static Report.GoalResult result(Finding.Builder f, Result r, String status, List<String> blockers, String text) {
        return new Report.GoalResult("naturalization", status, blockers, f.conclude(r, text));
    }
}
