package org.pcrnavigator.engine.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.parameter.Parameter;

/**
 * Decides the criminal bar to withholding of removal (INA 241(b)(3)(B)(ii)): conviction by final judgment
 * of a particularly serious crime. Per se: aggravated felonies whose terms of imprisonment (INA
 * 101(a)(48)(B), suspended time included) add up to the five-year aggregate of the knowledge base; that
 * bars withholding, and CAT withholding with it (8 CFR 1208.16(d)(2)). Below it, an aggravated felony is
 * judged case by case (Blandino-Medina v. Holder), a drug-trafficking one presumed particularly serious
 * where the plea came on or after Matter of Y-L- (not before, in the Ninth Circuit: Miguel-Miguel v.
 * Gonzales); any other conviction may be found particularly serious case by case (Matter of N-A-M-;
 * Delgado v. Holder). Each of those puts the goal at risk, never clear.
 */
public final class WithholdingOfRemoval {
    private WithholdingOfRemoval() {}

    public static Report.GoalResult decide(GoalInputs in) {
        Explainer say = in.say();
        LocalDate asOf = in.caseFile().asOf();
        Parameter.Value aggregate = in.kb().parameter("us.withholding.per_se_psc_aggregate_days").at(asOf);
        Parameter.Value presumption = in.kb().parameter("us.withholding.drug_trafficking_presumption_from").at(asOf);
        long threshold = aggregate.asLong();
        LocalDate presumedFrom = presumption.asDate();
        Finding.Builder f = in.say().finding("goal.withholding_of_removal").cite("us.ina.241_b_3", "bia.n_a_m_2007")
                .cite(aggregate.authorities()).fact("perSeThresholdDays", threshold);
        List<String> blockers = new ArrayList<>();

        // 1. The per se bar: the aggregate term over the aggravated-felony convictions.
        PerSe perSe = perSe(in.convictions(), threshold, aggregate, say);
        Result barred = perSe.finding().result();
        f.because(perSe.finding());
        List<String> perSeIds = new ArrayList<>();
        if (barred.isRisk()) {
            for (ConvictionAnalysis a : in.convictions()) {
                if (ParticularlySeriousCrime.aggravatedFelony(a).isRisk()) perSeIds.add(a.conviction().id());
            }
            blockers.addAll(perSeIds);
        }

        // 2. Case by case: every other conviction, aggravated felony or not.
        for (ConvictionAnalysis a : in.convictions()) {
            if (a.isConviction().result() == Result.NO) continue;
            String rule = "goal.withholding_of_removal.psc." + a.conviction().id();
            Result r = ParticularlySeriousCrime.caseByCase(a);
            Result af = ParticularlySeriousCrime.aggravatedFelony(a);
            Finding why;
            if (a.isConviction().result() == Result.UNKNOWN) {
                why = ParticularlySeriousCrime.notKnownToCount(rule, a, say);
            } else if (ParticularlySeriousCrime.mayBeDrugTrafficking(a)) {
                why = trafficking(rule, a, r, presumedFrom, presumption, say);
            } else if (af.isRisk()) {
                why = in.say().finding(rule).because(a.category(Category.AGGRAVATED_FELONY))
                        .cite("us.ina.241_b_3", "ca9.blandino_medina_v_holder_2013", "bia.n_a_m_2007")
                        .conclude(r, say.say("goal.withholding_of_removal.psc.aggravated_felony", "conviction", ParticularlySeriousCrime.label(a)));
            } else {
                Finding.Builder b = in.say().finding(rule).cite("bia.n_a_m_2007", "bia.m_h_2012", "ca9.delgado_v_holder_2011",
                        "ca9.blandino_medina_v_holder_2013");
                if (af == Result.UNKNOWN) b.because(a.category(Category.AGGRAVATED_FELONY));
                why = b.conclude(r, say.say("goal.withholding_of_removal.psc.case_by_case", "conviction", ParticularlySeriousCrime.label(a)));
            }
            f.because(why);
            if (r.isRisk() && !blockers.contains(a.conviction().id())) blockers.add(a.conviction().id());
            barred = barred.or(r);
        }

        String status = GoalStatus.of(barred);
        if (barred == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021", "us.cfr.8.1240_8");
        if (barred != Result.NO) f.cite("us.cfr.8.1208_16", "us.cfr.8.1208_17");
        String text = say.say("goal.withholding_of_removal." + status,
                "convictions", ParticularlySeriousCrime.join(barred == Result.YES ? perSeIds : blockers),
                "threshold", threshold, "days", perSe.aggregateDays());
        return new Report.GoalResult("withholding_of_removal", status, blockers, f.conclude(barred, text));
    }

    /**
     * Whether the terms on the aggravated-felony counts add up to the threshold: yes counting only certain
     * aggravated felonies; unsettled where it takes one that may be; unknown where a term, or whether a
     * conviction is an aggravated felony, is still missing and could reach it.
     */
    private static PerSe perSe(List<ConvictionAnalysis> convictions, long threshold, Parameter.Value aggregate, Explainer say) {
        Finding.Builder f = say.finding("goal.withholding_of_removal.per_se").cite("us.ina.241_b_3", "us.ina.101_a_48")
                .cite(aggregate.authorities()).fact("thresholdDays", threshold);
        long certain = 0;
        long possible = 0;
        long conceivable = 0;
        boolean termMissing = false;
        for (ConvictionAnalysis a : convictions) {
            Result af = ParticularlySeriousCrime.aggravatedFelony(a);
            if (af == Result.NO) continue;
            f.because(a.category(Category.AGGRAVATED_FELONY));
            Long days = a.term().days();
            if (days == null) {
                termMissing = true;
                f.because(a.term().finding()).missing(a.conviction().factPath("sentence.confinementDays"));
                continue;
            }
            if (af == Result.YES) certain += days;
            if (af.isRisk()) possible += days;
            conceivable += days;
        }
        Result r;
        String key;
        if (certain >= threshold) {
            r = Result.YES;
            key = "reached";
        } else if (possible >= threshold) {
            r = Result.UNSETTLED;
            key = "maybe";
            f.cite("scotus.pereida_v_wilkinson_2021");
        } else if (termMissing || conceivable >= threshold) {
            r = Result.UNKNOWN;
            key = "unknown";
        } else {
            r = Result.NO;
            key = "below";
        }
        long aggregateDays = r == Result.YES ? certain : possible;
        f.fact("aggregateDays", aggregateDays);
        return new PerSe(f.conclude(r, say.say("goal.withholding_of_removal.per_se." + key,
                "days", aggregateDays, "threshold", threshold)), aggregateDays);
    }

    /** The per se bar's finding and the aggregate term it counted, which the goal's sentence states. */
    private record PerSe(Finding finding, long aggregateDays) {}

    /** A drug-trafficking aggravated felony below the per se line: Matter of Y-L-, by the date of the plea. */
    private static Finding trafficking(String rule, ConvictionAnalysis a, Result r, LocalDate presumedFrom,
                                       Parameter.Value presumption, Explainer say) {
        Finding.Builder b = say.finding(rule).because(a.category(Category.AGGRAVATED_FELONY))
                .cite("us.ina.241_b_3").cite(presumption.authorities()).fact("presumptionFrom", presumedFrom);
        PartialDate plea = a.conviction().pleaDate();
        Result before = plea == null ? Result.UNKNOWN : plea.isBefore(presumedFrom);
        String key = switch (before) {
            case NO -> "presumed";
            case YES -> "before_presumption";
            default -> "presumption_date_unknown";
        };
        if (before == Result.UNKNOWN) b.missing(a.conviction().factPath("pleaDate"));
        return b.conclude(r, say.say("goal.withholding_of_removal.psc.trafficking_" + key,
                "conviction", ParticularlySeriousCrime.label(a), "date", presumedFrom));
    }
}
