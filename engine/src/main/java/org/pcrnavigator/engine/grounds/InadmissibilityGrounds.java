package org.pcrnavigator.engine.grounds;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.offense.Category;

/**
 * Decides the criminal inadmissibility grounds other than controlled substances: a CIMT (INA
 * 212(a)(2)(A)(i)(I)) with the petty-offense exception (only one CIMT, a maximum of a year or less, six
 * months or less imposed); two or more convictions with aggregate sentences of five years or more
 * (212(a)(2)(B)); reason to believe trafficking (212(a)(2)(C)); prostitution (212(a)(2)(D)). The last two are
 * conduct grounds: the tool sees convictions only, and says so.
 */
public final class InadmissibilityGrounds {
    private InadmissibilityGrounds() {}

    public static Ground cimt(GroundContext ctx) {
        String ground = "ina_212_a_2_A_i_I";
        Finding.Builder f = ctx.say().finding("ground." + ground).cite("us.ina.212_a_2");
        List<ConvictionAnalysis> cimts = new ArrayList<>();
        Result any = Result.NO;
        for (ConvictionAnalysis a : ctx.convictions()) {
            Result r = a.counts(Category.CIMT);
            f.because(a.category(Category.CIMT));
            any = any.or(r);
            if (r != Result.NO) cimts.add(a);
        }
        List<String> ids = cimts.stream().map(a -> a.conviction().id()).toList();
        if (any == Result.NO) return new Ground(ground, Result.NO, ids, f.conclude(Result.NO, ctx.say().say("ground.not_triggered", "label", ctx.say().say("label.cimt"))));
        if (cimts.size() == 1) {
            Finding petty = pettyOffense(ctx, cimts.get(0));
            f.because(petty).cite("bia.garcia_hernandez_2003");
            if (petty.result() == Result.YES) {
                return new Ground(ground, Result.NO, List.of(), f.conclude(Result.NO, ctx.say().say("ground.petty_offense_applies")));
            }
            Result r = petty.result() == Result.NO ? any : any.and(petty.result() == Result.UNKNOWN ? Result.UNKNOWN : Result.UNSETTLED);
            return new Ground(ground, r, ids, f.conclude(r, ctx.say().say(key(r), "label", ctx.say().say("label.cimt"))));
        }
        return new Ground(ground, any, ids, f.conclude(any, ctx.say().say(key(any), "label", ctx.say().say("label.cimt"))));
    }

    private static String key(Result r) {
        return switch (r) {
            case YES -> "ground.triggered";
            case NO -> "ground.not_triggered";
            case UNSETTLED -> "ground.open";
            case UNKNOWN -> "ground.unknown";
        };
    }

    /**
     * Whether the one CIMT falls within the petty-offense exception: a maximum possible sentence of one
     * year or less and a sentence imposed of six months or less.
     */
    static Finding pettyOffense(GroundContext ctx, ConvictionAnalysis a) {
        Conviction c = a.conviction();
        var yearParam = ctx.kb().parameter("us.sentence_one_year_days").at(ctx.caseFile().asOf());
        var monthsParam = ctx.kb().parameter("us.petty_offense_max_imposed_months").at(ctx.caseFile().asOf());
        Finding.Builder f = ctx.say().finding("us.ina.212_a_2_A_ii.petty_offense").cite("us.ina.212_a_2").cite(monthsParam.authorities())
                .because(a.potential().finding()).because(a.term().finding());
        // The maximum possible: a felony exceeds a year; a misdemeanor's maximum is from the catalog and PC 18.5.
        Result maxAtMostAYear;
        if (a.potential().oneYearOrMore() == Result.NO) {
            maxAtMostAYear = Result.YES;
        } else if (a.potential().misdemeanorMaxDays() != null) {
            maxAtMostAYear = Result.of(a.potential().misdemeanorMaxDays() <= yearParam.asLong());
        } else {
            maxAtMostAYear = a.potential().oneYearOrMore() == Result.YES ? Result.NO : a.potential().oneYearOrMore();
        }
        // Six months imposed: a term of up to six calendar months counts; a day count between 180 and 184
        // may or may not be six months, so only at most 180 days is certain and more than 184 certainly not.
        Result imposedAtMostSixMonths;
        if (a.term().days() == null) {
            f.missing(c.factPath("sentence.confinementDays"));
            imposedAtMostSixMonths = Result.UNKNOWN;
        } else {
            long months = monthsParam.asLong();
            long days = a.term().days();
            imposedAtMostSixMonths = days <= months * 30 ? Result.YES : days > months * 31 - 2 ? Result.NO : Result.UNSETTLED;
        }
        Result r = maxAtMostAYear.and(imposedAtMostSixMonths);
        return f.fact("maximumAtMostOneYear", maxAtMostAYear.id()).fact("imposedAtMostSixMonths", imposedAtMostSixMonths.id())
                .conclude(r, ctx.say().say("ground.petty_offense", "max", maxAtMostAYear.id(), "imposed", imposedAtMostSixMonths.id()));
    }

