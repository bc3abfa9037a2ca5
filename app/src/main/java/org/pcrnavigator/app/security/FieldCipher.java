package org.pcrnavigator.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts one database field at a time with AES-256-GCM, under a keyring kept in files outside the
 * database.
 *
 * <p>A stored value is {@code "k" + keyId + ":" + base64(iv || ciphertext || tag)} with a random 96-bit IV and a
 * 128-bit tag. The additional authenticated data is {@code "table.column:rowId"}, so a ciphertext copied to another
 * row or column is rejected instead of read.
 *
 * <p>The keyring is a folder: {@code <id>.key} holds one 256-bit key in base64, {@code current} names the key that
 * encrypts (when it is missing, the newest key file becomes current), and {@code retired/} holds keys taken out of
 * use by a rotation (kept for old backups; never loaded).
 * Key ids are 8 random hex digits, so keys of two installations never share an id. Files are created with
 * permissions 0600 (folder 0700) where the file system supports POSIX permissions.
 */
public final class FieldCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_FILE = Pattern.compile("([0-9a-f]{8})\\.key");
    private static final Pattern STORED = Pattern.compile("k([0-9a-f]{8}):([A-Za-z0-9+/=]+)");

    private final Path dir;
    private volatile Keyring keyring;

    /** The loaded keys, the current key's id, and when {@code current} was last changed (to notice a rotation). */
    private record Keyring(Map<String, SecretKey> keys, String current, long currentModified) {}

    private FieldCipher(Path dir, Keyring keyring) {
        this.dir = dir;
        this.keyring = keyring;
    }

    /**
     * Loads the keyring in {@code keysDir}; when the folder holds no key and {@code createIfMissing}, creates the
     * folder and a first key. Throws {@link MissingKeyException} when there is no key and none may be created.
     */
    public static FieldCipher open(Path keysDir, boolean createIfMissing) {
        try {
            if (Files.isDirectory(keysDir) && !Files.exists(keysDir.resolve("current"))) {
                // Key files copied without their "current" file (a restore on a new machine): the newest one encrypts.
                Optional<Path> newest;
                try (Stream<Path> files = Files.list(keysDir)) {
                    newest = files.filter(f -> KEY_FILE.matcher(f.getFileName().toString()).matches())
                            .max(java.util.Comparator.comparing((Path f) -> {
                                try {
                                    return Files.getLastModifiedTime(f);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            }));
                }
                if (newest.isPresent()) {
                    String name = newest.get().getFileName().toString();
                    writeAtomically(keysDir.resolve("current"), name.substring(0, name.length() - ".key".length()));
                }
            }
            if (!Files.isDirectory(keysDir) || !Files.exists(keysDir.resolve("current"))) {
                if (!createIfMissing) {
                    throw new MissingKeyException("no encryption key in " + keysDir
                            + ": copy the keys/ folder of the original data folder there (it is backed up separately)");
                }
                createDirectory(keysDir);
                String id = writeNewKey(keysDir);
                writeAtomically(keysDir.resolve("current"), id);
            }
            return new FieldCipher(keysDir, load(keysDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key folder " + keysDir, e);
        }
    }

    /** The folder this keyring lives in. */
    public Path directory() { return dir; }

    /** The id of the key new values are encrypted with. */
    public String currentKeyId() { return keyring.current(); }

    /** The ids of every loaded (not retired) key, sorted. */
    public List<String> keyIds() { return List.copyOf(keyring.keys().keySet()); }

    /** Encrypts {@code plaintext} for the field named by {@code aad} ({@code "table.column:rowId"}); null stays null. */
    public String encrypt(String plaintext, String aad) {
        if (plaintext == null) return null;
        Keyring ring = fresh();
        byte[] iv = Secrets.randomBytes(IV_BYTES);
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.ENCRYPT_MODE, ring.keys().get(ring.current()), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
            return "k" + ring.current() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /**
     * Decrypts a value {@link #encrypt} produced for the same {@code aad}; null stays null. Throws
     * {@link RejectedCiphertextException} when the value was altered or belongs to another field, and
     * {@link MissingKeyException} when its key is not in the keyring (after looking at the folder again, in case
     * another process rotated the key).
     */
    public String decrypt(String stored, String aad) {
        if (stored == null) return null;
        var m = STORED.matcher(stored);
        if (!m.matches()) throw new RejectedCiphertextException(aad + ": not an encrypted value (expected k<keyId>:<base64>)");
        String id = m.group(1);
        SecretKey key = keyFor(id);
        byte[] all;
        try {
            all = Base64.getDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new RejectedCiphertextException(aad + ": the encrypted value is not valid base64");
        }
        if (all.length < IV_BYTES + TAG_BITS / 8) throw new RejectedCiphertextException(aad + ": the encrypted value is too short");
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new RejectedCiphertextException(aad + ": the encrypted value was altered or belongs to another field");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** The key id a stored value names, if it has the stored form. */
    public static Optional<String> keyIdOf(String stored) {
        if (stored == null) return Optional.empty();
        var m = STORED.matcher(stored);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Adds a fresh key and makes it current (first step of a rotation); returns its id. */
    public synchronized String addKey() {
        try {
            String id = writeNewKey(dir);
            writeAtomically(dir.resolve("current"), id);
            keyring = load(dir);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add a key in " + dir, e);
        }
    }

    /** Moves a key that no stored value uses any more into {@code retired/} (last step of a rotation). */
    public synchronized void retire(String id) {
        if (id.equals(keyring.current())) throw new IllegalArgumentException("key " + id + " is the current key; it cannot be retired");
        try {
            Path retired = dir.resolve("retired");
            createDirectory(retired);
            Files.move(dir.resolve(id + ".key"), retired.resolve(id + ".key"), StandardCopyOption.ATOMIC_MOVE);
            keyring = load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot retire key " + id + " in " + dir, e);
        }
    }

    /**
     * The keyring, reloaded first if {@code current} changed on disk: a rotation run by {@code pcr admin rotate-key}
     * beside a running process makes that process encrypt with the new key from its next write on.
     */
    private Keyring fresh() {
        Keyring ring = keyring;
        long modified;
        try {
            modified = Files.getLastModifiedTime(dir.resolve("current")).toMillis();
        } catch (IOException e) {
            return ring;   // the folder is being rewritten or is gone: keep the keys we have
        }
        if (modified == ring.currentModified()) return ring;
        synchronized (this) {
            try {
                keyring = load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the key folder " + dir, e);
            }
            return keyring;
        }
    }

    private SecretKey keyFor(String id) {
        SecretKey key = keyring.keys().get(id);
        if (key != null) return key;
        synchronized (this) {
            try {
                keyring = load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the key folder " + dir, e);
            }
            key = keyring.keys().get(id);
        }
        if (key == null) {
            throw new MissingKeyException("a value is encrypted with key " + id + ", which is not in " + dir
                    + (Files.exists(dir.resolve("retired").resolve(id + ".key"))
                    ? " (it is in retired/: move it back into keys/ to read this value, then run 'pcr admin rotate-key')"
                    : " (copy it from the keys/ folder that was backed up with the data)"));
        }
        return key;
    }

    private static Keyring load(Path dir) throws IOException {
        Map<String, SecretKey> keys = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                var m = KEY_FILE.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                byte[] raw;
                try {
                    raw = Base64.getDecoder().decode(Files.readString(f, StandardCharsets.US_ASCII).strip());
                } catch (IllegalArgumentException e) {
                    throw new IOException(f + ": expected a base64 key of 32 bytes");
                }
                if (raw.length != 32) throw new IOException(f + ": expected a key of 32 bytes, found " + raw.length);
                keys.put(m.group(1), new SecretKeySpec(raw, "AES"));
            }
        }
        Path currentFile = dir.resolve("current");
        long modified = Files.getLastModifiedTime(currentFile).toMillis();
        String current = Files.readString(currentFile, StandardCharsets.US_ASCII).strip();
        if (!keys.containsKey(current)) {
            throw new MissingKeyException(currentFile + " names key " + current + ", but " + current + ".key is not in " + dir);
        }
        return new Keyring(java.util.Collections.unmodifiableMap(keys), current, modified);
    }

    private static String writeNewKey(Path dir) throws IOException {
        String id;
        do {
            id = HexFormat.of().formatHex(Secrets.randomBytes(4));
        } while (Files.exists(dir.resolve(id + ".key")) || Files.exists(dir.resolve("retired").resolve(id + ".key")));
        writeAtomically(dir.resolve(id + ".key"), Base64.getEncoder().encodeToString(Secrets.randomBytes(32)));
        return id;
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = posix()
                ? Files.createTempFile(target.getParent(), ".tmp-", "", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(target.getParent(), ".tmp-", "");
        try {
            Files.writeString(tmp, content + "\n", StandardCharsets.US_ASCII);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        FileAttribute<?>[] attrs = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        Files.createDirectories(dir, attrs);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** A stored value that fails authentication: altered, truncated, or moved from another row or column. */
    public static final class RejectedCiphertextException extends RuntimeException {
        public RejectedCiphertextException(String message) { super(message); }
    }

    /** A key the data needs is not in the keyring folder. */
    public static final class MissingKeyException extends RuntimeException {
        public MissingKeyException(String message) { super(message); }
    }
}
