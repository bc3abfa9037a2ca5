package org.pcrnavigator.engine.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.grounds.Admission;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.KnowledgeBase;

/**
 * Decides whether the clocks of LPR cancellation are met: seven years of continuous residence after
 * admission in any status, which stops at the earlier of a notice to appear or the commission of an
 * offense that makes the person inadmissible under INA 212(a)(2) (INA 240A(d)(1); Barton v. Barr: even if
 * never charged; a petty offense does not stop it, Matter of Garcia); and five years as a permanent
 * resident. An offense stops the clock on the date it was committed, once a conviction shows it.
 */
final class SevenYearClock {
    private SevenYearClock() {}

    /**
     * The clocks' finding, and the convictions whose offenses stop (or may stop) the seven years: they block
     * the goal. Carried beside the finding, as a brief report's findings keep no facts.
     */
    record Clock(Finding finding, List<String> stoppedBy) {}

    private static final List<String> STOP_GROUNDS = List.of("ina_212_a_2_A_i_I", "ina_212_a_2_A_i_II", "ina_212_a_2_B",
            "ina_212_a_2_C", "ina_212_a_2_D");

    static Clock decide(CaseFile cf, List<ConvictionAnalysis> convictions, List<Ground> grounds, KnowledgeBase kb, Explainer say) {
        var residence = kb.parameter("us.lpr_cancellation.residence_years").at(cf.asOf());
        var lprYears = kb.parameter("us.lpr_cancellation.lpr_years").at(cf.asOf());
        Finding.Builder f = say.finding("goal.lpr_cancellation.clock").cite(residence.authorities()).cite("bia.garcia_2010");
        PartialDate admission = Admission.date(cf);
        if (admission == null) {
            return new Clock(f.missing(Admission.dateFact(cf))
                    .conclude(Result.UNKNOWN, say.say("goal.lpr_cancellation.clock_admission_unknown")), List.of());
        }
        LocalDate sevenYears = admission.latest().plusYears(residence.asLong());
        f.fact("admission", admission).fact("sevenYearsOn", sevenYears);

        // The earliest stop: each conviction listed under a 212(a)(2) ground, on the day the offense was committed.
        Result stopped = Result.NO;
        List<String> stoppedBy = new ArrayList<>();
        for (Ground g : grounds) {
            if (!STOP_GROUNDS.contains(g.id()) || g.result() == Result.NO) continue;
            for (String id : g.convictions()) {
                ConvictionAnalysis a = convictions.stream().filter(x -> x.conviction().id().equals(id)).findFirst().orElseThrow();
                PartialDate committed = a.conviction().offenseDate();
                Result before;
                if (committed == null) {
                    f.missing(a.conviction().factPath("offenseDate"));
                    before = Result.UNKNOWN;
                } else {
                    before = committed.isBefore(sevenYears);
                }
                Result r = g.result().and(before);
                if (r != Result.NO) {
                    f.because(g.explanation());
                    if (r.isRisk() && !stoppedBy.contains(id)) stoppedBy.add(id);
                }
                stopped = stopped.or(r);
            }
        }
        PartialDate nta = cf.immigration().noticeToAppearDate();
        if (nta != null) {
            Result ntaBefore = nta.isBefore(sevenYears);
            f.fact("noticeToAppear", nta);
            stopped = stopped.or(ntaBefore);
        }
        f.fact("stoppedBy", String.join(",", stoppedBy));
        if (stopped == Result.YES) {
            return new Clock(f.conclude(Result.YES, say.say("goal.lpr_cancellation.clock_stopped", "years", residence.asLong(),
                    "date", sevenYears)), stoppedBy);
        }
        if (stopped != Result.NO) {
            return new Clock(f.conclude(stopped, say.say("goal.lpr_cancellation.clock_open", "years", residence.asLong(),
                    "date", sevenYears)), stoppedBy);
        }
        // Not stopped: the clock runs until the evaluation date, and the person must have been a resident five years.
        PartialDate lpr = cf.immigration().lprDate();
        if (lpr == null) {
            return new Clock(f.missing("immigration.lprDate")
                    .conclude(Result.UNKNOWN, say.say("goal.lpr_cancellation.clock_lpr_unknown")), stoppedBy);
        }
        boolean residenceDone = !cf.asOf().isBefore(sevenYears);
        boolean lprDone = !cf.asOf().isBefore(lpr.latest().plusYears(lprYears.asLong()));
        if (!residenceDone || !lprDone) {
            return new Clock(f.conclude(Result.UNSETTLED, say.say("goal.lpr_cancellation.clock_not_yet", "years", residence.asLong(),
                    "lprYears", lprYears.asLong())), stoppedBy);
        }
        return new Clock(f.conclude(Result.NO, say.say("goal.lpr_cancellation.clock_met", "years", residence.asLong(),
                "date", sevenYears)), stoppedBy);
    }
}
