package org.pcrnavigator.engine.vehicles.pc1018;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.FilingWindow;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether a motion to withdraw a guilty or no-contest plea under PC 1018 is open now: before
 * judgment, or within the months after an order granting probation with imposition of sentence suspended
 * (availableUntil). Where a sentence was pronounced and only its execution suspended, judgment exists and
 * there is no window (Williams); the limit is jurisdictional (Miranda), so a closed window is
 * {@code not_available} whatever the cause shown. The date of the probation grant is the judgment date on
 * file; where only the plea date is known, the window runs at least until the plea date plus the months.
 * A withdrawal granted for mistake, ignorance of the immigration consequences or ineffective assistance is
 * a vacatur for a defect in the plea (Pickering) when the order states it.
 */
public final class Pc1018PleaWithdrawal {
    public static final String VEHICLE = "pc1018";
    public static final String RULE = "ca.pc.1018";

    private Pc1018PleaWithdrawal() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Sentence s = c.sentence() == null ? Sentence.UNKNOWN : c.sentence();
        long months = ctx.kb().parameter("ca.pc1018.months_after_probation_grant").at(ctx.asOf()).asLong();
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1018").fact("plea", c.plea())
                .fact("judgmentDate", c.judgmentPending() ? "pending" : c.judgmentDate()).fact("pleaDate", c.pleaDate())
                .fact("impositionSuspended", s.impositionSuspended().id()).fact("executionSuspended", s.executionSuspended().id())
                .fact("months", months).because(ctx.isConviction());
        List<String> missing = new ArrayList<>();
        if (ctx.isConviction().result() == Result.NO) {
            return result(f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction")), "not_available", missing, null);
        }
        if ("trial".equals(c.plea())) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1018.trial")), "not_available", missing, null);
        }
        if ("dej_completed".equals(c.disposition())) {
            // The charges were dismissed after deferred entry of judgment: no case is pending in which to withdraw the plea.
            return result(f.cite("ca.pc.1203_43").conclude(Result.NO, ctx.say().say("pc1018.dej_completed")), "not_available", missing, null);
        }
        Result window;
        String key;
        LocalDate until = null;
        Object grant = c.judgmentDate();
        if (c.judgmentPending()) {
            window = Result.YES;
            key = "pc1018.before_judgment";
        } else if (s.impositionSuspended() == Tri.NO || s.executionSuspended() == Tri.YES) {
            f.cite("calapp.williams_2011", "calapp.miranda_2004");
            return result(f.conclude(Result.NO, ctx.say().say("pc1018.sentence_imposed", "months", months)), "not_available", missing, null);
        } else if (c.judgmentDate() != null) {
            FilingWindow w = FilingWindow.of(c.judgmentDate(), months, ctx.asOf());
            f.cite("calapp.miranda_2004").fact("lastDay", w.latestLastDay());
            if (w.open() == Result.NO) {
                return result(f.conclude(Result.NO, ctx.say().say("pc1018.window_closed", "grant", c.judgmentDate(), "months", months,
                        "until", w.latestLastDay())), "not_available", missing, null);
            }
            if (s.impositionSuspended() == Tri.UNKNOWN) {
                f.missing(c.factPath("sentence.impositionSuspended"));
                if (w.open() == Result.UNKNOWN) f.missing(c.factPath("judgmentDate"));
                window = Result.UNKNOWN;
                key = "pc1018.imposition_unknown";
                if (w.open() == Result.YES) until = w.lastDay();
            } else if (w.open() == Result.YES) {
                window = Result.YES;
                key = "pc1018.within_window";
                until = w.lastDay();
            } else {
                f.missing(c.factPath("judgmentDate"));
                window = Result.UNKNOWN;
                key = "pc1018.grant_date_imprecise";
            }
        } else if (s.impositionSuspended() == Tri.YES && c.pleaDate() != null
                && FilingWindow.of(c.pleaDate(), months, ctx.asOf()).open() == Result.YES) {
            // Probation was granted on or after the plea, so the window runs at least this long.
            until = FilingWindow.of(c.pleaDate(), months, ctx.asOf()).lastDay();
            grant = c.pleaDate();
            f.cite("calapp.miranda_2004").missing(c.factPath("judgmentDate"));
            window = Result.YES;
            key = "pc1018.within_window_grant_unknown";
        } else {
            f.missing(c.factPath("judgmentDate"));
            if (s.impositionSuspended() == Tri.UNKNOWN) f.missing(c.factPath("sentence.impositionSuspended"));
            window = Result.UNKNOWN;
            key = "pc1018.grant_date_unknown";
        }
        Result open = window;
        if (c.plea() == null) {
            f.missing(c.factPath("plea"));
            open = open.and(Result.UNKNOWN);
        }
        f.cite("cal.giron_1974", "cal.patterson_2017", "bia.pickering_2003", "bia.azrag_2024");
        if (c.counselAdvice() == null) missing.add(c.factPath("counselAdvice"));
        if (c.immigrationConcernAtPlea() == Tri.UNKNOWN) missing.add(c.factPath("immigrationConcernAtPlea"));
        Finding finding = f.conclude(open, ctx.say().say(key, "grant", grant, "months", months, "until", until));
        missing.addAll(0, finding.missingFacts());
        String availability = open == Result.YES ? "available" : "unknown";
        return result(finding, availability, missing, until);
    }

    private static VehicleAssessment result(Finding f, String availability, List<String> missing, LocalDate until) {
        return new VehicleAssessment(VEHICLE, availability, "effective", "vacate_conviction", f, missing, until);
    }
}
