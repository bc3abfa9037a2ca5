package org.pcrnavigator.engine.vehicles.pc1016_5;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether a motion to vacate under PC 1016.5 (the court did not give the statutory immigration
 * advisement before a guilty or no-contest plea) is open: a plea, on or after 1978-01-01, to an offense
 * that is not an infraction, without the full advisement in the record. No custody rule applies. Its
 * vacatur rests on a procedural defect (Matter of Adamiak) when the order rests on 1016.5 expressly.
 */
public final class Pc1016_5Vacatur {
    public static final String VEHICLE = "pc1016_5";
    public static final String RULE = "ca.pc.1016_5";

    private Pc1016_5Vacatur() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1016_5").fact("plea", c.plea()).fact("pleaDate", c.pleaDate())
                .fact("advisementGiven", c.advisementGiven()).because(ctx.isConviction());
        List<String> missing = new ArrayList<>();
        if (ctx.isConviction().result() == Result.NO) {
            return result(f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction")), "not_available", missing);
        }
        if ("trial".equals(c.plea())) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1016_5.trial")), "not_available", missing);
        }
        if ("infraction".equals(c.level())) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1016_5.infraction")), "not_available", missing);
        }
        LocalDate first = ctx.dateParameter("ca.pc1016_5.first_plea_date");
        Result afterFirst;
        if (c.pleaDate() == null) {
            f.missing(c.factPath("pleaDate"));
            afterFirst = Result.UNKNOWN;
        } else {
            Result before = c.pleaDate().isBefore(first);
            if (before == Result.YES) {
                return result(f.conclude(Result.NO, ctx.say().say("pc1016_5.before_1978", "date", first)), "not_available", missing);
            }
            afterFirst = before == Result.NO ? Result.YES : Result.UNKNOWN;
            if (afterFirst == Result.UNKNOWN) f.missing(c.factPath("pleaDate"));
        }
        if ("yes".equals(c.advisementGiven())) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1016_5.advised")), "not_available", missing);
        }
        Result advisementMissing;
        String key;
        if (c.advisementGiven() == null) {
            f.missing(c.factPath("advisementGiven"));
            advisementMissing = Result.UNKNOWN;
            key = "pc1016_5.advisement_unknown";
        } else if (c.advisementGiven().equals("partial")) {
            f.cite("cal.zamudio_2000");
            advisementMissing = Result.YES;
            key = "pc1016_5.partial";
        } else {
            f.cite("calapp.quesada_1991", "cal.arriaga_2014");
            advisementMissing = Result.YES;
            key = "pc1016_5.not_advised";
        }
        if (c.plea() == null) f.missing(c.factPath("plea"));
        Result open = afterFirst.and(advisementMissing).and(c.plea() == null ? Result.UNKNOWN : Result.YES);
        f.cite("bia.adamiak_2006", "cal.zamudio_2000");
        if (c.immigrationConcernAtPlea() == org.pcrnavigator.engine.casefile.Tri.UNKNOWN) missing.add(c.factPath("immigrationConcernAtPlea"));
        Finding finding = f.conclude(open, ctx.say().say(open == Result.UNKNOWN && !key.equals("pc1016_5.advisement_unknown")
                ? "pc1016_5.facts_unknown" : key));
        missing.addAll(0, finding.missingFacts());
        return result(finding, open == Result.YES ? "available" : "unknown", missing);
    }

    private static VehicleAssessment result(Finding f, String availability, List<String> missing) {
        return new VehicleAssessment(VEHICLE, availability, "effective", "vacate_conviction", f, missing);
    }
}
