package org.pcrnavigator.law.data;

/**
 * A data file that does not say what it must: names the file, the field path and what was expected.
 *
 * <p>Thrown by every strict reader (case files and the knowledge base alike) so that a user sees one
 * kind of message for one kind of mistake. Immutable.
 */
public final class DataError extends RuntimeException {
    private final String file;
    private final String path;
    private final int line;
    private final int column;

    public DataError(String file, String path, int line, int column, String message) {
        super(message);
        this.file = file;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    public String file() { return file; }

    /** The field path inside the file, e.g. {@code convictions[1].sentence.confinementDays}; empty for the whole file. */
    public String path() { return path; }

    /** One-based line, or 0 where the parser did not know it. */
    public int line() { return line; }

    public int column() { return column; }

    /** The message as a user reads it: {@code file:line:column: path: message}. */
    public String describe() {
        StringBuilder s = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) s.append(':').append(line).append(':').append(column);
        s.append(": ");
        if (path != null && !path.isEmpty()) s.append(path).append(": ");
        return s.append(getMessage()).toString();
    }

    @Override
    public String toString() { return describe(); }
}
