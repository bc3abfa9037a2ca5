package org.pcrnavigator.engine.grounds;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.offense.Category;

/**
 * Decides the two CIMT deportability grounds. INA 237(a)(2)(A)(i): one CIMT committed within five years
 * after admission for which a sentence of a year or more may be imposed. INA 237(a)(2)(A)(ii): two or more
 * CIMTs convicted after admission, not arising out of a single scheme of criminal misconduct, whatever
 * the sentence. The five years run to the date the offense was committed (Matter of Alyazji). As
 * deportability grounds, they read each CIMT as the government must prove it.
 */
public final class CimtDeportability {
    private CimtDeportability() {}

    public static Ground oneWithinFiveYears(GroundContext ctx) {
        String ground = "ina_237_a_2_A_i";
        Finding.Builder f = ctx.say().finding("ground." + ground).cite("us.ina.237_a_2", "bia.alyazji_2011");
        Result admitted = Admission.admitted(ctx.caseFile());
        if (admitted == Result.NO) {
            return new Ground(ground, Result.NO, List.of(), f.conclude(Result.NO, ctx.say().say("ground.not_admitted", "label", ctx.say().say("label.cimt"))));
        }
        var window = ctx.kb().parameter("us.cimt_deportability_window_years").at(ctx.caseFile().asOf());
        f.cite(window.authorities());
        long years = window.asLong();
        PartialDate admission = Admission.date(ctx.caseFile());
        List<Finding> per = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ConvictionAnalysis a : ctx.convictions()) {
            Finding.Builder p = ctx.say().finding("ground." + ground + "." + a.conviction().id()).cite("us.ina.237_a_2")
                    .because(a.categoryForGovernment(Category.CIMT)).because(a.potential().finding());
            Result cimt = a.countsForGovernment(Category.CIMT);
            Result inWindow = cimt == Result.NO ? Result.NO : Admission.within(a.conviction().offenseDate(), admission, years);
            if (inWindow == Result.UNKNOWN) {
                if (admission == null) p.missing(Admission.dateFact(ctx.caseFile()));
                else p.missing(a.conviction().factPath("offenseDate"));
            }
            if (admitted == Result.UNKNOWN) p.missing("immigration.enteredWithoutInspection");
            Result r = cimt.and(inWindow).and(a.potential().oneYearOrMore()).and(admitted);
            per.add(p.fact("committedWithinYears", inWindow.id()).fact("years", years)
                    .conclude(r, ctx.say().say("ground.cimt_within_window", "conviction", a.conviction().id(), "years", years,
                            "cimt", cimt.id(), "window", inWindow.id(), "potential", a.potential().oneYearOrMore().id())));
            ids.add(a.conviction().id());
        }
        return Combine.anyConviction(ground, per, ids, f, ctx.say().say("ground.triggered", "label", ctx.say().say("label.cimt_within_five_years")),
                ctx.say().say("ground.not_triggered", "label", ctx.say().say("label.cimt_within_five_years")),
                ctx.say().say("ground.open", "label", ctx.say().say("label.cimt_within_five_years")), ctx.say().say("ground.unknown", "label", ctx.say().say("label.cimt_within_five_years")));
    }

    public static Ground twoNotOneScheme(GroundContext ctx) {
        String ground = "ina_237_a_2_A_ii";
        Finding.Builder f = ctx.say().finding("ground." + ground).cite("us.ina.237_a_2");
        Result admitted = Admission.admitted(ctx.caseFile());
        if (admitted == Result.NO) {
            return new Ground(ground, Result.NO, List.of(), f.conclude(Result.NO, ctx.say().say("ground.not_admitted", "label", ctx.say().say("label.two_cimts"))));
        }
        PartialDate admission = Admission.date(ctx.caseFile());
        List<ConvictionAnalysis> sure = new ArrayList<>();
        List<ConvictionAnalysis> possible = new ArrayList<>();
        for (ConvictionAnalysis a : ctx.convictions()) {
            Result r = a.countsForGovernment(Category.CIMT).and(Admission.convictedAfter(a.conviction(), admission));
            f.because(a.categoryForGovernment(Category.CIMT));
            if (r == Result.YES) sure.add(a);
            if (r != Result.NO) possible.add(a);
            if (r == Result.UNKNOWN && admission == null) f.missing(Admission.dateFact(ctx.caseFile()));
        }
        List<String> ids = possible.stream().map(a -> a.conviction().id()).toList();
        if (possible.size() < 2) {
            return new Ground(ground, Result.NO, List.of(), f.conclude(Result.NO, ctx.say().say("ground.fewer_than_two_cimts")));
        }
        // Separate offense dates show separate schemes; the same date, or a date unknown, leaves it open.
        boolean distinctDates = true;
        for (int i = 0; i < possible.size() && distinctDates; i++) {
            for (int j = i + 1; j < possible.size(); j++) {
                PartialDate a = possible.get(i).conviction().offenseDate();
                PartialDate b = possible.get(j).conviction().offenseDate();
                if (a == null || b == null || !(a.certainlyBefore(b) || b.certainlyBefore(a))) distinctDates = false;
            }
        }
        Result r;
        String key;
        if (sure.size() >= 2 && distinctDates) {
            r = Result.YES;
            key = "ground.two_cimts";
        } else if (!distinctDates) {
            r = Result.UNSETTLED;
            key = "ground.two_cimts_scheme_open";
        } else {
            r = possible.stream().anyMatch(a -> a.countsForGovernment(Category.CIMT) == Result.UNKNOWN) ? Result.UNKNOWN : Result.UNSETTLED;
            key = "ground.two_cimts_open";
        }
        if (admitted == Result.UNKNOWN) {
            f.missing("immigration.enteredWithoutInspection");
            r = r.and(Result.UNKNOWN);
        }
        return new Ground(ground, r, ids, f.conclude(r, ctx.say().say(key, "count", possible.size())));
    }
}
