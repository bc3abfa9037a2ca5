package org.pcrnavigator.engine.vehicles.pc1473_7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.NewEvidence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.Availability;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether a motion to vacate under PC 1473.7(a)(3) (a Racial Justice Act violation, PC 745(a)) is
 * open now: in force from the Act's operative date for judgments entered from then, and for older
 * judgments only from the AB 256 phase for immigration motions (a motion filed earlier is void: Vigil);
 * the movant out of criminal custody on the conviction (in custody, the claim goes by habeas under
 * PC 1473(e)); and evidence of a race-based violation on file ({@code newEvidence.kind: racial_bias}),
 * asked where unknown. The immigration effect is decided as for a granted (a)(3) order: uncertain.
 */
public final class Pc1473_7A3Vacatur {
    public static final String VEHICLE = "pc1473_7_a3";
    public static final String RULE = "ca.pc.1473_7.a_3";

    private Pc1473_7A3Vacatur() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        NewEvidence ev = c.newEvidence();
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1473_7", "ca.pc.745").fact("inCriminalCustody", c.inCriminalCustody().id())
                .fact("newEvidence", ev == null ? null : ev.kind()).fact("judgmentDate", c.judgmentPending() ? "pending" : c.judgmentDate())
                .because(ctx.isConviction());
        Report.PriorReliefResult grant = Pc1473_7A2Vacatur.grantEffect(ctx, VEHICLE);
        String effect = grant.immigrationEffect();
        f.because(grant.explanation());
        List<String> missing = new ArrayList<>();
        LocalDate operative = ctx.dateParameter("ca.pc1473_7.a3_operative_date");
        LocalDate retroactive = ctx.dateParameter("ca.pc745.immigration_motions_retroactive_from");
        if (ctx.asOf().isBefore(operative)) {
            return result(f.cite("ca.stats.2020.ab2542").conclude(Result.NO,
                    ctx.say().say("pc1473_7_a3.not_yet_in_force", "date", operative)), "not_available", effect, missing);
        }
        if (ctx.isConviction().result() == Result.NO) {
            return result(f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction")), "not_available", effect, missing);
        }
        Result judgmentCovered = Result.YES;
        if (ctx.asOf().isBefore(retroactive)) {
            f.cite("ca.stats.2022.ab256", "calapp.vigil_2024").fact("retroactiveFrom", retroactive);
            judgmentCovered = judgmentOnOrAfter(c, operative);
            if (judgmentCovered == Result.NO) {
                return result(f.conclude(Result.NO, ctx.say().say("pc1473_7_a3.old_judgment_not_yet", "operative", operative,
                        "date", retroactive)), "not_available", effect, missing);
            }
        }
        if (c.inCriminalCustody() == Tri.YES) {
            f.cite("ca.stats.2018.ab2867", "calapp.cruz_lopez_2018", "ca.pc.1473");
            return result(f.conclude(Result.NO, ctx.say().say("pc1473_7_a3.in_custody")), "not_available", effect, missing);
        }
        if (ev != null && ev.kind() != null && !"racial_bias".equals(ev.kind())) {
            String key = "none".equals(ev.kind()) ? "pc1473_7_a3.no_bias_evidence" : "pc1473_7_a3.other_evidence";
            return result(f.conclude(Result.NO, ctx.say().say(key, "kind", ev.kind())), "not_available", effect, missing);
        }
        Result open = Result.YES;
        String key = "pc1473_7_a3.available";
        if (judgmentCovered == Result.UNKNOWN) {
            f.missing(c.factPath("judgmentDate"));
            open = Result.UNKNOWN;
            key = "pc1473_7_a3.judgment_date_unknown";
        }
        if (c.inCriminalCustody() == Tri.UNKNOWN) {
            f.missing(c.factPath("inCriminalCustody"));
            if (open == Result.YES) key = "pc1473_7_a3.custody_unknown";
            open = Result.UNKNOWN;
        }
        if (ev == null || ev.kind() == null) {
            f.missing(c.factPath("newEvidence.kind"));
            if (open == Result.YES) key = "pc1473_7_a3.evidence_unknown";
            open = Result.UNKNOWN;
        }
        // Asked only once evidence is on file: the date matters only then.
        if (ev != null && ev.discoveredDate() == null) missing.add(c.factPath("newEvidence.discoveredDate"));
        if (Availability.deniedBefore(c, VEHICLE, f) != null && open == Result.YES) {
            open = Result.UNSETTLED;
            key = "pc1473_7_a3.successive";
        }
        String availability = Availability.word(open);
        Finding finding = f.conclude(open, ctx.say().say(key, "operative", operative, "date", retroactive));
        missing.addAll(0, finding.missingFacts());
        return result(finding, availability, effect, missing);
    }

    /**
     * Whether judgment was entered on or after {@code day}: yes while it is pending; from the judgment date
     * where the file gives it; otherwise yes only where the plea itself came on or after the day.
     */
    static Result judgmentOnOrAfter(Conviction c, LocalDate day) {
        if (c.judgmentPending()) return Result.YES;
        if (c.judgmentDate() != null) {
            Result before = c.judgmentDate().isBefore(day);
            return before == Result.YES ? Result.NO : before == Result.NO ? Result.YES : Result.UNKNOWN;
        }
        if (c.pleaDate() != null && c.pleaDate().isBefore(day) == Result.NO) return Result.YES;
        return Result.UNKNOWN;
    }

    private static VehicleAssessment result(Finding f, String availability, String effect, List<String> missing) {
        return new VehicleAssessment(VEHICLE, availability, effect, "vacate_conviction", f, missing);
    }
}
