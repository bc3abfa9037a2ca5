package org.pcrnavigator.engine.goals;

import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.report.Report;

/**
 * Decides the criminal bars to U nonimmigrant status (INA 101(a)(15)(U)). The applicant must be admissible,
 * but INA 212(d)(14) lets DHS waive, in the public or national interest, every ground of inadmissibility
 * except 212(a)(3)(E), and 212(d)(3) is also open. So a criminal inadmissibility ground never bars the goal
 * outright: it puts it at risk and names the waiver, which is discretionary (serious or violent crimes
 * weigh heavily). Convictions that are no inadmissibility ground (firearms, domestic violence) still weigh
 * in discretion.
 */
public final class UVisa {
    private UVisa() {}

    public static Report.GoalResult decide(GoalInputs in) {
        Finding.Builder f = in.say().finding("goal.u_visa")
                .cite("us.ina.101_a_15_u", "us.ina.212_d_14", "us.ina.212_d_3", "us.ina.212_a_2");
        return HumanitarianRules.waivableOnly("u_visa", f, in);
    }
}
