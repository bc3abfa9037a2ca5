package org.pcrnavigator.records.screen;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.JsonReport;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.data.DataError;
import org.pcrnavigator.law.data.LocatedDocument;
import org.pcrnavigator.records.csv.CsvCases;
import org.pcrnavigator.records.csv.CsvMapping;

/**
 * Screens many cases: reads JSON Lines of pcr-case/1 objects (or a CSV export through its mapping), analyses
 * them on every core, and writes one brief report a line (in input order), a summary row per person and an
 * HTML summary. Memory stays flat:
 * cases are read, analysed and written in fixed-size batches. After each batch the outputs are flushed
 * and a checkpoint records how far they reach, so a run that is killed resumes without duplicates or gaps.
 * A bad row is reported in {@code errors.csv} with its line number (and, for CSV, its column) and skipped.
 */
public final class Screener {
    /** Cases analysed together; bounds memory and the work lost to an interruption. */
    static final int BATCH = 512;
    static final String ERRORS_HEADER = "line,column,error";

    private final Analyzer analyzer;
    private final LocalDate today;
    private final int threads;
    private final PrintStream progress;   // null: no progress display

    public Screener(Analyzer analyzer, LocalDate today, int threads, PrintStream progress) {
        this.analyzer = analyzer;
        this.today = today;
        this.threads = threads;
        this.progress = progress;
    }

    /** What one unit of input became: a report and its summary row, or errors (line, column, message). */
    private record Outcome(long line, byte[] report, String summaryRow, List<CsvCases.CellError> errors) {}

    /**
     * One unit of input, counted by the checkpoint: a line of JSON Lines (blank or not), or a person (or an
     * unreadable row) of a CSV export.
     */
    private record Unit(long line, String jsonLine, CsvCases.Item csv) {}

    /** Reads units in input order. */
    private interface Source extends Closeable {
        Unit next() throws IOException;

        long charsRead();
    }

    /** Screens a JSON Lines file of pcr-case/1 objects into {@code out}. */
    public ScreenResult screen(Path input, Path out) throws IOException {
        BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        String file = input.getFileName().toString();
        return run(new Source() {
            long line;
            long chars;

            @Override public Unit next() throws IOException {
                String l = in.readLine();
                if (l == null) return null;
                chars += l.length() + 1;
                line++;
                return new Unit(line, l, null);
            }

            @Override public long charsRead() { return chars; }

            @Override public void close() throws IOException { in.close(); }
        }, file, Files.size(input), fingerprint(input), out);
    }

    /**
     * Screens a CSV case export read through {@code mapping} into {@code out}: one report per person.
     *
     * @throws DataError where the header lacks a mapped column (nothing is written then)
     */
    public ScreenResult screen(Path input, CsvMapping mapping, Path out) throws IOException {
        CsvCases cases = CsvCases.open(input, mapping);
        return run(new Source() {
            @Override public Unit next() throws IOException {
                CsvCases.Item i = cases.next();
                return i == null ? null : new Unit(i.line(), null, i);
            }

            @Override public long charsRead() { return cases.charsRead(); }

            @Override public void close() throws IOException { cases.close(); }
        }, input.getFileName().toString(), Files.size(input), fingerprint(input), out);
    }

