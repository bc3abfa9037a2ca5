package org.pcrnavigator.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.pcrnavigator.app.store.Accounts;
import org.pcrnavigator.app.store.Clients;
import org.pcrnavigator.app.store.Role;
import org.pcrnavigator.app.store.User;
import org.pcrnavigator.engine.casefile.CaseFile;

/**
 * The demo office {@code pcr serve --demo} sets up on an empty data folder: an organisation, an admin
 * whose generated password is written to {@code DATA/demo-login.txt} (readable by its owner only), and the
 * example cases as client files. Never touches a data folder that already has the demo organisation.
 */
public final class Demo {
    public static final String ORG = "Demo Clinic";
    public static final String EMAIL = "demo@pcr-navigator.example";
    /** The bundled example cases (copied from examples/ at build time). */
    static final List<String> CASES = List.of("lpr-dv-naturalization", "undocumented-hs11377-cancellation",
            "on-probation-burglary", "completed-dej", "plea-before-1978");

    private Demo() {}

    /** Sets up the demo if it is not there yet; returns the login line to show, or null where it already existed. */
    public static String seed(Accounts accounts, Clients clients, Path dataDir, LocalDate today) {
        if (accounts.findOrg(ORG).isPresent()) return null;
        byte[] b = new byte[15];
        new SecureRandom().nextBytes(b);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        User admin = accounts.createUser(ORG, EMAIL, Role.ADMIN, password.toCharArray());
        for (String name : CASES) {
            String yaml = resource("demo/" + name + ".yaml");
            String json = CaseDocuments.normalise(name + ".yaml", yaml, today);
            CaseFile cf = CaseDocuments.read(name, json, today);
            String display = cf.person().name() != null ? cf.person().name() : name;
            clients.create(admin, display, json);
        }
        String line = "email " + EMAIL + "  password " + password;
        try {
            Path f = dataDir.resolve("demo-login.txt");
            Files.deleteIfExists(f);
            try {
                // readable by its owner only from the moment it exists
                Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(f);   // not a POSIX file system: the data folder's own permissions protect it
            }
            Files.writeString(f, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line;
    }

    private static String resource(String name) {
        try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
