package org.pcrnavigator.engine.goals;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.offense.Category;

/**
 * Decides the criminal bar to asylum (INA 208(b)(2)(A)(ii)): conviction by final judgment of a particularly
 * serious crime. Every aggravated felony is one (INA 208(b)(2)(B)(i)), so an aggravated felony bars asylum
 * and one that may be an aggravated felony puts it at risk (the applicant's burden: Pereida v. Wilkinson).
 * Any other conviction may be found particularly serious case by case (Matter of N-A-M-; Delgado v. Holder),
 * so it puts asylum at risk; nothing in the conviction record can rule that out. The one-year filing
 * deadline, the other bars and discretion are outside this criminal analysis, and the explanation says so.
 */
public final class Asylum {
    private Asylum() {}

    public static Report.GoalResult decide(GoalInputs in) {
        Explainer say = in.say();
        Finding.Builder f = in.say().finding("goal.asylum").cite("us.ina.208", "bia.n_a_m_2007");
        List<String> blockers = new ArrayList<>();
        List<String> perSe = new ArrayList<>();
        Result barred = Result.NO;
        for (ConvictionAnalysis a : in.convictions()) {
            if (a.isConviction().result() == Result.NO) continue;
            String rule = "goal.asylum.psc." + a.conviction().id();
            Result af = ParticularlySeriousCrime.aggravatedFelony(a);
            Result caseByCase = ParticularlySeriousCrime.caseByCase(a);
            Result r = af.or(caseByCase);
            Finding why;
            if (a.isConviction().result() == Result.UNKNOWN) {
                why = ParticularlySeriousCrime.notKnownToCount(rule, a, say);
            } else if (af == Result.YES) {
                why = in.say().finding(rule).because(a.category(Category.AGGRAVATED_FELONY)).cite("us.ina.208", "us.ina.101_a_43")
                        .conclude(Result.YES, say.say("goal.asylum.psc.aggravated_felony", "conviction", ParticularlySeriousCrime.label(a)));
                perSe.add(a.conviction().id());
            } else if (af == Result.UNSETTLED) {
                why = in.say().finding(rule).because(a.category(Category.AGGRAVATED_FELONY))
                        .cite("us.ina.208", "us.ina.101_a_43", "scotus.pereida_v_wilkinson_2021")
                        .conclude(Result.UNSETTLED, say.say("goal.asylum.psc.maybe_aggravated_felony", "conviction", ParticularlySeriousCrime.label(a)));
            } else {
                Finding.Builder b = in.say().finding(rule).cite("bia.n_a_m_2007", "bia.m_h_2012", "ca9.delgado_v_holder_2011");
                if (af == Result.UNKNOWN) b.because(a.category(Category.AGGRAVATED_FELONY));
                why = b.conclude(r, say.say(af == Result.UNKNOWN ? "goal.asylum.psc.case_by_case_af_unknown" : "goal.asylum.psc.case_by_case",
                        "conviction", ParticularlySeriousCrime.label(a)));
            }
            f.because(why);
            if (r.isRisk()) blockers.add(a.conviction().id());
            barred = barred.or(r);
        }
        String status = GoalStatus.of(barred);
        if (barred == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021", "us.cfr.8.1240_8");
        if (barred == Result.YES) f.cite("us.ina.101_a_43");
        String text = say.say("goal.asylum." + status,
                "convictions", ParticularlySeriousCrime.join(barred == Result.YES ? perSe : blockers));
        return new Report.GoalResult("asylum", status, blockers, f.fact("convictions", in.convictions().size()).conclude(barred, text));
    }
}
