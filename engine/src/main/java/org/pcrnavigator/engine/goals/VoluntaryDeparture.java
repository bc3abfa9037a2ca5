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
 * Decides the criminal bars to voluntary departure (INA 240B). Both forms are closed to anyone convicted of
 * an aggravated felony (240B(a)(1), (b)(1)(C); 8 CFR 1240.26(b)(1)(i)(E), (c)(1)(iii) reach a conviction
 * "described in" 101(a)(43), admitted or not). The post-hearing form also needs five years of good moral
 * character before the application (the evaluation date): a CIMT (outside the petty-offense exception), a
 * controlled-substance offense (a single small marijuana possession excepted), multiple convictions, reason
 * to believe trafficking or prostitution in the period (101(f)(3)), or 180 days' confinement (101(f)(7)),
 * bars that form. The pre-hearing form remains, so such a bar puts the goal at risk rather than barring it.
 */
public final class VoluntaryDeparture {
    private VoluntaryDeparture() {}

    public static Report.GoalResult decide(GoalInputs in) {
        var periodParam = in.kb().parameter("us.voluntary_departure.good_moral_character_years").at(in.caseFile().asOf());
        var confinementParam = in.kb().parameter("us.good_moral_character.confinement_days").at(in.caseFile().asOf());
        long years = periodParam.asLong();
        LocalDate periodStart = in.caseFile().asOf().minusYears(years);
        Finding.Builder f = in.say().finding("goal.voluntary_departure").cite("us.ina.240b", "us.cfr.8.1240_26", "us.ina.101_f",
                "guide.tooby.voluntary_departure").cite(periodParam.authorities()).fact("periodFrom", periodStart);
        List<String> blockers = new ArrayList<>();

        // 1. An aggravated felony closes both forms.
        Result af = Result.NO;
        for (ConvictionAnalysis a : in.convictions()) {
            Result r = a.counts(Category.AGGRAVATED_FELONY);
            if (r != Result.NO) f.because(a.category(Category.AGGRAVATED_FELONY));
            if (r.isRisk()) HumanitarianRules.addBlocker(blockers, a);
            af = af.or(r);
        }

        // 2. Good moral character for the post-hearing form.
        Result post = Result.NO;
        for (Ground g : in.grounds()) {
            if (g.deportability() || g.result() == Result.NO) continue;
            Result in_ = g.result().and(HumanitarianRules.groundInPeriod(g, in.convictions(), periodStart, f, blockers));
            if (in_ == Result.NO) continue;
            f.because(g.explanation());
            boolean smallMarijuana = g.id().equals(HumanitarianRules.DRUG)
                    && HumanitarianRules.singleMarijuanaPossession(in.kb(), in.convictions(), g);
            post = post.or(smallMarijuana && in_ == Result.YES ? Result.UNSETTLED : in_);
        }
        post = post.or(HumanitarianRules.confinementInPeriod(in.convictions(), periodStart, confinementParam.asLong(), f, blockers));

        Result all = af.or(post == Result.YES ? Result.UNSETTLED : post);
        if (all == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        String status = GoalStatus.of(all);
        String key = af == Result.YES ? "goal.voluntary_departure.aggravated_felony"
                : post == Result.YES ? "goal.voluntary_departure.post_hearing_barred"
                : "goal.voluntary_departure." + status;
        return new Report.GoalResult("voluntary_departure", status, blockers, f.conclude(all, in.say().say(key,
                "years", years, "from", periodStart, "days", confinementParam.asLong())));
    }
}
