package org.pcrnavigator.engine.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.consequences.CatalogMatch;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.Rule;
import org.pcrnavigator.law.statute.Code;

/**
 * Decides the criminal bars to DACA (8 CFR 236.22(b)(6), the 2022 rule that codified the 2012 criteria):
 * a felony (punishable by more than a year); a significant misdemeanor, that is a misdemeanor (punishable
 * by more than five days and up to a year) of domestic violence, sexual abuse or exploitation, burglary,
 * unlawful possession or use of a firearm, drug distribution or trafficking, or DUI, whatever the sentence,
 * or any other misdemeanor with more than 90 days in custody (suspended time not counted); or three or
 * more other misdemeanors not on the same date and not from the same act. Juvenile adjudications are not
 * convictions; expunged convictions are not automatic bars. The catalog's consequence categories show
 * domestic violence, firearms and drug trafficking; it does not yet say which offenses are burglary, DUI or
 * sexual abuse or exploitation, so a misdemeanor that no category or sentence shows to be significant is at
 * risk, never clear. The program's continued operation is policy, said in every explanation.
 */
public final class Daca {
    private Daca() {}

    public static Report.GoalResult decide(GoalInputs in) {
        KnowledgeBase kb = in.kb();
        Explainer say = in.say();
        LocalDate asOf = in.caseFile().asOf();
        var custodyParam = kb.parameter("us.daca.significant_misdemeanor_custody_days").at(asOf);
        var countParam = kb.parameter("us.daca.other_misdemeanors_count").at(asOf);
        long custodyDays = custodyParam.asLong();
        int count = (int) countParam.asLong();
        Finding.Builder f = in.say().finding("goal.daca").cite("us.cfr.8.236_22").cite(custodyParam.authorities())
                .cite(countParam.authorities()).fact("custodyDays", custodyDays).fact("misdemeanorsThatBar", count);
        List<String> blockers = new ArrayList<>();
        Result felony = Result.NO;
        Result significant = Result.NO;
        List<Result> misdemeanors = new ArrayList<>();
        List<String> misdemeanorIds = new ArrayList<>();
        Set<LocalDate> distinctDates = new LinkedHashSet<>();
        List<String> undated = new ArrayList<>();
        for (ConvictionAnalysis a : in.convictions()) {
            Conviction c = a.conviction();
            TemporaryProtectedStatus.FederalLevel level = TemporaryProtectedStatus.federalLevel(a, kb, say, asOf);
            f.because(level.finding());
            Result fel = level.felony();
            Result sig = Result.NO;
            if (level.misdemeanor() != Result.NO) {
                Finding s = significance(a, custodyDays, kb, say);
                f.because(s);
                sig = level.misdemeanor().and(s.result());
            }
            Result misd = level.misdemeanor();
            // An expunged (or otherwise relieved) conviction is not an automatic bar: weighed, so at risk.
            boolean relieved = !c.priorRelief().isEmpty();
            if (relieved && (fel == Result.YES || sig == Result.YES || misd == Result.YES)) {
                f.because(in.say().finding("goal.daca.relief." + c.id()).cite("us.cfr.8.236_22").fact("conviction", c.id())
                        .fact("relief", c.priorRelief().stream().map(r -> r.type()).toList())
                        .conclude(Result.UNSETTLED, say.say("goal.daca.relief", "conviction", c.id())));
                if (fel == Result.YES) fel = Result.UNSETTLED;
                if (sig == Result.YES) sig = Result.UNSETTLED;
                if (misd == Result.YES) misd = Result.UNSETTLED;
            }
            felony = felony.or(fel);
            significant = significant.or(sig);
            if (fel.isRisk() || sig.isRisk()) TemporaryProtectedStatus.add(blockers, c.id());
            // USCIS does not count a minor traffic offense (driving without a license, say) as a misdemeanor here;
            // the catalog does not mark which Vehicle Code offenses are minor, so one may or may not count.
            if (misd == Result.YES && c.charge().offense().code() == Code.VC) {
                f.because(in.say().finding("goal.daca.traffic." + c.id()).cite("us.cfr.8.236_22").fact("conviction", c.id())
                        .conclude(Result.UNSETTLED, say.say("goal.daca.minor_traffic", "conviction", c.id())));
                misd = Result.UNSETTLED;
            }
            if (misd != Result.NO) {
                misdemeanors.add(misd);
                misdemeanorIds.add(c.id());
                if (misd == Result.YES) {
                    LocalDate d = c.offenseDate() == null ? null : c.offenseDate().exact();
                    if (d == null) undated.add(c.id());
                    else distinctDates.add(d);
                }
            }
        }
        // Three or more other misdemeanors, counted once per date of offense.
        Finding.Builder three = in.say().finding("goal.daca.three_misdemeanors").cite(countParam.authorities())
                .fact("misdemeanors", misdemeanors.size()).fact("distinctOffenseDates", distinctDates.size());
        Result several;
        if (distinctDates.size() >= count) {
            several = Result.YES;
        } else if (distinctDates.size() + undated.size() >= count) {
            several = Result.UNKNOWN;
            for (String id : undated) three.missing("convictions." + id + ".offenseDate");
        } else {
            // Same-date misdemeanors count once; what remains may still reach the number.
            List<Result> rest = new ArrayList<>();
            for (int i = 0; i < distinctDates.size() + undated.size(); i++) rest.add(Result.YES);
            for (Result r : misdemeanors) if (r != Result.YES) rest.add(r);
            several = TemporaryProtectedStatus.atLeast(rest, count);
        }
        if (several != Result.NO) {
            f.because(three.conclude(several, say.say("goal.daca.three_misdemeanors", "count", count)));
            if (several.isRisk()) for (String id : misdemeanorIds) TemporaryProtectedStatus.add(blockers, id);
        }
        Result all = felony.or(significant).or(several);
        String status = GoalStatus.of(all);
        if (all == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        String key = felony == Result.YES ? "goal.daca.felony"
                : significant == Result.YES ? "goal.daca.significant"
                : several == Result.YES ? "goal.daca.misdemeanors"
                : "goal.daca." + status;
        return new Report.GoalResult("daca", status, blockers, f.conclude(all, say.say(key, "count", count, "days", custodyDays)));
    }

    /**
     * Whether a misdemeanor is significant: a category shows domestic violence, a firearm or drug
     * trafficking; the catalog lists the offense as one of the kinds DACA names (burglary, DUI, sexual abuse
     * or exploitation, a firearm, drug distribution); or the sentence put the person in custody for more
     * than the threshold.
     */
    static Finding significance(ConvictionAnalysis a, long custodyDays, KnowledgeBase kb, Explainer say) {
        Conviction c = a.conviction();
        Finding.Builder f = say.finding("goal.daca.significant." + c.id()).cite("us.cfr.8.236_22").fact("conviction", c.id());
        if (a.counts(Category.DOMESTIC_VIOLENCE) == Result.YES) {
            return f.because(a.category(Category.DOMESTIC_VIOLENCE))
                    .conclude(Result.YES, say.say("goal.daca.significant_domestic_violence", "conviction", c.id()));
        }
        if (a.counts(Category.FIREARMS) == Result.YES) {
            return f.because(a.category(Category.FIREARMS))
                    .conclude(Result.YES, say.say("goal.daca.significant_firearms", "conviction", c.id()));
        }
        if (a.counts(Category.CONTROLLED_SUBSTANCE) == Result.YES && a.counts(Category.AGGRAVATED_FELONY) == Result.YES) {
            return f.because(a.category(Category.CONTROLLED_SUBSTANCE)).because(a.category(Category.AGGRAVATED_FELONY))
                    .conclude(Result.YES, say.say("goal.daca.significant_drug_trafficking", "conviction", c.id()));
        }
        Result listed = catalogListing(a, kb, f);
        if (listed == Result.YES) {
            return f.conclude(Result.YES, say.say("goal.daca.significant_listed", "conviction", c.id()));
        }
        Long days = a.term().days();
        f.because(a.term().finding()).fact("custodyThresholdDays", custodyDays);
        if (days != null && days > custodyDays) {
            boolean served = c.sentence().executionSuspended() == Tri.NO && c.sentence().impositionSuspended() == Tri.NO;
            if (served) {
                return f.fact("custodyDays", days)
                        .conclude(Result.YES, say.say("goal.daca.significant_custody", "conviction", c.id(), "days", custodyDays));
            }
            return f.fact("orderedDays", days)
                    .conclude(Result.UNSETTLED, say.say("goal.daca.custody_maybe_suspended", "conviction", c.id(), "days", custodyDays));
        }
        if (listed == Result.NO) {
            return f.conclude(Result.NO, say.say("goal.daca.not_significant", "conviction", c.id(), "days", custodyDays));
        }
        return f.conclude(Result.UNSETTLED, say.say(listed == Result.UNSETTLED ? "goal.daca.listed_unsettled" : "goal.daca.unclassified",
                "conviction", c.id(), "days", custodyDays));
    }

    /**
     * What the catalog says of the offense as a DACA significant misdemeanor (its {@code programs} entry):
     * yes, no or unsettled where it classifies the offense; UNKNOWN where it does not, or the statute is
     * not in the catalog (an offense nobody classified is never read as harmless).
     */
    private static Result catalogListing(ConvictionAnalysis a, KnowledgeBase kb, Finding.Builder f) {
        CatalogMatch.Match match = CatalogMatch.find(kb, a.conviction());
        if (!match.found()) return Result.UNKNOWN;
        Result r = null;
        for (Offense o : match.entries()) {
            Rule rule = o.programs().get("daca_significant_misdemeanor");
            Result one;
            if (rule == null) {
                one = Result.UNKNOWN;   // not classified for DACA: never read as "not significant"
            } else if (rule instanceof Rule.Fixed fixed) {
                one = switch (fixed.verdict()) {
                    case YES -> Result.YES;
                    case NO -> Result.NO;
                    default -> Result.UNSETTLED;
                };
                f.cite(rule.authorities()).fact("catalog", o.heading() + ": " + fixed.verdict().id()
                        + (fixed.reason() != null ? " (" + fixed.reason() + ")" : ""));
            } else {
                one = Result.UNSETTLED;   // a divisible listing: the record would decide; treat as a risk
                f.cite(rule.authorities());
            }
            if (r == null || r == one) r = one;
            else if (r == Result.UNKNOWN || one == Result.UNKNOWN) r = Result.UNKNOWN;
            else r = Result.UNSETTLED;   // subdivisions the record has not chosen between disagree
        }
        return r;
    }
}
