package org.pcrnavigator.engine.grounds;

import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;

/**
 * A person-level ground of removability as decided: its id from the case format, the result, the
 * convictions that trigger it (or may), and the explanation. Immutable.
 */
public record Ground(String id, Result result, List<String> convictions, Finding explanation) {
    public Ground {
        convictions = List.copyOf(convictions);
    }

    /** True where the ground is a deportability ground (INA 237), false for inadmissibility (INA 212). */
    public boolean deportability() { return id.startsWith("ina_237"); }
}
