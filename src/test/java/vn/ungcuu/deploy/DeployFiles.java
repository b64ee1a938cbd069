package vn.ungcuu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
import java.util.stream.Stream;

/** What the files under deploy/ say about the service: the settings they set, the probes, the ports. */
final class DeployFiles {

    static final Path DEPLOY = Path.of("deploy");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    static final Path COMPOSE = DEPLOY.resolve("compose").resolve("compose.yaml");
    static final Path DOCKERFILE = DEPLOY.resolve("container").resolve("Dockerfile");
    static final Path ENVIRONMENT_FILE = DEPLOY.resolve("single-server").resolve("ungcuu.env");
    private static final Pattern HEALTH_PATH = Pattern.compile("/q/health(?:/[a-z]+)?");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployFiles() {
    }

    /** Every YAML and JSON file under deploy/ (tool folders such as node_modules left out). */
    static List<Path> structuredFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().contains("node_modules"))
                    .filter(file -> file.toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted().toList();
        }
    }

    /** All documents of a YAML file, or the one of a JSON file. */
    static List<JsonNode> documents(Path file) {
        try {
            if (file.toString().endsWith(".json")) {
                return List.of(JSON.readTree(file.toFile()));
            }
            List<JsonNode> documents = new ArrayList<>();
            YAML.readValues(YAML.getFactory().createParser(file.toFile()), JsonNode.class)
                    .forEachRemaining(document -> {
                        if (document != null && !document.isNull() && !document.isMissingNode()) {
                            documents.add(document);
                        }
                    });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The Kubernetes objects of every manifest, by "Kind/name". */
    static Map<String, JsonNode> kubernetesObjects() throws IOException {
        Map<String, JsonNode> objects = new TreeMap<>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode document : documents(file)) {
                    if (document.has("kind") && document.has("metadata")) {
                        objects.put(document.get("kind").asText() + "/" + document.at("/metadata/name").asText(), document);
                    }
                }
            }
        }
        return objects;
    }

    static JsonNode serviceContainer() throws IOException {
        for (JsonNode container : kubernetesObjects().get("Deployment/ungcuu").at("/spec/template/spec/containers")) {
            if (container.get("name").asText().equals("ungcuu")) {
                return container;
            }
        }
        throw new AssertionError("deployment.yaml has no container named ungcuu");
    }

    /** The environment variables each deploy file gives the service's own process or container. */
    static Map<String, Set<String>> environmentVariables() throws IOException {
        Map<String, Set<String>> byFile = new TreeMap<>();
        byFile.put(ENVIRONMENT_FILE.toString(), EnvironmentFile.read(ENVIRONMENT_FILE).keySet());

        Set<String> kubernetes = new TreeSet<>();
        JsonNode container = serviceContainer();
        container.path("env").forEach(variable -> kubernetes.add(variable.get("name").asText()));
        Map<String, JsonNode> objects = kubernetesObjects();
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.at("/configMapRef/name").asText();
            if (!configMap.isEmpty()) {
                objects.get("ConfigMap/" + configMap).path("data").fieldNames().forEachRemaining(kubernetes::add);
            }
        }
        byFile.put(KUBERNETES.toString(), kubernetes);

        Set<String> compose = new TreeSet<>();
        JsonNode environment = documents(COMPOSE).get(0).at("/services/ungcuu/environment");
        if (environment.isArray()) {
            environment.forEach(entry -> compose.add(entry.asText().split("=", 2)[0]));
        } else {
            environment.fieldNames().forEachRemaining(compose::add);
        }
        byFile.put(COMPOSE.toString(), compose);
        return byFile;
    }

    /** The health paths the manifests, compose file and Dockerfile probe. */
    static Set<String> probePaths() throws IOException {
        Set<String> paths = new TreeSet<>();
        JsonNode container = serviceContainer();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            paths.add(container.at("/" + probe + "/httpGet/path").asText());
        }
        paths.addAll(healthPathsIn(documents(COMPOSE).get(0).at("/services/ungcuu/healthcheck/test").toString()));
        paths.addAll(healthPathsIn(Files.readString(DOCKERFILE).lines()
                .filter(line -> line.contains("/q/health")).reduce("", String::concat)));
        return paths;
    }

    static List<String> healthPathsIn(String text) {
        List<String> paths = new ArrayList<>();
        Matcher matcher = HEALTH_PATH.matcher(text);
        while (matcher.find()) {
            paths.add(matcher.group());
        }
        return paths;
    }
}
