package org.pcrnavigator.engine.goals;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;

/**
 * Decides the criminal bars to adjustment of status as a special immigrant juvenile (INA 245(h)). The
 * humanitarian waiver of 245(h)(2)(B) reaches most grounds, prostitution (212(a)(2)(D)) among them, but not
 * 212(a)(2)(A) (a CIMT or a controlled-substance conviction), (2)(B) (multiple convictions) or (2)(C) (reason
 * to believe trafficking), except a single offense of simple possession of 30 grams or less of marijuana,
 * which Matter of Moradel lets the waiver reach after a circumstance-specific inquiry. A juvenile
 * adjudication is no conviction (the analyses already count it so). The SIJ petition itself has no criminal
 * bar; the goal is the green card.
 */
public final class SpecialImmigrantJuvenile {
    private SpecialImmigrantJuvenile() {}

    public static Report.GoalResult decide(GoalInputs in) {
        Finding.Builder f = in.say().finding("goal.sijs").cite("us.ina.245", "us.ina.101_a_27_j", "us.ina.212_a_2", "bia.moradel_2021",
                "guide.tooby.special_immigrant_juvenile");
        List<String> blockers = new ArrayList<>();
        Result unwaivable = Result.NO;
        Result waivable = Result.NO;
        boolean marijuana = false;
        for (Ground g : in.grounds()) {
            if (g.deportability()) continue;
            if (g.result() != Result.NO) f.because(g.explanation());
            HumanitarianRules.addBlockers(blockers, g);
            switch (g.id()) {
                case HumanitarianRules.DRUG -> {
                    if (g.result() == Result.YES && HumanitarianRules.singleMarijuanaPossession(in.kb(), in.convictions(), g)) {
                        marijuana = true;
                        waivable = waivable.or(Result.UNSETTLED);
                    } else {
                        unwaivable = unwaivable.or(g.result());
                    }
                }
                case HumanitarianRules.CIMT, HumanitarianRules.MULTIPLE, HumanitarianRules.TRAFFICKING -> unwaivable = unwaivable.or(g.result());
                // Prostitution, and any ground not named above, is within the humanitarian waiver.
                default -> waivable = waivable.or(g.result() == Result.YES ? Result.UNSETTLED : g.result());
            }
        }
        Result all = unwaivable.or(waivable);
        if (all == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        String status = GoalStatus.of(all);
        String key;
        if (unwaivable == Result.YES) key = "goal.sijs.barred";
        else if (all == Result.UNSETTLED && unwaivable == Result.NO) key = marijuana ? "goal.sijs.marijuana" : "goal.sijs.waiver";
        else key = "goal.sijs." + status;
        return new Report.GoalResult("sijs", status, blockers, f.conclude(all, in.say().say(key)));
    }
}
