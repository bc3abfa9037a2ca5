package org.pcrnavigator.app;

import org.pcrnavigator.law.KnowledgeBaseLoader;
import org.pcrnavigator.law.data.DataError;

/** Turns failures into one line a user can act on, and the exit code that goes with it. */
final class Errors {
    private Errors() {}

    static String describe(Exception e) {
        if (e instanceof DataError d) return d.describe();
        if (e instanceof UsageError u) return u.getMessage();
        if (e instanceof KnowledgeBaseLoader.InvalidKnowledgeBase k) {
            return "the knowledge base is invalid (run 'pcr law lint'): " + k.getMessage();
        }
        if (e instanceof org.pcrnavigator.law.time.Timeline.NoValueInForce t) {
            return "the knowledge base does not cover that date: " + t.getMessage() + " (check asOf and the dates in the case file)";
        }
        if (e instanceof IllegalArgumentException
                || e instanceof org.pcrnavigator.app.store.Backup.RestoreRefused
                || e instanceof org.pcrnavigator.app.security.FieldCipher.MissingKeyException) return e.getMessage();
        if (e instanceof com.zaxxer.hikari.pool.HikariPool.PoolInitializationException p) {
            return "cannot connect to the database: " + (p.getCause() != null ? p.getCause().getMessage() : p.getMessage());
        }
        if (e instanceof org.flywaydb.core.api.FlywayException f) return "cannot bring the database schema up to date: " + f.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException n) return "no such file: " + n.getFile();
        if (e instanceof java.io.IOException io) return "cannot read: " + io.getMessage();
        return "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                + " — please report it with the input that caused it (set PCR_DEBUG=1 for details)";
    }

    static int exitCode(Exception e) {
        if (e instanceof DataError || e instanceof UsageError || e instanceof java.io.IOException
                || e instanceof IllegalArgumentException || e instanceof org.pcrnavigator.app.store.Backup.RestoreRefused
                || e instanceof org.pcrnavigator.app.security.FieldCipher.MissingKeyException
                || e instanceof com.zaxxer.hikari.pool.HikariPool.PoolInitializationException
                || e instanceof org.pcrnavigator.law.time.Timeline.NoValueInForce) return 2;
        return 1;
    }

    /** Checks a {@code --lang} option: the analysis and its papers speak English and Spanish. */
    static void requireLanguage(String language) {
        if (!language.equals("en") && !language.equals("es")) throw new UsageError("--lang must be en or es, not '" + language + "'");
    }

    /** A mistake in how the command was called. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) { super(message); }
    }
}
