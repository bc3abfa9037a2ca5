package org.pcrnavigator.engine.vehicles.habeas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether a petition for a writ of habeas corpus under PC 1473 is open now: the petitioner must be
 * in actual or constructive California custody on this conviction when filing (jail, prison, probation,
 * parole, supervision); federal immigration custody is not enough (Villa). Where the file gives a probation
 * term and its start, custody, and with it the vehicle, ends on the term's last day (availableUntil). The
 * claim for immigration advice rests on Padilla only for convictions final from the day it was decided
 * (Chaidez); older pleas rest on earlier California law (Resendiz, Soriano). A vacatur for a
 * constitutional violation is a legal-defect vacatur (Pickering) when the order states it.
 */
public final class StateHabeas {
    public static final String VEHICLE = "habeas";
    public static final String RULE = "ca.pc.1473.habeas";

    private StateHabeas() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding.Builder f = ctx.say().finding(RULE)
                .cite("ca.pc.1473", "cal.villa_2009").fact("inCriminalCustody", c.inCriminalCustody().id())
                .fact("immigrationDetention", ctx.caseFile().immigration() == null ? null : ctx.caseFile().immigration().immigrationDetention().id())
                .because(ctx.isConviction());
        List<String> missing = new ArrayList<>();
        if (ctx.isConviction().result() == Result.NO) {
            return result(f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction")), "not_available", missing, null);
        }
        if (c.inCriminalCustody() == Tri.NO) {
            return result(f.conclude(Result.NO, ctx.say().say("habeas.not_in_custody")), "not_available", missing, null);
        }
        f.because(claimLaw(ctx, c));
        f.cite("cal.clark_1993", "bia.pickering_2003", "bia.azrag_2024");
        if (c.counselAdvice() == null) missing.add(c.factPath("counselAdvice"));
        if (c.immigrationConcernAtPlea() == Tri.UNKNOWN) missing.add(c.factPath("immigrationConcernAtPlea"));
        if (c.inCriminalCustody() == Tri.UNKNOWN) {
            Finding finding = f.missing(c.factPath("inCriminalCustody")).conclude(Result.UNKNOWN, ctx.say().say("habeas.custody_unknown"));
            missing.addAll(0, finding.allMissingFacts());
            return result(finding, "unknown", missing, null);
        }
        LocalDate until = null;
        ProbationTerm probation = ProbationTerm.of(c);
        if (probation != null) {
            Finding term = custodyTerm(ctx, probation);
            f.because(term);
            if (term.result() == Result.YES) until = probation.lastDay();
        }
        Finding finding = f.conclude(Result.YES, ctx.say().say("habeas.available"));
        missing.addAll(0, finding.allMissingFacts());
        return result(finding, "available", missing, until);
    }

    /**
     * A probation term the file states: its start (the judgment date, else the plea date, the earliest it
     * could be), its months and its last day.
     */
    record ProbationTerm(PartialDate start, long months, LocalDate lastDay) {
        /** The term, or null where the file gives no probation term or custody is not probation. */
        static ProbationTerm of(Conviction c) {
            Sentence s = c.sentence();
            if (s == null || s.probationMonths() == null || s.probationMonths() <= 0 || s.statePrison() == Tri.YES
                    || c.probationCompleted() == Tri.YES) {
                return null;
            }
            PartialDate start = c.judgmentDate() != null ? c.judgmentDate() : c.pleaDate();
            if (start == null) return null;
            return new ProbationTerm(start, s.probationMonths(), start.earliest().plusMonths(s.probationMonths()).minusDays(1));
        }
    }

    /**
     * Whether custody lasts through the probation term: YES where its last day lies ahead; UNSETTLED where the
     * term on file has run though the file says custody continues (an extension or revocation the docket
     * should show).
     */
    static Finding custodyTerm(VehicleContext ctx, ProbationTerm p) {
        Finding.Builder t = ctx.say().finding(RULE + ".custody_term").cite("ca.pc.1473", "cal.villa_2009")
                .fact("probationMonths", p.months()).fact("start", p.start()).fact("lastDay", p.lastDay());
        if (p.lastDay().isBefore(ctx.asOf())) {
            return t.conclude(Result.UNSETTLED, ctx.say().say("habeas.custody_past_term", "months", p.months(),
                    "start", p.start(), "until", p.lastDay()));
        }
        return t.conclude(Result.YES, ctx.say().say("habeas.custody_until", "months", p.months(), "start", p.start(),
                "until", p.lastDay()));
    }

    /** Which law an immigration-advice claim rests on: Padilla for convictions final from its date; else earlier California law. */
    static Finding claimLaw(VehicleContext ctx, Conviction c) {
        LocalDate padilla = ctx.dateParameter("habeas.padilla_decision_date");
        Finding.Builder p = ctx.say().finding(RULE + ".claim_law")
                .cite("scotus.padilla_v_kentucky_2010", "scotus.chaidez_v_united_states_2013")
                .fact("pleaDate", c.pleaDate()).fact("judgmentDate", c.judgmentDate()).fact("padillaDecided", padilla);
        // A conviction is final no earlier than its plea: a plea on or after the day is reached by Padilla.
        Result before = c.pleaDate() == null ? Result.UNKNOWN : c.pleaDate().isBefore(padilla);
        if (before == Result.NO) {
            return p.conclude(Result.YES, ctx.say().say("habeas.padilla", "date", padilla));
        }
        if (before == Result.YES) {
            return p.cite("cal.resendiz_2001", "calapp.soriano_1987", "calapp.barocio_1989", "ca.pc.1473_7")
                    .conclude(Result.UNSETTLED, ctx.say().say("habeas.pre_padilla", "date", padilla));
        }
        return p.cite("cal.resendiz_2001", "calapp.soriano_1987").missing(c.factPath("pleaDate"))
                .conclude(Result.UNKNOWN, ctx.say().say("habeas.padilla_unknown", "date", padilla));
    }

    private static VehicleAssessment result(Finding f, String availability, List<String> missing, LocalDate until) {
        return new VehicleAssessment(VEHICLE, availability, "effective", "vacate_conviction", f, missing, until);
    }
}
