package org.pcrnavigator.engine.conviction;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.consequences.CatalogMatch;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Level;
import org.pcrnavigator.law.offense.MisdemeanorMax;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.OffenseLevel;
import org.pcrnavigator.law.parameter.Parameter;

/**
 * Decides whether the offense of conviction could be punished by a year or more: the potential-sentence
 * test of CIMT deportability and the petty-offense exception. A felony can; a one-year misdemeanor could
 * if convicted before 2015-01-01 and cannot after (PC 18.5, with its retroactivity ignored in immigration
 * law); a six-month misdemeanor (PC 19) cannot. The misdemeanor maximum comes from the dated parameter.
 */
public final class PotentialSentence {
    public static final String RULE = "ca.pc.18_5.potential_sentence";

    private PotentialSentence() {}

    /** Whether a year or more could be imposed, with the longest term in days where it is a misdemeanor. */
    public record Potential(Result oneYearOrMore, Long misdemeanorMaxDays, Finding finding) {}

    public static Potential decide(Conviction c, KnowledgeBase kb, CatalogMatch.Match match, java.time.LocalDate asOf, Explainer say) {
        Finding.Builder f = say.finding(RULE).fact("statute", c.charge().display()).fact("level", c.level())
                .fact("pleaDate", c.pleaDate()).fact("judgmentDate", c.judgmentDate());
        if ("felony".equals(c.level())) {
            return new Potential(Result.YES, null, f.cite("ca.pc.17").conclude(Result.YES, say.say("potential.felony")));
        }
        if ("infraction".equals(c.level())) {
            return new Potential(Result.NO, 0L, f.cite("ca.pc.19").conclude(Result.NO, say.say("potential.infraction")));
        }
        if (!match.found()) {
            return new Potential(Result.UNKNOWN, null, f.missing(c.factPath("statute"))
                    .conclude(Result.UNKNOWN, say.say("potential.not_in_catalog", "statute", c.charge().display())));
        }
        List<OffenseLevel> levels = new ArrayList<>();
        boolean datesUnknown = false;
        for (Offense o : match.entries()) {
            ConvictionDates.Lookup<OffenseLevel> l;
            try {
                l = ConvictionDates.lookup(o.levels(), c);
            } catch (org.pcrnavigator.law.time.Timeline.NoValueInForce e) {
                // The catalog knows the offense only from a later date (or until an earlier one).
                return new Potential(Result.UNKNOWN, null, f.missing(c.factPath("statute"))
                        .conclude(Result.UNKNOWN, say.say("potential.not_in_force", "statute", c.charge().display())));
            }
            if (l.datesUnknown()) datesUnknown = true;
            for (OffenseLevel v : l.values()) if (!levels.contains(v)) levels.add(v);
        }
        if (datesUnknown) {
            return new Potential(Result.UNKNOWN, null, f.missing(c.factPath("pleaDate"))
                    .conclude(Result.UNKNOWN, say.say("potential.date_unknown")));
        }
        boolean canBeFelony = levels.stream().anyMatch(l -> l.level() == Level.FELONY || l.level() == Level.WOBBLER);
        boolean canBeMisdemeanor = levels.stream().anyMatch(l -> l.level() != Level.FELONY);
        for (OffenseLevel l : levels) f.cite(l.authorities());
        if (c.level() == null) {
            if (canBeFelony && !canBeMisdemeanor) {
                return new Potential(Result.YES, null, f.conclude(Result.YES, say.say("potential.felony_only")));
            }
            if (canBeFelony) {
                return new Potential(Result.UNKNOWN, null, f.missing(c.factPath("level"))
                        .conclude(Result.UNKNOWN, say.say("potential.level_unknown")));
            }
        }
        // A misdemeanor: its class decides, and for the one-year class the conviction date.
        Result answer = null;
        Long maxDays = null;
        Parameter oneYear = kb.parameter("ca.misdemeanor_one_year_max_days");
        long yearDays = kb.parameter("us.sentence_one_year_days").at(asOf).asLong();
        for (OffenseLevel l : levels) {
            Result r;
            Long days;
            if (l.misdemeanorMax() == MisdemeanorMax.SIX_MONTHS) {
                r = Result.NO;
                days = null;
                f.cite(kb.parameter("ca.misdemeanor_six_month_max_months").at(asOf).authorities());
            } else if (l.misdemeanorMax() == MisdemeanorMax.ONE_YEAR) {
                ConvictionDates.Lookup<org.pcrnavigator.law.parameter.Parameter.Value> v = ConvictionDates.lookup(oneYear.values(), c);
                if (v.datesUnknown()) {
                    return new Potential(Result.UNKNOWN, null, f.missing(c.factPath("pleaDate"))
                            .conclude(Result.UNKNOWN, say.say("potential.date_unknown")));
                }
                if (!v.single()) {
                    return new Potential(Result.UNSETTLED, null, f.cite("ca.pc.18_5")
                            .conclude(Result.UNSETTLED, say.say("potential.straddles_18_5")));
                }
                days = v.value().asLong();
                f.cite(v.value().authorities()).fact("misdemeanorMaxDays", days);
                r = Result.of(days >= yearDays);
            } else if (l.level() == Level.FELONY) {
                continue;   // no misdemeanor form in this period
            } else {
                r = Result.NO;   // a fine-only misdemeanor or an infraction: no jail at all
                days = 0L;
            }
            if (answer == null) {
                answer = r;
                maxDays = days;
            } else if (answer != r) {
                answer = Result.UNSETTLED;
            }
        }
        if (answer == null) {
            return new Potential(Result.YES, null, f.conclude(Result.YES, say.say("potential.felony_only")));
        }
        String key = answer == Result.YES ? "potential.misdemeanor_one_year"
                : answer == Result.NO ? (maxDays == null ? "potential.misdemeanor_six_months"
                        : maxDays == 0 ? "potential.infraction" : "potential.misdemeanor_364")
                : "potential.mixed";
        return new Potential(answer, maxDays, f.conclude(answer, say.say(key, "days", maxDays)));
    }
}
