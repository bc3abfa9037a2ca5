package org.pcrnavigator.engine.grounds;

import java.util.List;

/** Decides every person-level ground of the case format, in the format's order. */
public final class Grounds {
    private Grounds() {}

    public static List<Ground> decide(GroundContext ctx) {
        return List.of(
                CimtDeportability.oneWithinFiveYears(ctx),
                CimtDeportability.twoNotOneScheme(ctx),
                DeportableAfterAdmission.aggravatedFelony(ctx),
                ControlledSubstanceGrounds.deportability(ctx),
                DeportableAfterAdmission.firearms(ctx),
                DeportableAfterAdmission.domesticViolence(ctx),
                DeportableAfterAdmission.protectionOrder(ctx),
                InadmissibilityGrounds.cimt(ctx),
                ControlledSubstanceGrounds.inadmissibility(ctx),
                InadmissibilityGrounds.multipleConvictions(ctx),
                InadmissibilityGrounds.reasonToBelieveTrafficking(ctx),
                InadmissibilityGrounds.prostitution(ctx));
    }
}
