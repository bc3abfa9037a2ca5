package org.pcrnavigator.engine.vehicles.pc18_5b;

import java.time.LocalDate;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.SentenceChange;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.Vehicles;

/**
 * Decides whether a one-year misdemeanor sentence imposed before PC 18.5 took effect can be modified to
 * 364 days under PC 18.5(b): open from the SB 1242 date, for a misdemeanor sentenced before the 364-day
 * date to a term of exactly one year. The order changes a sentence without naming a defect, so immigration
 * law disregards it (Thomas & Thompson) unless an 8 CFR 1003.55 carve-out applies; the retroactive cap
 * itself does not change a pre-2015 potential sentence (Velasquez-Rios). Dates and the day count come from
 * {@code law/kb/parameters/vehicles_sentence.yaml}.
 */
public final class Pc18_5bResentencing {
    public static final String VEHICLE = "pc18_5b";
    public static final String RULE = "ca.pc.18_5.b";

    private Pc18_5bResentencing() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Sentence s = c.sentence() == null ? Sentence.UNKNOWN : c.sentence();
        Finding effect = SentenceChange.effect(ctx, VEHICLE);
        LocalDate operative = ctx.dateParameter("ca.pc18_5b.operative_date");
        LocalDate sentencedBefore = ctx.dateParameter("ca.pc18_5b.sentenced_before");
        long oneYear = ctx.kb().parameter("ca.pc18_5b.one_year_term_days").at(ctx.asOf()).asLong();
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.18_5", "ca.stats.2016.sb1242").fact("level", c.level())
                .fact("judgmentDate", c.judgmentDate()).fact("pleaDate", c.pleaDate())
                .fact("confinementDays", s.confinementDays()).because(ctx.isConviction());
        if (ctx.asOf().isBefore(operative)) return done(ctx, f, effect, Result.NO, "pc18_5b.not_yet_in_force", "date", operative);
        if (ctx.isConviction().result() == Result.NO) return done(ctx, f, effect, Result.NO, "vehicle.no_conviction");
        if (SentenceChange.alreadyGranted(c, VEHICLE)) return done(ctx, f, effect, Result.NO, "pc18_5b.already_granted");
        Result misdemeanor;
        if (c.level() == null) {
            f.missing(c.factPath("level"));
            misdemeanor = Result.UNKNOWN;
        } else if (!c.level().equals("misdemeanor")) {
            return done(ctx, f, effect, Result.NO, "pc18_5b.not_misdemeanor");
        } else {
            misdemeanor = Result.YES;
        }
        // Sentenced before the 364-day date: the judgment's date, or else a plea on or after it rules it out.
        Result before;
        if (c.judgmentDate() != null) before = c.judgmentDate().isBefore(sentencedBefore);
        else if (c.pleaDate() != null && c.pleaDate().isBefore(sentencedBefore) == Result.NO) before = Result.NO;
        else before = Result.UNKNOWN;
        if (before == Result.NO) {
            f.cite("ca.stats.2014.sb1310");
            return done(ctx, f, effect, Result.NO, "pc18_5b.sentenced_after", "date", sentencedBefore);
        }
        if (before == Result.UNKNOWN) f.missing(c.factPath("judgmentDate"));
        Result term;
        if (s.confinementDays() == null) {
            f.missing(c.factPath("sentence.confinementDays"));
            term = Result.UNKNOWN;
        } else if (s.confinementDays() != oneYear) {
            return done(ctx, f, effect, Result.NO, "pc18_5b.not_one_year", "days", s.confinementDays());
        } else {
            term = Result.YES;
        }
        Result open = misdemeanor.and(before).and(term);
        f.cite("bia.velasquez_rios_2018", "ca9.velasquez_rios_v_wilkinson_2021");
        return done(ctx, f, effect, open, open == Result.YES ? "pc18_5b.available" : "pc18_5b.facts_unknown", "date", sentencedBefore);
    }

    private static VehicleAssessment done(VehicleContext ctx, Finding.Builder f, Finding effect, Result open, String key, Object... args) {
        Finding finding = f.because(effect).conclude(open, ctx.say().say(key, args));
        return SentenceChange.result(VEHICLE, Vehicles.remedy(VEHICLE), finding, effect, List.of(), null);
    }
}
