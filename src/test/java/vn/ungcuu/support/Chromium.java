package vn.ungcuu.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, driven by Playwright: one browser per test JVM, nothing downloaded (the driver comes in
 * Playwright's jar; PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD keeps it from fetching browsers). CI must have the browser
 * ({@code .ci/run} installs it): there a missing one fails; on a bare laptop the browser tests are skipped.
 */
public final class Chromium {

    static final Path BIN = Path.of(System.getenv().getOrDefault("UNGCUU_CHROMIUM", "/usr/bin/chromium"));
    private static Browser browser;

    private Chromium() {
    }

    public static synchronized Browser get() {
        if (browser == null || !browser.isConnected()) {
            if (!Files.isExecutable(BIN)) {
                if (System.getenv("CI") != null) {
                    Assertions.fail("No Chromium at " + BIN + ": .ci/run installs Debian's chromium package");
                }
                Assumptions.abort("No Chromium at " + BIN + " (apt-get install chromium): browser tests skipped");
            }
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(BIN)
                    .setHeadless(true).setArgs(List.of("--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                            "--no-sandbox", "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
