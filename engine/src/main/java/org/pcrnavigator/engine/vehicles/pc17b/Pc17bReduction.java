package org.pcrnavigator.engine.vehicles.pc17b;

import java.time.LocalDate;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.consequences.CatalogMatch;
import org.pcrnavigator.engine.conviction.ConvictionDates;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.SentenceChange;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.law.offense.Level;
import org.pcrnavigator.law.offense.Offense;

/**
 * Decides whether a felony can be declared a misdemeanor under PC 17(b): the offense must be a wobbler on
 * the conviction date (the catalog's level), the conviction a felony, and no state prison or PC 1170(h)
 * term imposed, executed or suspended (People v. Wood): in practice, probation granted with imposition of
 * sentence suspended (17(b)(3)). Its immigration effect is never settled (ERRATA row 13): before the
 * 364-day date the one-year potential sentence survives (Ceron), after it the effect is contested; see
 * {@link org.pcrnavigator.engine.relief.PriorReliefEffect}.
 */
public final class Pc17bReduction {
    public static final String VEHICLE = "pc17b";
    public static final String RULE = "ca.pc.17.b";

    private Pc17bReduction() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Sentence s = c.sentence() == null ? Sentence.UNKNOWN : c.sentence();
        Finding effect = SentenceChange.effect(ctx, VEHICLE);
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.17").fact("level", c.level())
                .fact("statePrison", s.statePrison().id()).fact("impositionSuspended", s.impositionSuspended().id())
                .fact("executionSuspended", s.executionSuspended().id()).because(ctx.isConviction());
        if (ctx.isConviction().result() == Result.NO) return done(ctx, f, effect, Result.NO, "vehicle.no_conviction");
        if (SentenceChange.alreadyGranted(c, VEHICLE)) return done(ctx, f, effect, Result.NO, "pc17b.already_granted");
        // The conviction's level now.
        if ("misdemeanor".equals(c.level())) return done(ctx, f, effect, Result.NO, "pc17b.already_misdemeanor");
        if ("infraction".equals(c.level())) return done(ctx, f, effect, Result.NO, "pc17b.infraction");
        Result felony = Result.YES;
        if (c.level() == null) {
            f.missing(c.factPath("level"));
            felony = Result.UNKNOWN;
        }
        // The offense's level on the conviction date, from the catalog.
        Result wobbler = wobbler(ctx, c, f);
        if (wobbler == Result.NO) return done(ctx, f, effect, Result.NO, "pc17b.not_wobbler");
        // The sentence: a prison or 1170(h) term, even suspended, closes 17(b).
        if (s.statePrison() == Tri.YES) {
            f.cite("calapp.wood_1998");
            return done(ctx, f, effect, Result.NO, s.executionSuspended() == Tri.YES ? "pc17b.prison_suspended" : "pc17b.prison");
        }
        Result grant;
        String key = "pc17b.available";
        if (s.impositionSuspended() == Tri.YES) {
            grant = Result.YES;
        } else if (s.impositionSuspended() == Tri.NO) {
            f.cite("calapp.wood_1998");
            if (s.statePrison() == Tri.UNKNOWN) {
                f.missing(c.factPath("sentence.statePrison"));
                Result open = felony.and(wobbler).and(Result.UNKNOWN);
                return done(ctx, f, effect, open, "pc17b.sentence_unknown");
            }
            // Sentence pronounced, not state prison. After realignment that is a felony county-jail term
            // (1170(h)), which closes 17(b); before it no felony jail term existed, so a jail sentence made the
            // offense a misdemeanor (17(b)(1)), or imposition was in fact suspended: the record must say.
            LocalDate realignment = ctx.dateParameter("ca.realignment.first_sentence_date");
            Result before = sentencedBefore(c, realignment);
            f.fact("sentencedBeforeRealignment", before.id()).cite("ca.stats.2011.ab109");
            if (before == Result.NO) return done(ctx, f, effect, Result.NO, "pc17b.judgment_imposed");
            f.missing(c.factPath("level"));
            if (before == Result.UNKNOWN) f.missing(c.factPath("judgmentDate"));
            grant = Result.UNKNOWN;
            key = "pc17b.jail_before_realignment";
        } else {
            f.missing(c.factPath("sentence.impositionSuspended"));
            if (s.statePrison() == Tri.UNKNOWN) f.missing(c.factPath("sentence.statePrison"));
            grant = Result.UNKNOWN;
            key = "pc17b.sentence_unknown";
        }
        Result open = felony.and(wobbler).and(grant);
        if (open == Result.UNKNOWN && grant == Result.YES) key = wobbler == Result.UNKNOWN ? "pc17b.level_unknown" : "pc17b.felony_unknown";
        f.cite("calapp.wood_1998");
        return done(ctx, f, effect, open, key);
    }

    /** Whether sentence (or, where the judgment date is missing, the plea) came before {@code day}. */
    private static Result sentencedBefore(Conviction c, LocalDate day) {
        if (c.judgmentDate() != null) return c.judgmentDate().isBefore(day);
        if (c.pleaDate() != null && c.pleaDate().isBefore(day) == Result.NO) return Result.NO;
        return Result.UNKNOWN;
    }

    /** Whether the catalog lists the offense as a wobbler on every day the conviction could date from. */
    static Result wobbler(VehicleContext ctx, Conviction c, Finding.Builder f) {
        CatalogMatch.Match m = CatalogMatch.find(ctx.kb(), c);
        List<LocalDate> days = ConvictionDates.candidateDays(c);
        if (days.isEmpty()) {
            f.missing(c.factPath("pleaDate"));
            return Result.UNKNOWN;
        }
        if (!m.found()) {
            f.fact("catalog", "not listed");
            return Result.UNKNOWN;
        }
        boolean sawWobbler = false;
        boolean sawOther = false;
        boolean gap = false;
        for (Offense o : m.entries()) {
            for (LocalDate d : days) {
                if (!o.levels().covers(d)) {
                    gap = true;
                    continue;
                }
                var level = o.levels().valueAt(d);
                f.cite(level.authorities());
                if (level.level() == Level.WOBBLER) sawWobbler = true;
                else sawOther = true;
            }
        }
        f.fact("wobbler", sawWobbler && !sawOther && !gap ? "yes" : !sawWobbler && !gap ? "no" : "unknown");
        if (gap || (sawWobbler && sawOther)) return Result.UNKNOWN;
        return sawWobbler ? Result.YES : Result.NO;
    }

    private static VehicleAssessment done(VehicleContext ctx, Finding.Builder f, Finding effect, Result open, String key) {
        return SentenceChange.conclude(ctx, VEHICLE, f, effect, open, key);
    }
}
