package org.pcrnavigator.engine.grounds;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;

/**
 * Joins per-conviction findings into a ground: triggered if any conviction triggers it (three-valued
 * "or"), listing the convictions that do or may.
 */
final class Combine {
    private Combine() {}

    static Ground anyConviction(String ground, List<Finding> perConviction, List<String> ids, Finding.Builder f,
                                String yesText, String noText, String openText, String unknownText) {
        Result r = Result.NO;
        List<String> triggering = new ArrayList<>();
        for (int i = 0; i < perConviction.size(); i++) {
            Finding p = perConviction.get(i);
            f.because(p);
            r = r.or(p.result());
            if (p.result() == Result.YES || p.result() == Result.UNSETTLED) triggering.add(ids.get(i));
        }
        String text = r == Result.YES ? yesText : r == Result.NO ? noText : r == Result.UNSETTLED ? openText : unknownText;
        return new Ground(ground, r, triggering, f.conclude(r, text));
    }
}
