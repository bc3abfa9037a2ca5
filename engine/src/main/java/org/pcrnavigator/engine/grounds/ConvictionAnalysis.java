package org.pcrnavigator.engine.grounds;

import java.util.Map;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.conviction.PotentialSentence;
import org.pcrnavigator.engine.conviction.SentenceImposed;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.offense.Category;

/**
 * What the conviction-level rules decided about one conviction, which the person-level grounds combine.
 * Immutable.
 */
public record ConvictionAnalysis(Conviction conviction, Finding isConviction, SentenceImposed.Term term,
                                 PotentialSentence.Potential potential, Map<Category, Finding> categories) {
    public ConvictionAnalysis {
        categories = Map.copyOf(categories);
    }

    public Finding category(Category c) { return categories.get(c); }

    /** The category's result, counting only where this is a conviction for immigration purposes. */
    public Result counts(Category c) { return isConviction.result().and(category(c).result()); }
}
