package vn.ungcuu;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import vn.ungcuu.local.LocalMode;
import vn.ungcuu.local.TokenCommand;

/**
 * Entry point. {@code token ...} mints a local token and exits. Otherwise the service starts; when no
 * datasource URL is configured it first starts an embedded PostgreSQL on a persistent data folder and
 * trusts a local signing key (local mode), so that a fresh machine needs nothing but Java.
 */
@QuarkusMain
public class UngCuuMain {

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(TokenCommand.run(args));
            return;
        }
        LocalMode.startIfNoDatabaseConfigured();
        Quarkus.run(args);
    }
}
