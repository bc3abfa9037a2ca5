package org.pcrnavigator.records.screen;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
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
 * cases are read, analysed and written in fixed-size batches. Every few batches the outputs are synced to disk
 * and then a checkpoint records how far they reach, so a run that is killed resumes without duplicates or gaps.
 * A bad row is reported in {@code errors.csv} with its line number (and, for CSV, its column) and skipped.
 */
public final class Screener {
    /** Cases analysed together and written in order; with the batches in flight, bounds memory. */
    static final int BATCH = 512;
    /**
     * Batches between checkpoints. A checkpoint syncs the outputs to disk; every batch would spend more on
     * syncing than on writing (a bulk run writes about 17 KB a case), while eight lose at most 4,096 cases'
     * work to an interruption, a fifth of a second at full speed.
     */
    static final int CHECKPOINT_BATCHES = 8;
    /**
     * Batches in the workers' hands, the one being written included. Two keep them busy now that syncing runs on
     * its own thread; three held a CSV run's heap at its bound (639 MB of RSS at 100,000 cases against 453 MB),
     * eight cost five times the collector's CPU.
     */
    private static final int IN_FLIGHT = 2;
    static final String ERRORS_HEADER = "line,column,error";

    private final Analyzer analyzer;
    private final LocalDate today;
    private final int threads;
    private final PrintStream progress;   // null: no progress display
    private final int checkpointBatches;
    private final boolean directIo;

    public Screener(Analyzer analyzer, LocalDate today, int threads, PrintStream progress) {
        this(analyzer, today, threads, progress, CHECKPOINT_BATCHES, true);
    }

    /**
     * The same, checkpointing every {@code checkpointBatches} batches (tests interrupt runs between checkpoints)
     * and writing reports past the page cache only where {@code directIo} lets it (see {@link DirectAppender}).
     */
    Screener(Analyzer analyzer, LocalDate today, int threads, PrintStream progress, int checkpointBatches, boolean directIo) {
        if (checkpointBatches < 1) throw new IllegalArgumentException("checkpointBatches must be at least 1");
        this.analyzer = analyzer;
        this.today = today;
        this.threads = threads;
        this.progress = progress;
        this.checkpointBatches = checkpointBatches;
        this.directIo = directIo;
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
        // Checkpoints are synced on their own thread: the reader and the workers go on while the disk catches up.
        ExecutorService syncer = Executors.newSingleThreadExecutor();
        // Drop whatever was written after the last checkpoint: it will be written again. Reports are rendered to
        // UTF-8 by the workers and appended as bytes: a batch is megabytes, and one string of it would cost a
        // copy and a humongous allocation per batch.
        try (source;
             DirectAppender rep = DirectAppender.open(reports, cp.reportsBytes(), directIo);
             RandomAccessFile sum = new RandomAccessFile(summary.toFile(), "rw");
             RandomAccessFile err = new RandomAccessFile(errors.toFile(), "rw")) {
            sum.setLength(cp.summaryBytes());
            err.setLength(cp.errorsBytes());
            sum.seek(cp.summaryBytes());
            err.seek(cp.errorsBytes());
            long units = 0;
            for (; units < cp.unitsDone(); units++) {
                if (source.next() == null) break;
            }
            long screened = cp.screened();
            long bad = cp.badRows();
            Future<?> lastCheckpoint = null;
            try {
                java.util.ArrayDeque<List<Future<Outcome>>> inFlight = new java.util.ArrayDeque<>();
                int sinceCheckpoint = 0;
                while (true) {
                    List<Future<Outcome>> futures = new ArrayList<>(BATCH);
                    Unit u;
                    while (futures.size() < BATCH && (u = source.next()) != null) {
                        Unit unit = u;
                        futures.add(pool.submit(() -> analyse(unit, file)));
                    }
                    if (!futures.isEmpty()) inFlight.add(futures);
                    if (inFlight.isEmpty()) break;
                    if (inFlight.size() < IN_FLIGHT && !futures.isEmpty()) continue;
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
                            rep.write(o.report());
                            rep.write((byte) '\n');
                            s.append(o.summaryRow()).append('\n');
                        }
                    }
                    sum.write(s.toString().getBytes(StandardCharsets.UTF_8));
                    err.write(e.toString().getBytes(StandardCharsets.UTF_8));
                    units += done.size();
                    if (++sinceCheckpoint == checkpointBatches || inFlight.isEmpty()) {
                        // What is written so far, recorded once it is on disk. Waiting for the previous checkpoint
                        // first keeps one sync at a time and lets a disk slower than the workers hold the run back.
                        await(lastCheckpoint);
                        rep.writeOut();
                        Checkpoint next = new Checkpoint(units, rep.length(), sum.getFilePointer(), err.getFilePointer(),
                                screened, bad, input);
                        lastCheckpoint = syncer.submit(() -> {
                            rep.force();
                            sum.getFD().sync();
                            err.getFD().sync();
                            next.write(out);
                            return null;
                        });
                        sinceCheckpoint = 0;
                    }
                    if (progress != null) Progress.show(progress, screened + bad - resumedAfter, source.charsRead(), totalBytes, started);
                }
            } finally {
                // Every checkpoint asked for is written before the files close, even when the run stops on an error.
                syncer.shutdown();
                awaitTermination(syncer);
            }
            await(lastCheckpoint);
            if (progress != null) progress.println();
            Summary.writeHtml(summary, out.resolve("summary.html"), screened, bad);
            return new ScreenResult(screened, bad, resumedAfter);
        } finally {
            pool.shutdownNow();
            syncer.shutdownNow();
        }
    }

    /** Waits for a checkpoint's sync, passing on its failure. */
    private static void await(Future<?> checkpoint) throws IOException {
        if (checkpoint == null) return;
        try {
            checkpoint.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void awaitTermination(ExecutorService syncer) {
        try {
            while (!syncer.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                // a disk this slow still finishes: the checkpoint must not be cut off
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    /** How far the outputs reach, written at every checkpoint (atomically, by rename). */
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
