package org.pcrnavigator.engine.vehicles.pc1203_4;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.casefile.PriorRelief;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.conviction.ConvictionDates;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.relief.PriorReliefEffect;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * What the record-relief vehicles (expungement-type dismissals, PC 1203.43, Prop 47/64, victim vacaturs)
 * share: the immigration effect of the order once granted, which is exactly what
 * {@link PriorReliefEffect} decides for granted relief of the same type (called here, not re-encoded:
 * Roldan, the Lujan-Armendariz window, Prado, Diaz and the rest live there only); the checks that
 * foreclose a vehicle before its own conditions; and the report's words.
 */
public final class RecordRelief {
    private RecordRelief() {}

    /** The immigration effect the order would have once granted: PriorReliefEffect's decision for it. */
    public static Finding grantedEffect(VehicleContext ctx, String vehicle) {
        PriorRelief order = new PriorRelief(vehicle, null, null, null, Tri.UNKNOWN);
        return PriorReliefEffect.decide(ctx.conviction(), order, ctx.caseFile(), ctx.kb(), ctx.say()).explanation();
    }

    /** The report's word for an effect finding. */
    public static String effect(Finding effect) { return PriorReliefEffect.effect(effect.result()); }

    /** Dismissals help even when immigration law keeps the conviction: DACA and discretion. */
    public static Finding stillHelps(VehicleContext ctx) {
        return ctx.say().finding("vehicles_record.expungement.still_helps").cite("us.cfr.8.236_22", "bia.roldan_1999")
                .conclude(Result.YES, ctx.say().say("vehicles_record.expungement.still_helps"));
    }

    /**
     * A finding that forecloses the vehicle before its own conditions, or null: nothing that is a conviction,
     * relief of this type already granted, or (where {@code needsJudgment}) a disposition that California
     * law never turned into a judgment (DEJ, diversion).
     */
    public static Finding foreclosed(VehicleContext ctx, String vehicle, Finding.Builder f, boolean needsJudgment) {
        Conviction c = ctx.conviction();
        if (ctx.isConviction().result() == Result.NO) {
            return f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction"));
        }
        for (PriorRelief r : c.priorRelief()) {
            if (vehicle.equals(r.type())) {
                return f.fact("priorRelief", r.type() + " " + r.date())
                        .conclude(Result.NO, ctx.say().say("vehicles_record.already_granted", "vehicle", vehicle));
            }
        }
        for (var m : c.priorMotions()) {
            if (vehicle.equals(m.vehicle()) && "granted".equals(m.result())) {
                return f.fact("priorMotion", "granted " + m.filedDate())
                        .conclude(Result.NO, ctx.say().say("vehicles_record.already_granted", "vehicle", vehicle));
            }
        }
        if (needsJudgment && "dismiss".equals(org.pcrnavigator.engine.vehicles.Vehicles.remedy(vehicle))) {
            for (PriorRelief r : c.priorRelief()) {
                if ("dismiss".equals(org.pcrnavigator.engine.vehicles.Vehicles.remedy(r.type()))) {
                    return f.fact("priorRelief", r.type() + " " + r.date())
                            .conclude(Result.NO, ctx.say().say("vehicles_record.already_dismissed", "vehicle", r.type()));
                }
            }
        }
        if (needsJudgment && c.disposition() != null && !"convicted".equals(c.disposition())) {
            return f.cite("ca.pc.1000", "ca.pc.1203_43")
                    .conclude(Result.NO, ctx.say().say("vehicles_record.not_a_judgment", "disposition", c.disposition()));
        }
        return null;
    }

    /** Whether probation was granted on the count: unknown where the sentence does not say. */
    public static Result probationGranted(Conviction c) {
        Sentence s = c.sentence();
        if (s == null) return Result.UNKNOWN;
        if ((s.probationMonths() != null && s.probationMonths() > 0) || s.impositionSuspended() == Tri.YES
                || s.executionSuspended() == Tri.YES) {
            return Result.YES;
        }
        if (s.probationMonths() != null && s.probationMonths() == 0 && s.impositionSuspended() != Tri.YES
                && s.executionSuspended() != Tri.YES) {
            return Result.NO;
        }
        return Result.UNKNOWN;
    }

