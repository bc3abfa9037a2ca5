package org.pcrnavigator.engine.report;

import java.util.Arrays;

/**
 * Writes compact JSON as UTF-8 into a growing byte array, producing the same bytes as Jackson's default
 * UTF-8 generator. The caller writes the structure and says where a comma goes; the writer only encodes.
 * Not thread-safe: a writer belongs to one thread, which clears it before each report.
 *
 * <p>Strings are escaped as Jackson escapes them: quote and backslash with a backslash; backspace, tab, line
 * feed, form feed and carriage return as {@code \b \t \n \f \r}; other control characters as a six-character
 * unicode escape (backslash, u, four upper-case hex digits), as is each UTF-16 surrogate, paired or not; every
 * other character as raw UTF-8, DEL and U+2028/U+2029 included.
 */
final class Utf8JsonWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private byte[] bytes;
    private int size;

    // A writer reused report after report keeps a buffer up to this size: a large report's buffer is let go.
    private static final int KEPT_CAPACITY = 256 * 1024;
    private final int capacity;

    Utf8JsonWriter(int capacity) {
        this.capacity = Math.max(16, capacity);
        bytes = new byte[this.capacity];
    }

    /** Starts over, for the next report, keeping the buffer unless a large report grew it beyond reason. */
    void clear() {
        size = 0;
        if (bytes.length > KEPT_CAPACITY) bytes = new byte[capacity];
    }

    /** A field name encoded once, quoted and followed by its colon. Immutable. */
    static final class Name {
        private final byte[] json;

        Name(String name) {
            Utf8JsonWriter w = new Utf8JsonWriter(name.length() + 3);
            w.string(name);
            w.put(':');
            json = w.toByteArray();
        }
    }

    /** A string value encoded once, quoted and escaped. Immutable. */
    static final class Word {
        private final String text;
        private final byte[] json;

        Word(String text) {
            Utf8JsonWriter w = new Utf8JsonWriter(text.length() + 2);
            w.string(text);
            this.text = text;
            this.json = w.toByteArray();
        }
    }

    // The words of a report (vehicle, category, goal and rule ids, statuses) recur in every report of a bulk
    // run: each is encoded once and copied from then on. A table of fixed size, one word a slot, found by the
    // word's own (cached) hash: a look-up is an array read and a comparison, and case-specific values can only
    // take a slot over, never grow the table. Slots are read and replaced without locks: a Word is immutable,
    // so a thread sees either a whole word or another, and a miss only costs encoding the word again.
    private static final int WORD_SLOTS = 4096;   // a power of two, many times the few hundred words of the bundled rules
    private static final Word[] WORDS = new Word[WORD_SLOTS];

    void startObject() { put('{'); }

    void endObject() { put('}'); }

    void startArray() { put('['); }

    void endArray() { put(']'); }

    /** The comma before every field but an object's first and every element but an array's first. */
    void comma() { put(','); }

    /** The name of an object's first field. */
    void firstField(Name name) { copy(name.json); }

    /** The name of any later field, with the comma before it. */
    void field(Name name) {
        put(',');
        copy(name.json);
    }

    /** A field name that is not known in advance (a fact's name), with its colon; the caller writes the comma. */
    void field(String name) {
        string(name);
        put(':');
    }

    /** A string encoded beforehand. */
    void word(Word word) { copy(word.json); }

    /** A string from the report's vocabulary, or null: encoded the first time, copied thereafter. */
    void word(String text) {
        if (text == null) {
            copy(NULL);
            return;
        }
        int h = text.hashCode();
        int slot = (h ^ (h >>> 16)) & (WORD_SLOTS - 1);
        Word w = WORDS[slot];
        if (w == null || !w.text.equals(text)) w = remember(text, slot);   // equals compares identity first: the usual hit
        copy(w.json);
    }

    // Apart from word, which stays small enough for the compiler to inline where it is called.
    private static Word remember(String text, int slot) {
        Word w = new Word(text);
        WORDS[slot] = w;
        return w;
    }

    /** A string, escaped, or null. */
    void string(String s) {
        if (s == null) {
            copy(NULL);
            return;
        }
        int n = s.length();
        ensure(n + 2);
        byte[] b = bytes;
        int p = size;
        b[p++] = '"';
        int i = 0;
        // Printable ASCII, nearly all of a report, goes straight in; the rest is escaped from the first other char.
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
            b[p++] = (byte) c;
        }
        size = p;
        if (i < n) escape(s, i);
        put('"');
    }

    private void escape(String s, int from) {
        int n = s.length();
        ensure(6 * (n - from) + 1);   // the longest form of a char is a six-byte unicode escape; the 1 is the closing quote
        byte[] b = bytes;
        int p = size;
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                b[p++] = (byte) c;
            } else if (c < 0x80) {
                p = escapeAscii(c, b, p);
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                p = unicodeEscape(c, b, p);   // Jackson writes each half of a pair as its own escape, not as 4-byte UTF-8
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = p;
    }

    private static int escapeAscii(char c, byte[] b, int p) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm == 0) return unicodeEscape(c, b, p);
        b[p++] = '\\';
        b[p++] = (byte) shortForm;
        return p;
    }

    private static int unicodeEscape(char c, byte[] b, int p) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xF];
        b[p++] = HEX[(c >> 8) & 0xF];
        b[p++] = HEX[(c >> 4) & 0xF];
        b[p++] = HEX[c & 0xF];
        return p;
    }

    /** What has been written. */
    byte[] toByteArray() { return Arrays.copyOf(bytes, size); }

    // put, copy and ensure run for every token: growing is kept out of them so that they stay small enough to
    // be inlined where they are called.
    private void put(char c) {
        if (size == bytes.length) grow(1);
        bytes[size++] = (byte) c;
    }

    private void copy(byte[] json) {
        ensure(json.length);
        System.arraycopy(json, 0, bytes, size, json.length);
        size += json.length;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) grow(more);
    }

    private void grow(int more) { bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more)); }
}
