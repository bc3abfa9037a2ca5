package org.pcrnavigator.engine.reasoning;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pcrnavigator.law.KnowledgeBase;

/**
 * Turns a message key and its arguments into the explanation sentence, in the analysis language, from
 * the knowledge base's wording (no user-facing sentence lives in Java). Immutable.
 */
public final class Explainer {
    private final KnowledgeBase kb;
    private final String language;
    private final boolean sentences;

    public Explainer(KnowledgeBase kb, String language) {
        this(kb, language, true);
    }

    /**
     * @param sentences false for brief reports, which carry no explanation text: every sentence is then
     *     empty and nothing is formatted, and the findings it starts keep no facts or authorities (the
     *     results are the same)
     */
    public Explainer(KnowledgeBase kb, String language, boolean sentences) {
        this.kb = kb;
        this.language = language;
        this.sentences = sentences;
    }

    /** The sentence for {@code key}, with {@code args} given as name, value pairs. */
    public String say(String key, Object... args) {
        if (!sentences) return "";
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) m.put(String.valueOf(args[i]), String.valueOf(args[i + 1]));
        return kb.message(key).format(language, m);
    }

    /**
     * Starts a finding for {@code rule}: in a brief report one that keeps no facts or authorities (see
     * {@link Finding#brief}), as it keeps no sentences; otherwise a whole one.
     */
    public Finding.Builder finding(String rule) { return sentences ? Finding.of(rule) : Finding.brief(rule); }

    public String language() { return language; }

    /** False for brief reports: no sentence or question prompt is written. */
    public boolean sentences() { return sentences; }

    public KnowledgeBase kb() { return kb; }
}