    /** Whether the sentence was a state prison term: unknown where the sentence does not say. */
    public static Tri statePrison(Conviction c) { return c.sentence() == null ? Tri.UNKNOWN : c.sentence().statePrison(); }

    /** The id of another conviction in the file on which the person is now in criminal custody, or null. */
    public static String otherCustody(VehicleContext ctx) {
        for (Conviction o : ctx.caseFile().convictions()) {
            if (!o.id().equals(ctx.conviction().id()) && o.inCriminalCustody() == Tri.YES) return o.id();
        }
        return null;
    }

    /** Where the conviction's dates fall against {@code day}: all before (YES), none before (NO), or unknown. */
    public static Result convictedBefore(Conviction c, LocalDate day) {
        List<LocalDate> days = ConvictionDates.candidateDays(c);
        if (days.isEmpty()) return Result.UNKNOWN;
        boolean before = days.stream().anyMatch(d -> d.isBefore(day));
        boolean after = days.stream().anyMatch(d -> !d.isBefore(day));
        if (before && after) return Result.UNKNOWN;
        return Result.of(before);
    }

    /** Whether {@code date} (possibly partial) is on or after {@code day}. */
    public static Result onOrAfter(PartialDate date, LocalDate day) {
        Result before = date.isBefore(day);
        return before == Result.UNKNOWN ? Result.UNKNOWN : Result.of(before == Result.NO);
    }

    /** The report's availability word for an open result: an unsettled opening is shown as open, with its reason. */
    public static String availability(Result open) { return org.pcrnavigator.engine.vehicles.Availability.word(open); }

    /**
     * The assessment: the availability finding with the effect finding (and any other) beneath it; missing facts
     * are every fact the tree lacks.
     */
    public static VehicleAssessment assessment(String vehicle, Result open, Finding finding, Finding effect, String remedy,
                                               LocalDate availableUntil) {
        List<String> missing = finding.allMissingFacts();
        if (open != Result.NO) finding = withNotes(finding, effect);
        return new VehicleAssessment(vehicle, availability(open), effect(effect), remedy, finding, missing, availableUntil);
    }

    /** A foreclosing finding with the effect finding beneath it, so the report still explains the effect word. */
    public static VehicleAssessment stopped(String vehicle, Finding stop, Finding effect, String remedy) {
        List<Finding> because = new ArrayList<>(stop.because());
        because.add(effect);
        Finding f = new Finding(stop.rule(), stop.result(), stop.text(), stop.facts(), stop.authorities(), because,
                stop.missingFacts());
        return new VehicleAssessment(vehicle, "not_available", effect(effect), remedy, f, List.of(), null);
    }

    /**
     * Where the vehicle is open or may be, the headline also says what immigration law makes of the order and
     * what else matters (DACA and discretion, a safer route): the sentences of the child findings that say so.
     */
    private static Finding withNotes(Finding f, Finding effect) {
        StringBuilder text = new StringBuilder(f.text()).append(' ').append(effect.text());
        List<String> cited = new ArrayList<>(f.authorities());
        for (String a : effect.authorities()) if (!cited.contains(a)) cited.add(a);
        for (Finding b : f.because()) {
            if (b.rule().equals("vehicles_record.expungement.still_helps") || b.rule().endsWith("safer_route")
                    || b.rule().endsWith("better_route")) {
                text.append(' ').append(b.text());
                for (String a : b.authorities()) if (!cited.contains(a)) cited.add(a);
            }
        }
        return new Finding(f.rule(), f.result(), text.toString(), f.facts(), cited, f.because(), f.missingFacts());
    }
}
