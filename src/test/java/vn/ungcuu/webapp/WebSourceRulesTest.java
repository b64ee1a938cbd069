package vn.ungcuu.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of the web app's sources that a reader can check without a browser: user text is never turned into HTML,
 * nothing the strict Content-Security-Policy forbids, no token in lasting storage, and every message in both
 * languages.
 */
class WebSourceRulesTest {

    static final Path WEB = Path.of("src/main/resources/web");
    private static final Pattern T_CALL = Pattern.compile("\\bt\\(\\s*'([^']+)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    @Test
    void noSourceTurnsTextIntoHtmlOrCodeOrBreaksThePolicy() {
        Map<String, String> forbidden = Map.of(
                "unsafeHTML", "user text would become HTML",
                "innerHTML", "user text would become HTML",
                "outerHTML", "user text would become HTML",
                "insertAdjacentHTML", "user text would become HTML",
                "document.write", "user text would become HTML",
                "eval(", "the CSP forbids eval",
                "new Function(", "the CSP forbids eval",
                " style=\"", "the CSP forbids inline style attributes (use a class or styleMap)",
                "console.log", "nothing the app handles is logged");
        List<String> found = new ArrayList<>();
        for (Path file : sources(".js", ".html")) {
            List<String> lines = read(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                for (var rule : forbidden.entrySet()) {
                    if (lines.get(i).contains(rule.getKey()) && !lines.get(i).trim().startsWith("//")) {
                        found.add(WEB.relativize(file) + ":" + (i + 1) + " " + rule.getKey() + ": " + rule.getValue());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void tokensNeverGoToLastingStorage() {
        List<String> found = new ArrayList<>();
        for (Path file : sources(".js")) {
            read(file).lines().filter(line -> !line.trim().startsWith("//"))
                    .filter(line -> line.contains("localStorage") && line.toLowerCase().contains("token"))
                    .forEach(line -> found.add(WEB.relativize(file) + ": " + line.trim()));
        }
        assertEquals(List.of(), found, "localStorage outlives the tab: tokens stay in memory or sessionStorage");
    }

    @Test
    void everyCatalogHasBothLanguagesWithTheSameKeysAndPlaceholders() {
        List<Path> vietnamese = sources(".json").stream().filter(path -> path.getFileName().toString().equals("vi.json"))
                .toList();
        assertTrue(vietnamese.size() >= 1, "no catalog found");
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Path vi : vietnamese) {
            Path en = vi.resolveSibling("en.json");
            if (!Files.exists(en)) {
                problems.add(WEB.relativize(vi) + " has no en.json beside it");
                continue;
            }
            Map<String, String> viText = catalog(vi);
            Map<String, String> enText = catalog(en);
            if (!viText.keySet().equals(enText.keySet())) {
                Set<String> onlyVi = new TreeSet<>(viText.keySet());
                onlyVi.removeAll(enText.keySet());
                Set<String> onlyEn = new TreeSet<>(enText.keySet());
                onlyEn.removeAll(viText.keySet());
                problems.add(WEB.relativize(vi.getParent()) + ": only in vi " + onlyVi + ", only in en " + onlyEn);
            }
            for (String key : viText.keySet()) {
                if (!seen.add(key)) {
                    problems.add(key + " is defined in more than one catalog");
                }
                if (enText.containsKey(key) && !placeholders(viText.get(key)).equals(placeholders(enText.get(key)))) {
                    problems.add(key + ": placeholders differ between vi and en");
                }
                if (viText.get(key).isBlank()) {
                    problems.add(key + " is empty");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyMessageTheCodeAsksForExists() {
        Set<String> known = new TreeSet<>();
        sources(".json").stream().filter(path -> path.getFileName().toString().equals("vi.json"))
                .forEach(path -> known.addAll(catalog(path).keySet()));
        Map<String, String> missing = new TreeMap<>();
        for (Path file : sources(".js")) {
            Matcher call = T_CALL.matcher(read(file));
            while (call.find()) {
                if (!known.contains(call.group(1))) {
                    missing.put(call.group(1), WEB.relativize(file).toString());
                }
            }
        }
        assertEquals(Map.of(), missing, "t('…') keys without a message in any vi.json");
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> catalog(Path path) {
        try {
            return new ObjectMapper().readValue(path.toFile(), new TypeReference<Map<String, String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is not a flat JSON object of strings", e);
        }
    }

    static List<Path> sources(String... endings) {
        try (Stream<Path> files = Files.walk(WEB)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> Stream.of(endings).anyMatch(path.toString()::endsWith)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
