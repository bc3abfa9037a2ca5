package org.pcrnavigator.engine.grounds;

import java.util.Map;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.conviction.PotentialSentence;
import org.pcrnavigator.engine.conviction.SentenceImposed;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.offense.Category;

/**
 * What the conviction-level rules decided about one conviction, which the person-level grounds combine:
 * each category read for an applicant and, where the government must prove it, for the government.
 * Immutable.
 */
public record ConvictionAnalysis(Conviction conviction, Finding isConviction, SentenceImposed.Term term,
                                 PotentialSentence.Potential potential, Map<Category, Finding> categories,
                                 Map<Category, Finding> governmentCategories) {
    public ConvictionAnalysis {
        // Grounds and goals read every category of every conviction again and again: an enum map indexes them.
        categories = indexed(categories);
        governmentCategories = indexed(governmentCategories);
    }

    private static Map<Category, Finding> indexed(Map<Category, Finding> byCategory) {
        Map<Category, Finding> m = new java.util.EnumMap<>(Category.class);
        m.putAll(byCategory);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The category as an applicant for relief must meet it (an inconclusive record is a risk). */
    public Finding category(Category c) { return categories.get(c); }

    /** The category as the government must prove it in removal (an inconclusive record fails). */
    public Finding categoryForGovernment(Category c) { return governmentCategories.get(c); }

    /** The category's result, counting only where this is a conviction for immigration purposes. */
    public Result counts(Category c) { return isConviction.result().and(category(c).result()); }

    /** The same, where the government bears the burden. */
    public Result countsForGovernment(Category c) { return isConviction.result().and(categoryForGovernment(c).result()); }
}
