package org.pcrnavigator.engine.goals;

import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.report.Report;

/**
 * Decides the criminal bars to T nonimmigrant status (INA 101(a)(15)(T)). The applicant must be admissible;
 * INA 212(d)(13) lets DHS waive the criminal grounds in the national interest where the activities were
 * caused by, or incident to, the trafficking victimization, and 212(d)(3)(A)(ii) reaches the rest in
 * discretion (USCIS Policy Manual vol. 9 pt. O ch. 2). So a criminal inadmissibility ground puts the goal at
 * risk and names the waivers; it never bars it outright.
 */
public final class TVisa {
    private TVisa() {}

    public static Report.GoalResult decide(GoalInputs in) {
        Finding.Builder f = in.say().finding("goal.t_visa").cite("us.ina.101_a_15_t", "us.ina.212_d_13", "us.ina.212_d_3",
                "guide.uscis.policy_manual_vol9_o2", "us.ina.212_a_2");
        return HumanitarianRules.waivableOnly("t_visa", f, in);
    }
}
