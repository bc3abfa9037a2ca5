package org.pcrnavigator.engine.goals;

import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.law.KnowledgeBase;

/** What every goal rule reads: the case, each conviction's analysis, the grounds, the law and the wording. */
public record GoalInputs(CaseFile caseFile, List<ConvictionAnalysis> convictions, List<Ground> grounds, KnowledgeBase kb,
                         Explainer say) {
    public GoalInputs {
        convictions = List.copyOf(convictions);
        grounds = List.copyOf(grounds);
    }
}
