package org.pcrnavigator.engine.vehicles;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.conviction.ConvictionForImmigration;
import org.pcrnavigator.engine.reasoning.Finding;

/** Runs one vehicle, through the dispatcher, on a one-conviction case (helper h17's vehicle tests). */
final class VacaturVehiclesTestSupport {
    private VacaturVehiclesTestSupport() {}

    static VehicleAssessment assess(String vehicle, String asOf, String fields) {
        CaseFile cf = Cases.caseWith(asOf, fields);
        var c = cf.convictions().get(0);
        return Vehicles.assess(vehicle, new VehicleContext(cf, c, ConvictionForImmigration.decide(c, Cases.say()), Cases.kb(), Cases.say()));
    }

    /** Every authority cited anywhere in the explanation tree. */
    static List<String> allAuthorities(Finding f) {
        List<String> out = new ArrayList<>(f.authorities());
        for (Finding b : f.because()) out.addAll(allAuthorities(b));
        return out;
    }

    /** The result of the first finding in the tree whose rule ends with {@code suffix}, or null. */
    static String resultOf(Finding f, String suffix) {
        if (f.rule().endsWith(suffix)) return f.result().id();
        for (Finding b : f.because()) {
            String r = resultOf(b, suffix);
            if (r != null) return r;
        }
        return null;
    }
}
