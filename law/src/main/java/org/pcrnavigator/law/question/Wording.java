package org.pcrnavigator.law.question;

import java.util.Map;

/**
 * User-facing wording in several languages (English required): a question's prompt or an explanation
 * sentence. Placeholders are written {@code {name}}. Immutable.
 */
public record Wording(String key, Map<String, String> byLanguage) {
    public Wording { byLanguage = Map.copyOf(byLanguage); }

    /** The text in {@code language}, falling back to English. */
    public String in(String language) {
        String t = language == null ? null : byLanguage.get(language);
        return t != null ? t : byLanguage.get("en");
    }

    /** The text in {@code language} with each {@code {name}} replaced by its argument. */
    public String format(String language, Map<String, String> args) {
        String t = in(language);
        for (Map.Entry<String, String> a : args.entrySet()) t = t.replace("{" + a.getKey() + "}", a.getValue());
        return t;
    }
}
