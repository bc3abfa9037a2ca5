package org.pcrnavigator.engine.grounds;

import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.law.KnowledgeBase;

/** What every person-level ground reads: the case, each conviction's analysis, the law and the wording. */
public record GroundContext(CaseFile caseFile, List<ConvictionAnalysis> convictions, KnowledgeBase kb, Explainer say) {
    public GroundContext {
        convictions = List.copyOf(convictions);
    }
}
