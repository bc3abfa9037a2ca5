package org.pcrnavigator.engine.vehicles;

import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.PriorMotion;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;

/** What every vehicle rule shares in saying whether it is open: the report's word, and earlier denials. */
public final class Availability {
    private Availability() {}

    /** The report's availability for a rule's answer: an open but unsettled vehicle is still available. */
    public static String word(Result open) {
        return switch (open) {
            case YES, UNSETTLED -> "available";
            case NO -> "not_available";
            case UNKNOWN -> "unknown";
        };
    }

    /**
     * An earlier motion on the same vehicle that was denied, recorded in the finding, or null. Courts have
     * heard later motions on new grounds (People v. Espinoza), so a denial leaves the vehicle open but unsettled.
     */
    public static PriorMotion deniedBefore(Conviction c, String vehicle, Finding.Builder f) {
        for (PriorMotion m : c.priorMotions()) {
            if (vehicle.equals(m.vehicle()) && "denied".equals(m.result())) {
                f.cite("cal.espinoza_2023").fact("priorMotion", "denied " + m.filedDate());
                return m;
            }
        }
        return null;
    }
}
