package org.pcrnavigator.engine.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;

/**
 * Decides the criminal bars to registry (INA 249): entry before the registry date (1972-01-01), continuous
 * residence since, good moral character, and not inadmissible on the criminal, immoral-persons or narcotics
 * grounds (or eligible for a waiver of them: USCIS Policy Manual vol. 7 pt. O ch. 4). An aggravated felony
 * convicted on or after 1990-11-29 bars good moral character for good (INA 101(f)(8)). A controlled-substance
 * conviction bars it (no waiver reaches it except for one possession of 30 grams or less of marijuana); a
 * CIMT, multiple convictions or prostitution bar it unless waived, so they put it at risk. A client born on or
 * after the registry date cannot have entered before it.
 */
public final class Registry {
    private Registry() {}

    public static Report.GoalResult decide(GoalInputs in) {
        var entryParam = in.kb().parameter("us.registry.entry_before").at(in.caseFile().asOf());
        var afParam = in.kb().parameter("us.good_moral_character.aggravated_felony_bar_from").at(in.caseFile().asOf());
        LocalDate entryBefore = entryParam.asDate();
        LocalDate afFrom = afParam.asDate();
        Finding.Builder f = in.say().finding("goal.registry").cite("us.ina.249", "guide.uscis.policy_manual_vol7_o4", "us.ina.101_f")
                .cite(entryParam.authorities()).cite(afParam.authorities()).fact("entryBefore", entryBefore);
        List<String> blockers = new ArrayList<>();

        // 0. Born on or after the registry date: no entry before it is possible.
        PartialDate born = in.caseFile().person().dateOfBirth();
        if (born != null && born.isBefore(entryBefore) == Result.NO) {
            return new Report.GoalResult("registry", "barred", blockers, f.fact("dateOfBirth", born)
                    .conclude(Result.YES, in.say().say("goal.registry.born_after", "date", entryBefore)));
        }

        // 1. The permanent good-moral-character bar.
        Result permanent = HumanitarianRules.permanentAggravatedFelonyBar(in.convictions(), afFrom, f, blockers);

        // 2. The criminal inadmissibility grounds: drugs without a waiver; the others unless waived.
        Result unwaivable = Result.NO;
        Result waivable = Result.NO;
        for (Ground g : in.grounds()) {
            if (g.deportability()) continue;
            if (g.result() != Result.NO) f.because(g.explanation());
            HumanitarianRules.addBlockers(blockers, g);
            boolean drug = g.id().equals(HumanitarianRules.DRUG);
            if (drug && !(g.result() == Result.YES && HumanitarianRules.singleMarijuanaPossession(in.kb(), in.convictions(), g))) {
                unwaivable = unwaivable.or(g.result());
            } else {
                waivable = waivable.or(g.result() == Result.YES ? Result.UNSETTLED : g.result());
            }
        }
        Result all = permanent.or(unwaivable).or(waivable);
        if (all == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        String status = GoalStatus.of(all);
        String key = permanent == Result.YES ? "goal.registry.aggravated_felony"
                : unwaivable == Result.YES ? "goal.registry.drug"
                : all == Result.UNSETTLED && waivable == Result.UNSETTLED && permanent == Result.NO && unwaivable == Result.NO ? "goal.registry.waiver"
                : "goal.registry." + status;
        return new Report.GoalResult("registry", status, blockers,
                f.conclude(all, in.say().say(key, "date", entryBefore, "afFrom", afFrom)));
    }
}