    private ScreenResult run(Source source, String file, long totalBytes, String input, Path out) throws IOException {
        Files.createDirectories(out);
        Path reports = out.resolve("reports.jsonl");
        Path summary = out.resolve("summary.csv");
        Path errors = out.resolve("errors.csv");
        Checkpoint cp = Checkpoint.read(out);
        if (cp != null && cp.input() != null && !cp.input().equals(input)) {
            // Resuming over another file would append its cases to the first file's: refuse before touching anything.
            throw new DataError(out.resolve(".checkpoint").toString(), "", 0, 0, "this folder holds an unfinished run over another "
                    + "input; expected the same input file to resume it, or a new output folder");
        }
        if (cp == null) {
            Files.writeString(reports, "");
            Files.writeString(summary, Summary.HEADER + "\n");
            Files.writeString(errors, ERRORS_HEADER + "\n");
            cp = new Checkpoint(0, Files.size(reports), Files.size(summary), Files.size(errors), 0, 0, input);
            cp.write(out);
        }
        long resumedAfter = cp.screened() + cp.badRows();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (source;
             RandomAccessFile rep = new RandomAccessFile(reports.toFile(), "rw");
             RandomAccessFile sum = new RandomAccessFile(summary.toFile(), "rw");
             RandomAccessFile err = new RandomAccessFile(errors.toFile(), "rw")) {
            // Reports go out through a small buffer on the file's own descriptor (so getFilePointer stays true),
            // rendered to UTF-8 by the workers: a batch is megabytes, and one string of it would cost a copy and
            // a humongous allocation per batch.
            OutputStream repOut = new BufferedOutputStream(new FileOutputStream(rep.getFD()), 1 << 16);
            // Drop whatever was written after the last checkpoint: it will be written again.
            rep.setLength(cp.reportsBytes());
            sum.setLength(cp.summaryBytes());
            err.setLength(cp.errorsBytes());
            rep.seek(cp.reportsBytes());
            sum.seek(cp.summaryBytes());
            err.seek(cp.errorsBytes());
            long units = 0;
            for (; units < cp.unitsDone(); units++) {
                if (source.next() == null) break;
            }
            long screened = cp.screened();
            long bad = cp.badRows();
            // Two batches in flight: while one is written and synced, the workers analyse the next.
            java.util.ArrayDeque<List<Future<Outcome>>> inFlight = new java.util.ArrayDeque<>();
            while (true) {
                List<Future<Outcome>> futures = new ArrayList<>(BATCH);
                Unit u;
                while (futures.size() < BATCH && (u = source.next()) != null) {
                    Unit unit = u;
                    futures.add(pool.submit(() -> analyse(unit, file)));
                }
                if (!futures.isEmpty()) inFlight.add(futures);
                if (inFlight.isEmpty()) break;
                if (inFlight.size() < 2 && !futures.isEmpty()) continue;
                StringBuilder s = new StringBuilder();
                StringBuilder e = new StringBuilder();
                List<Future<Outcome>> done = inFlight.poll();
                for (Future<Outcome> f : done) {
                    Outcome o = get(f);
                    if (o == null) continue;   // a blank line
                    if (o.errors() != null) {
                        bad++;
                        for (CsvCases.CellError ce : o.errors()) {
                            e.append(ce.line()).append(',').append(Summary.csv(ce.column())).append(',')
                                    .append(Summary.csv(ce.message())).append('\n');
                            if (progress != null) progress.printf("%nline %d: %s%n", ce.line(), ce.message());
                        }
                    } else {
                        screened++;
                        repOut.write(o.report());
                        repOut.write('\n');
                        s.append(o.summaryRow()).append('\n');
                    }
                }
                repOut.flush();
                sum.write(s.toString().getBytes(StandardCharsets.UTF_8));
                err.write(e.toString().getBytes(StandardCharsets.UTF_8));
                rep.getFD().sync();
                sum.getFD().sync();
                err.getFD().sync();
                units += done.size();
                cp = new Checkpoint(units, rep.getFilePointer(), sum.getFilePointer(), err.getFilePointer(), screened, bad, input);
                cp.write(out);
                if (progress != null) Progress.show(progress, screened + bad - resumedAfter, source.charsRead(), totalBytes, started);
            }
            if (progress != null) progress.println();
            Summary.writeHtml(summary, out.resolve("summary.html"), screened, bad);
            return new ScreenResult(screened, bad, resumedAfter);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome analyse(Unit u, String file) {
        if (u.csv() instanceof CsvCases.Rejected rej) return new Outcome(u.line(), null, null, rej.errors());
        if (u.jsonLine() != null && u.jsonLine().isBlank()) return null;
        try {
            CaseFile cf = u.csv() instanceof CsvCases.Imported imp
                    ? imp.read(today)
                    : CaseFileReader.read(LocatedDocument.parse(file + " line " + u.line(), u.jsonLine()).root(), today);
            Report report = analyzer.analyzeWithoutPlan(cf, "en", false);   // brief: no sentences to write
            byte[] rendered = JsonReport.renderUtf8(report, true);
            return new Outcome(u.line(), rendered, Summary.row(cf, report, u.line()), null);
        } catch (CsvCases.CsvCaseError e) {
            return failed(u, e.error());
        } catch (DataError e) {
            return failed(u, new CsvCases.CellError(u.line(), e.path() == null ? "" : e.path(), e.describe()));
        } catch (RuntimeException e) {
            return failed(u, new CsvCases.CellError(u.line(), "",
                    "cannot analyse: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static Outcome failed(Unit u, CsvCases.CellError e) {
        return new Outcome(u.line(), null, null, List.of(e));
    }

    private static Outcome get(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How far the outputs reach, written after every batch (atomically, by rename). */
    record Checkpoint(long unitsDone, long reportsBytes, long summaryBytes, long errorsBytes, long screened, long badRows,
                      String input) {
        static Checkpoint read(Path out) throws IOException {
            Path p = out.resolve(".checkpoint");
            if (!Files.exists(p)) return null;
            String[] v = Files.readString(p).trim().split(",");
            return new Checkpoint(Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]), Long.parseLong(v[3]),
                    Long.parseLong(v[4]), Long.parseLong(v[5]), v.length > 6 ? v[6] : null);
        }

        void write(Path out) throws IOException {
            Path tmp = out.resolve(".checkpoint.tmp");
            Files.writeString(tmp, unitsDone + "," + reportsBytes + "," + summaryBytes + "," + errorsBytes + "," + screened + "," + badRows
                    + "," + input);
            Files.move(tmp, out.resolve(".checkpoint"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Tells inputs apart cheaply, so that a run is never resumed over another file: the size and a checksum
     * of the first 64 KB.
     */
    static String fingerprint(Path input) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (java.io.InputStream in = Files.newInputStream(input)) {
            crc.update(in.readNBytes(1 << 16));
        }
        return Files.size(input) + ":" + Long.toHexString(crc.getValue());
    }

}
