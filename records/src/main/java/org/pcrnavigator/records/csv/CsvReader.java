package org.pcrnavigator.records.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records as RFC 4180 defines them, one record at a time: fields separated by a delimiter, records
 * by CRLF or LF, fields in double quotes may hold delimiters, quotes (doubled) and line breaks. A byte-order
 * mark before the first field is dropped. A malformed record (a stray quote, text after a closing quote, a
 * quote never closed, a record longer than {@link #MAX_RECORD_CHARS}) comes back as a {@link Record} with an
 * error and the reader goes on with the next line, so one bad row never stops a file. Not thread-safe.
 */
public final class CsvReader implements java.io.Closeable {
    /** The longest record accepted; bounds memory whatever the file holds. */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    /** One record: its fields, or the reason it could not be read; {@code line} is where it starts (1-based). */
    public record Record(long line, List<String> fields, String error) {
        public boolean ok() { return error == null; }
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long charsRead;
    private boolean started;
    private int pushedBack = -1;

    public CsvReader(Reader in, char delimiter) {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("a delimiter cannot be a quote or a line break");
        }
        this.in = in;
        this.delimiter = delimiter;
    }

    @Override
    public void close() throws IOException { in.close(); }

    /** Characters consumed so far, for progress display. */
    public long charsRead() { return charsRead; }

    /** The next record, or {@code null} at the end of the input. A blank line is a record of one empty field. */
    public Record next() throws IOException {
        if (!started) {
            started = true;
            int c = read();
            if (c != '\uFEFF' && c != -1) unread(c);
            if (c == -1) return null;
        }
        int first = read();
        if (first == -1) return null;
        unread(first);
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long size = 0;
        while (true) {
            int c = read();
            if (++size > MAX_RECORD_CHARS) {
                skipLine(c);
                return new Record(start, null, "the record is longer than " + MAX_RECORD_CHARS + " characters");
            }
            if (c == '"' && field.length() == 0) {
                // A quoted field: up to the closing quote, doubled quotes standing for one.
                long opened = line;
                while (true) {
                    int q = read();
                    if (q == -1) return new Record(start, null, "a quoted field opened on line " + opened + " is never closed");
                    if (++size > MAX_RECORD_CHARS) {
                        return new Record(start, null, "the record is longer than " + MAX_RECORD_CHARS + " characters");
                    }
                    if (q == '"') {
                        int after = read();
                        if (after == '"') {
                            field.append('"');
                            continue;
                        }
                        unread(after);
                        break;
                    }
                    if (q == '\n') line++;
                    field.append((char) q);
                }
                int after = read();
                if (after == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    continue;
                }
                if (after == -1 || after == '\n' || after == '\r') {
                    endOfLine(after);
                    fields.add(field.toString());
                    return new Record(start, fields, null);
                }
                skipLine(after);
                return new Record(start, null, "text after the closing quote of field " + (fields.size() + 1)
                        + "; expected a delimiter or the end of the line after a quoted field");
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == -1 || c == '\n' || c == '\r') {
                endOfLine(c);
                fields.add(field.toString());
                return new Record(start, fields, null);
            } else if (c == '"') {
                skipLine(c);
                return new Record(start, null, "a quote inside unquoted field " + (fields.size() + 1)
                        + "; expected the whole field in quotes, with inner quotes doubled");
            } else {
                field.append((char) c);
            }
        }
    }

    /** After CR or LF: counts the line and swallows the LF of a CRLF. */
    private void endOfLine(int c) throws IOException {
        if (c == -1) return;
        if (c == '\r') {
            int n = read();
            if (n != '\n') unread(n);
        }
        line++;
    }

    /** Drops the rest of a bad record's physical line, so reading resumes at the next one. */
    private void skipLine(int c) throws IOException {
        while (c != -1 && c != '\n' && c != '\r') c = read();
        endOfLine(c);
    }

    private int read() throws IOException {
        if (pushedBack != -1) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        charsRead++;
        return buf[pos++];
    }

    private void unread(int c) {
        if (c != -1) pushedBack = c;
    }
}
