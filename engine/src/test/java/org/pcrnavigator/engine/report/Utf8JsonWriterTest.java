package org.pcrnavigator.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer's bytes are Jackson's: each string, name and structure is compared with what Jackson's UTF-8 generator writes. */
class Utf8JsonWriterTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    @Test
    void escapesEveryCharacterOfTheTableAsJacksonDoes() throws IOException {
        List<String> table = new ArrayList<>(List.of("\"", "\\", "/", "\u007f", "é", "中", "\uD83D\uDE00", "\u2028", "\u2029",
                "\u0080", "\u07ff", "\u0800", "\uffff", "\ud800", "\udfff", "x\uDE00y", "plain words", ""));
        for (char c = 0; c < 0x20; c++) table.add(String.valueOf(c));
        for (String s : table) assertThat(written(s)).as("U+%04X...", s.isEmpty() ? 0 : (int) s.charAt(0)).isEqualTo(jackson(s));
        // A few the table pins down by hand, so that a change in Jackson's defaults shows here too.
        assertThat(utf8(written("\u0001\n\u001f"))).isEqualTo("\"\\u0001\\n\\u001F\"");
        assertThat(utf8(written("\uD83D\uDE00"))).isEqualTo("\"\\uD83D\\uDE00\"");
        assertThat(written("\u2028é")).containsExactly('"', 0xE2 - 256, 0x80 - 256, 0xA8 - 256, 0xC3 - 256, 0xA9 - 256, '"');
    }

    @Test
    void writesNullForAMissingStringOrWord() throws IOException {
        Utf8JsonWriter w = new Utf8JsonWriter(0);
        w.startArray();
        w.string(null);
        w.comma();
        w.word((String) null);
        w.endArray();
        assertThat(utf8(w.toByteArray())).isEqualTo("[null,null]");
    }

    @Test
    void aClearedWriterWritesOnlyWhatCameAfter() {
        Utf8JsonWriter w = new Utf8JsonWriter(16);
        for (String s : List.of("x".repeat(300_000), "small", "x".repeat(40), "end")) {   // past the kept size, then within it
            w.clear();
            w.string(s);
            assertThat(utf8(w.toByteArray())).isEqualTo('"' + s + '"');
        }
    }

    @Test
    void randomStringsAreWrittenAsJacksonWritesThem() throws IOException {
        Random random = new Random(20261128);
        for (int i = 0; i < 20_000; i++) {
            String s = randomString(random);
            assertThat(written(s)).as("%s", s.chars().mapToObj(c -> String.format("%04X", c)).toList()).isEqualTo(jackson(s));
        }
    }

    @Test
    void randomObjectsOfNamesWordsAndStringsAreWrittenAsJacksonWritesThem() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            Utf8JsonWriter w = new Utf8JsonWriter(random.nextInt(64));   // small buffers, so that growing is tested too
            ByteArrayBuilder expected = new ByteArrayBuilder();
            try (JsonGenerator g = JACKSON.createGenerator(expected, JsonEncoding.UTF8)) {
                w.startObject();
                g.writeStartObject();
                int fields = random.nextInt(8);
                for (int f = 0; f < fields; f++) {
                    String name = randomString(random);
                    if (f > 0) w.comma();
                    w.field(name);
                    g.writeFieldName(name);
                    w.startArray();
                    g.writeStartArray();
                    int values = random.nextInt(5);
                    for (int v = 0; v < values; v++) {
                        String value = random.nextInt(10) == 0 ? null : randomString(random);
                        if (v > 0) w.comma();
                        if (random.nextBoolean()) w.word(value);
                        else w.string(value);
                        g.writeString(value);
                    }
                    w.endArray();
                    g.writeEndArray();
                }
                w.endObject();
                g.writeEndObject();
            }
            assertThat(w.toByteArray()).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void aWordTakingAnotherWordsSlotIsStillWrittenAsItself() throws IOException {
        // "Aa" and "BB" share a hash, so they share a slot: each must still be written as itself, in turn.
        for (String s : List.of("Aa", "BB", "Aa", "BB")) {
            Utf8JsonWriter w = new Utf8JsonWriter(0);
            w.word(s);
            assertThat(w.toByteArray()).isEqualTo(jackson(s));
        }
    }

    /** Mostly printable ASCII, with quotes, backslashes, control characters, non-ASCII and lone or paired surrogates. */
    static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(8)) {
                case 0 -> s.append((char) random.nextInt(0x20));
                case 1 -> s.append(random.nextBoolean() ? '"' : '\\');
                case 2 -> s.append((char) (0x80 + random.nextInt(0x780)));
                case 3 -> s.append((char) (0x800 + random.nextInt(0xF800)));   // surrogates included, paired or not
                case 4 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));
                default -> s.append((char) (0x20 + random.nextInt(0x60)));
            }
        }
        return s.toString();
    }

    private static byte[] written(String s) {
        Utf8JsonWriter w = new Utf8JsonWriter(0);
        w.string(s);
        return w.toByteArray();
    }

    private static byte[] jackson(String s) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder();
        try (JsonGenerator g = JACKSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeString(s);
        }
        return out.toByteArray();
    }

    private static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