    public static Ground multipleConvictions(GroundContext ctx) {
        String ground = "ina_212_a_2_B";
        var years = ctx.kb().parameter("us.multiple_convictions_aggregate_years").at(ctx.caseFile().asOf());
        Finding.Builder f = ctx.say().finding("ground." + ground).cite("us.ina.212_a_2").cite(years.authorities());
        List<String> ids = new ArrayList<>();
        long total = 0;
        boolean unknown = false;
        int count = 0;
        for (ConvictionAnalysis a : ctx.convictions()) {
            if (a.isConviction().result() == Result.NO) continue;
            count++;
            ids.add(a.conviction().id());
            if (a.term().days() == null) {
                unknown = true;
                f.missing(a.conviction().factPath("sentence.confinementDays"));
            } else {
                total += a.term().days();
            }
        }
        long threshold = years.asLong() * 365;
        f.fact("convictions", count).fact("aggregateDays", total).fact("thresholdDays", threshold);
        Result r;
        if (count < 2) r = Result.NO;
        else if (total >= threshold) r = Result.YES;
        else r = unknown ? Result.UNKNOWN : Result.NO;
        return new Ground(ground, r, r == Result.NO ? List.of() : ids, f.conclude(r,
                ctx.say().say("ground.multiple_convictions", "count", count, "days", total, "years", years.asLong())));
    }

    public static Ground reasonToBelieveTrafficking(GroundContext ctx) {
        String ground = "ina_212_a_2_C";
        Finding.Builder f = ctx.say().finding("ground." + ground).cite("us.ina.212_a_2");
        List<String> ids = new ArrayList<>();
        for (ConvictionAnalysis a : ctx.convictions()) {
            // Any act beyond one's own possession or use, or a drug conviction that is (or may be) an
            // aggravated felony, is evidence an officer may rely on.
            String conduct = a.conviction().recordFacts().get("conduct");
            boolean beyondOwnUse = conduct != null && !conduct.equals("silent") && !conduct.equals("possess") && !conduct.equals("use");
            boolean drugAggravatedFelony = a.counts(Category.AGGRAVATED_FELONY).isRisk();
            if (a.counts(Category.CONTROLLED_SUBSTANCE).isRisk() && (beyondOwnUse || drugAggravatedFelony)) {
                ids.add(a.conviction().id());
                f.because(a.category(Category.CONTROLLED_SUBSTANCE));
            }
        }
        if (ids.isEmpty()) {
            return new Ground(ground, Result.NO, ids, f.conclude(Result.NO, ctx.say().say("ground.trafficking_none")));
        }
        return new Ground(ground, Result.UNSETTLED, ids, f.conclude(Result.UNSETTLED, ctx.say().say("ground.trafficking_reason")));
    }

    public static Ground prostitution(GroundContext ctx) {
        return convictedOf(ctx, "ina_212_a_2_D", Category.PROSTITUTION, ctx.say().say("label.prostitution_offense"),
                ctx.say().say("ground.prostitution_yes"), ctx.say().say("ground.prostitution_none"));
    }

    /** An inadmissibility ground that any conviction in {@code category} triggers, admitted or not. */
    static Ground convictedOf(GroundContext ctx, String ground, Category category, String label, String yesText, String noText) {
        Finding.Builder f = ctx.say().finding("ground." + ground).cite("us.ina.212_a_2");
        List<Finding> per = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ConvictionAnalysis a : ctx.convictions()) {
            Result r = a.counts(category);
            per.add(ctx.say().finding("ground." + ground + "." + a.conviction().id()).cite("us.ina.212_a_2")
                    .because(a.category(category)).because(a.isConviction())
                    .conclude(r, ctx.say().say("ground.conviction_is_category", "conviction", a.conviction().id(),
                            "label", label, "result", r.id())));
            ids.add(a.conviction().id());
        }
        return Combine.anyConviction(ground, per, ids, f, yesText, noText, ctx.say().say("ground.open", "label", label),
                ctx.say().say("ground.unknown", "label", label));
    }
}
