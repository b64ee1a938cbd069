package vn.ungcuu.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One person at one browser window: a fresh context (its own session storage), Vietnamese locale and the district's
 * time zone, a phone-sized or desktop window. It records every uncaught script error and every Content-Security-Policy
 * violation, and {@link #close()} fails the test on any: a screen that works only with a broken policy does not pass.
 */
public final class Browsing implements AutoCloseable {

    public static final String AXE_TAGS = "wcag2a,wcag2aa,wcag21a,wcag21aa";

    private final URL app;
    private final BrowserContext context;
    private final Page page;
    private final List<String> scriptErrors = new ArrayList<>();

    private Browsing(URL app, int width, int height) {
        this.app = app;
        this.context = Chromium.get().newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(width, height));
        this.context.setDefaultTimeout(15_000);
        this.page = context.newPage();
        page.onPageError(error -> scriptErrors.add("uncaught: " + error));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                scriptErrors.add("CSP: " + message.text());
            }
        });
    }

    /** A 360 × 740 phone, the commune focal point's usual screen. */
    public static Browsing phone(URL app) {
        return new Browsing(app, 360, 740);
    }

    public static Browsing desktop(URL app) {
        return new Browsing(app, 1280, 900);
    }

    public Page page() {
        return page;
    }

    public BrowserContext context() {
        return context;
    }

    /** Opens the app signed in with the token, as the {@code token --url} link does, at a route ({@code /su-co}). */
    public Page signIn(String token, String route) {
        page.navigate(app + "#token=" + token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).waitFor();
        if (route != null) {
            go(route);
        }
        return page;
    }

    /** Moves to a route of the app ({@code /su-co/SC-2026-000001}) and waits for its heading. */
    public Page go(String route) {
        page.navigate(app + "#" + route);
        page.locator("main h1").first().waitFor();
        return page;
    }

    /** axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
    public void assertAccessible() {
        List<Rule> violations = new AxeBuilder(page).withTags(List.of(AXE_TAGS.split(","))).analyze().getViolations();
        assertEquals("", violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")), "axe-core violations on " + page.url());
    }

    /** A picture for README or for a failure, under target/screenshots. */
    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        try {
            assertEquals(List.of(), scriptErrors, "script errors or CSP violations in the browser");
        } finally {
            context.close();
        }
    }
}
