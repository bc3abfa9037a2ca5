package org.pcrnavigator.engine.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.offense.Category;

/**
 * Decides the criminal bars to a VAWA self-petition (INA 204(a)(1)(A)(iii), (B)(ii)): good moral character,
 * judged mainly over the three years before filing (the evaluation date). An aggravated felony convicted on
 * or after 1990-11-29 bars it for good (INA 101(f)(8)); where that conviction is also a CIMT, which 212(h)
 * can waive, 204(a)(1)(C) arguably excuses it if it was connected to the abuse, so it is at risk rather than
 * barred. In the period, a CIMT, multiple convictions or prostitution (101(f)(3)) and 180 days' confinement
 * (101(f)(7)) put it at risk (204(a)(1)(C) may excuse a waivable conviction connected to the abuse); a
 * controlled-substance conviction bars it, since no waiver reaches it (a single small marijuana possession is
 * excepted from 101(f)(3), so that one is at risk). The green card that follows requires admissibility (with
 * the VAWA 212(h) waiver), so any criminal inadmissibility ground puts the goal at risk.
 */
public final class VawaSelfPetition {
    private VawaSelfPetition() {}

    public static Report.GoalResult decide(GoalInputs in) {
        var afParam = in.kb().parameter("us.good_moral_character.aggravated_felony_bar_from").at(in.caseFile().asOf());
        var periodParam = in.kb().parameter("us.vawa.good_moral_character_period_years").at(in.caseFile().asOf());
        var confinementParam = in.kb().parameter("us.good_moral_character.confinement_days").at(in.caseFile().asOf());
        LocalDate afFrom = afParam.asDate();
        long years = periodParam.asLong();
        LocalDate periodStart = in.caseFile().asOf().minusYears(years);
        Finding.Builder f = in.say().finding("goal.vawa_self_petition")
                .cite("us.ina.204_a_1", "us.ina.101_f", "guide.uscis.vawa_gmc_memo_2005")
                .cite(afParam.authorities()).cite(periodParam.authorities())
                .fact("periodFrom", periodStart).fact("aggravatedFelonyBarFrom", afFrom);
        List<String> blockers = new ArrayList<>();

        // 1. The permanent bar, arguably excused for a waivable conviction connected to the abuse.
        Result permanent = Result.NO;
        for (ConvictionAnalysis a : in.convictions()) {
            Result af = a.counts(Category.AGGRAVATED_FELONY);
            if (af == Result.NO) continue;
            Result on = HumanitarianRules.convictedOnOrAfter(a, afFrom);
            if (on == Result.UNKNOWN) f.missing(a.conviction().factPath("pleaDate"));
            Result r = af.and(on);
            if (r != Result.NO) f.because(a.category(Category.AGGRAVATED_FELONY));
            if (r == Result.YES && a.counts(Category.CIMT) == Result.YES && a.counts(Category.CONTROLLED_SUBSTANCE) == Result.NO) {
                f.because(a.category(Category.CIMT)).cite("guide.tooby.vawa_self_petition_gmc", "us.ina.212_h");
                r = Result.UNSETTLED;
            }
            if (r.isRisk()) HumanitarianRules.addBlocker(blockers, a);
            permanent = permanent.or(r);
        }

        // 2. Good moral character in the period (INA 101(f)(3) and (7)).
        Result period = Result.NO;
        for (Ground g : in.grounds()) {
            if (g.deportability() || g.result() == Result.NO) continue;
            Result in_ = g.result().and(HumanitarianRules.groundInPeriod(g, in.convictions(), periodStart, f, blockers));
            if (in_ == Result.NO) continue;           // the ground's explanation joins the tree in step 3
            boolean drug = g.id().equals(HumanitarianRules.DRUG);
            if (drug && in_ == Result.YES && !HumanitarianRules.singleMarijuanaPossession(in.kb(), in.convictions(), g)) {
                period = period.or(Result.YES);            // no waiver, so 204(a)(1)(C) cannot excuse it
            } else {
                period = period.or(in_ == Result.YES ? Result.UNSETTLED : in_);
            }
        }
        period = period.or(HumanitarianRules.confinementInPeriod(in.convictions(), periodStart, confinementParam.asLong(), f, blockers));

        // 3. The later green card: admissibility, with the VAWA 212(h) waiver for what it reaches.
        Result adjustment = Result.NO;
        for (Ground g : in.grounds()) {
            if (g.deportability()) continue;
            if (g.result() != Result.NO) f.because(g.explanation());
            HumanitarianRules.addBlockers(blockers, g);
            adjustment = adjustment.or(g.result() == Result.YES ? Result.UNSETTLED : g.result());
        }

        Result all = permanent.or(period).or(adjustment);
        if (all == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021", "us.ina.212_h");
        String status = GoalStatus.of(all);
        String key = permanent == Result.YES ? "goal.vawa_self_petition.aggravated_felony"
                : period == Result.YES ? "goal.vawa_self_petition.drug_in_period"
                : all == Result.UNSETTLED && permanent == Result.NO && period == Result.NO ? "goal.vawa_self_petition.adjustment"
                : "goal.vawa_self_petition." + status;
        return new Report.GoalResult("vawa_self_petition", status, blockers, f.conclude(all, in.say().say(key,
                "years", years, "from", periodStart, "afFrom", afFrom, "days", confinementParam.asLong())));
    }
}
