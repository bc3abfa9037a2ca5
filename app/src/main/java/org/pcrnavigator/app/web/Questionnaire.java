package org.pcrnavigator.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.law.data.LocatedDocument;
import org.pcrnavigator.law.data.Node;

/**
 * The printable questionnaire an advocate hands to a client, in the client's language, read from
 * {@code web/questionnaire.yaml}. Per-case sections repeat once for each case (three blank rounds when
 * the number of cases is not known).
 */
public record Questionnaire(List<Section> sections) {
    public record Section(String title, int rounds, List<Question> questions) {}

    public record Question(String fact, String text) {}

    private static final String RESOURCE = "web/questionnaire.yaml";

    /** The questionnaire in {@code lang}; {@code cases} is the number of criminal cases, or 0 when not known. */
    public static Questionnaire load(String lang, int cases) {
        String text;
        try (InputStream in = Questionnaire.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the build");
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node root = LocatedDocument.parse(RESOURCE, text).root();
        List<Section> sections = new ArrayList<>();
        for (Node s : root.get("sections").list()) {
            s.allowOnly("title", "perCase", "questions");
            List<Question> qs = new ArrayList<>();
            for (Node q : s.get("questions").list()) {
                q.allowOnly("fact", "en", "es");
                qs.add(new Question(q.get("fact").text(), q.get(lang).text()));
            }
            boolean perCase = Boolean.TRUE.equals(s.get("perCase").optYesNo());
            sections.add(new Section(s.get("title").get(lang).text(), perCase ? (cases > 0 ? cases : 3) : 1, List.copyOf(qs)));
        }
        return new Questionnaire(List.copyOf(sections));
    }
}
