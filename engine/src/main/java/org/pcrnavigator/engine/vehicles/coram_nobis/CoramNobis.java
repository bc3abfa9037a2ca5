package org.pcrnavigator.engine.vehicles.coram_nobis;

import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.NewEvidence;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides what the writ of error coram nobis (and a nonstatutory motion to vacate, treated alike) offers:
 * no custody rule, but it lies only for a fact unknown without the defendant's fault that would have
 * prevented the judgment, raised with diligence, and never for ineffective assistance, including wrong or
 * missing immigration advice (People v. Kim). The case file records no fact of that kind, and the claims it
 * does record (immigration advice, the advisement, new evidence) each have a statutory motion; so the writ
 * is reported not available, with where to go instead. A grant would rest on a factual defect (Pickering).
 */
public final class CoramNobis {
    public static final String VEHICLE = "coram_nobis";
    public static final String RULE = "ca.coram_nobis";

    private CoramNobis() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        NewEvidence ev = c.newEvidence();
        Finding.Builder f = ctx.say().finding(RULE).cite("cal.kim_2009", "bia.pickering_2003")
                .fact("counselAdvice", c.counselAdvice()).fact("newEvidence", ev == null ? null : ev.kind()).because(ctx.isConviction());
        if (ctx.isConviction().result() == Result.NO) {
            return result(f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction")));
        }
        if (c.judgmentPending()) {
            return result(f.cite("ca.pc.1018").conclude(Result.NO, ctx.say().say("coram_nobis.no_judgment")));
        }
        if (ev != null && ev.kind() != null && !"none".equals(ev.kind())) {
            String route = switch (ev.kind()) {
                case "innocence" -> "pc1473_7_a2";
                case "official_misconduct" -> "pc1473_6";
                default -> "pc1473_7_a3";
            };
            return result(f.cite("ca.pc.1473_7", "ca.pc.1473_6").fact("statutoryRoute", route)
                    .conclude(Result.NO, ctx.say().say("coram_nobis.statutory_route", "kind", ev.kind())));
        }
        return result(f.cite("ca.pc.1473_7", "ca.pc.1016_5", "ca.pc.1473").conclude(Result.NO, ctx.say().say("coram_nobis.not_for_advice_claims")));
    }

    private static VehicleAssessment result(Finding f) {
        return new VehicleAssessment(VEHICLE, "not_available", "effective", "vacate_conviction", f, List.of());
    }
}
