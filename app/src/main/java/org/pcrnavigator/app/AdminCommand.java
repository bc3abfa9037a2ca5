package org.pcrnavigator.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pcrnavigator.app.store.Accounts;
import org.pcrnavigator.app.store.Database;
import org.pcrnavigator.app.store.KeyRotation;
import org.pcrnavigator.app.store.Role;
import org.pcrnavigator.app.store.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pcr admin}: users, API tokens and the encryption key of a workbench's data. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Manage the workbench: users, API tokens, the encryption key.",
        subcommands = {AdminCommand.CreateUser.class, AdminCommand.CreateToken.class, AdminCommand.RevokeTokens.class,
                AdminCommand.RotateKey.class})
final class AdminCommand implements Runnable {
    @ParentCommand Main main;
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getErr()); }

    /** {@code pcr admin create-user}: the password is one line on standard input, so it stays out of the shell history. */
    @Command(name = "create-user", mixinStandardHelpOptions = true,
            description = {"Create a user (and the organisation, if new). The password (at least 12 characters) is read",
                    "as one line from standard input, e.g.: printf '%s\\n' \"$PASSWORD\" | pcr admin create-user ..."})
    static final class CreateUser implements Callable<Integer> {
        @ParentCommand AdminCommand admin;
        @Spec CommandSpec spec;
        @Mixin DataOptions data;
        @Option(names = "--org", required = true, paramLabel = "NAME", description = "the organisation (created if new)") String org;
        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the user's e-mail, used to log in") String email;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, attorney, advocate or volunteer (read-only)") String role;

        @Override
        public Integer call() throws IOException {
            Role r = Role.parse(role);
            var config = data.config();
            char[] password = readPasswordLine(admin.main);
            try (Database db = Database.open(config)) {
                User u = new Accounts(db).createUser(org, email, r, password);
                PrintWriter out = spec.commandLine().getOut();
                out.println("created " + u.role().name().toLowerCase(Locale.ROOT) + " " + u.email() + " in organisation " + org.strip());
                out.flush();
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }
    }

    /** {@code pcr admin create-token}: prints the new API token and nothing else, so scripts can capture it. */
    @Command(name = "create-token", mixinStandardHelpOptions = true,
            description = "Create an API token for a user and print it (it is shown only once; the database keeps only its hash).")
    static final class CreateToken implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DataOptions data;
        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the user the token acts as") String email;

        @Override
        public Integer call() {
            try (Database db = Database.open(data.existing(), false)) {
                String token = new Accounts(db).createApiToken(email);
                spec.commandLine().getOut().println(token);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** {@code pcr admin revoke-tokens}: ends every API token and calendar link of a user (a leaked token, a departure). */
    @Command(name = "revoke-tokens", mixinStandardHelpOptions = true,
            description = "Revoke every API token and calendar link of a user.")
    static final class RevokeTokens implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DataOptions data;
        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the user whose tokens end") String email;

        @Override
        public Integer call() {
            try (Database db = Database.open(data.existing(), false)) {
                Accounts accounts = new Accounts(db);
                var user = accounts.findUser(email).orElseThrow(() -> new Errors.UsageError("--email: no user with the address " + email));
                int n = accounts.revokeTokens(user, "api") + accounts.revokeTokens(user, "calendar");
                spec.commandLine().getOut().println("revoked " + n + " token(s) of " + user.email());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** {@code pcr admin rotate-key}. */
    @Command(name = "rotate-key", mixinStandardHelpOptions = true,
            description = {"Replace the field-encryption key: add a new key, re-encrypt every encrypted field, retire the old key",
                    "into DIR/keys/retired/ (keep it with the backups made before the rotation). Stop the workbench first."})
    static final class RotateKey implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DataOptions data;

        @Override
        public Integer call() {
            try (Database db = Database.open(data.existing(), false)) {
                KeyRotation.Result r = KeyRotation.rotate(db);
                PrintWriter out = spec.commandLine().getOut();
                out.println("new key " + r.newKeyId() + "; " + r.rowsReencrypted() + " row(s) re-encrypted; retired " + r.retiredKeyIds()
                        + " into " + db.cipher().directory().resolve("retired")
                        + " (keep them with older backups; copy the keys folder to every machine that runs the workbench)");
                out.flush();
            }
            return 0;
        }
    }

    /** One line from the command's standard input, as characters; an error naming the field if there is none. */
    static char[] readPasswordLine(Main main) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("password: expected one line on standard input (at least 12 characters)");
        }
        return line.toCharArray();
    }
}
