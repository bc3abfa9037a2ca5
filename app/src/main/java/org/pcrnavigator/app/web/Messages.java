package org.pcrnavigator.app.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the workbench's pages in English and Spanish, from {@code web/messages_*.properties}. */
public final class Messages {
    /** The languages the pages speak. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "es");

    private final Map<String, ResourceBundle> bundles = Map.of(
            "en", ResourceBundle.getBundle("web.messages", Locale.ROOT),
            "es", ResourceBundle.getBundle("web.messages", Locale.forLanguageTag("es")));

    /** The text for {@code key} in {@code lang}, with {@code {0}}-style arguments filled in; the key itself where missing. */
    public String get(String lang, String key, Object... args) {
        ResourceBundle b = bundles.getOrDefault(lang, bundles.get("en"));
        try {
            String s = b.getString(key);
            return args.length == 0 ? s : new MessageFormat(s, Locale.forLanguageTag(lang)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Whether {@code key} has a text (labels for ids fall back to the id otherwise). */
    public boolean has(String key) { return bundles.get("en").containsKey(key); }
}
