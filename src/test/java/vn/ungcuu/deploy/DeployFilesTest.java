package vn.ungcuu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;

/**
 * The files under deploy/ against the service: they parse, they set only settings the service has (README's
 * reference, itself checked against the code), and they agree on the port, the probes and the labels.
 * Kubernetes and compose cannot run here; this is their static check (SingleServerIT runs the probes).
 */
class DeployFilesTest {

    @Test
    void everyYamlAndJsonFileParses() throws IOException {
        List<Path> files = DeployFiles.structuredFiles();
        assertTrue(files.size() >= 12, "the manifests, compose file and realm were found: " + files);
        for (Path file : files) {
            assertFalse(DeployFiles.documents(file).isEmpty(), file + " is empty");
        }
    }

    @Test
    void everyVariableTheDeployFilesSetIsADocumentedSetting() throws IOException {
        Set<String> documented = ConfigurationReference.documented().keySet();
        for (Map.Entry<String, Set<String>> file : DeployFiles.environmentVariables().entrySet()) {
            Set<String> unknown = new TreeSet<>(file.getValue());
            unknown.removeAll(documented);
            assertTrue(unknown.isEmpty(), file.getKey() + " sets variables the service does not have: " + unknown);
            assertTrue(file.getValue().containsAll(Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_LIQUIBASE_USERNAME", "QUARKUS_LIQUIBASE_PASSWORD",
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER")),
                    file.getKey() + " gives the database roles and the token verification: " + file.getValue());
        }
    }

    @Test
    void everyFileListensAndProbesWhereTheServiceDoes() throws IOException {
        String port = servicePort();
        JsonNode container = DeployFiles.serviceContainer();
        JsonNode containerPort = container.at("/ports/0");
        assertEquals(port, containerPort.get("containerPort").asText(), "deployment containerPort");
        assertEquals(port, configMap().path("QUARKUS_HTTP_PORT").asText(port), "ConfigMap QUARKUS_HTTP_PORT");
        assertEquals(port, EnvironmentFile.read(DeployFiles.ENVIRONMENT_FILE).get("QUARKUS_HTTP_PORT"), "ungcuu.env");
        String targetPort = DeployFiles.kubernetesObjects().get("Service/ungcuu").at("/spec/ports/0/targetPort").asText();
        assertTrue(targetPort.equals(port) || targetPort.equals(containerPort.path("name").asText()),
                "Service targetPort " + targetPort);
        assertTrue(composePorts().stream().anyMatch(mapping -> mapping.endsWith(":" + port)), "compose publishes " + port);
        Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+)").matcher(Files.readString(DeployFiles.DOCKERFILE));
        assertTrue(expose.find() && expose.group(1).equals(port), "Dockerfile EXPOSE");

        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String probePort = container.at("/" + probe + "/httpGet/port").asText();
            assertTrue(probePort.equals(port) || probePort.equals(containerPort.path("name").asText()), probe + " port");
        }
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(),
                "liveness must not depend on the database, or an outage restarts every pod");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertTrue(DeployFiles.probePaths().containsAll(Set.of("/q/health/live", "/q/health/ready", "/q/health/started")),
                "probed: " + DeployFiles.probePaths());
    }

    @Test
    void theDeploymentIsHardenedAndEveryObjectSelectsItsPods() throws IOException {
        Map<String, JsonNode> objects = DeployFiles.kubernetesObjects();
        JsonNode deployment = objects.get("Deployment/ungcuu");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        JsonNode container = DeployFiles.serviceContainer();

        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, "2+ replicas");
        assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), "read-only root filesystem");
        assertTrue(container.at("/securityContext/runAsNonRoot").asBoolean()
                || deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean(), "non-root");
        assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), "no privilege escalation");
        assertTrue(container.at("/resources/requests").has("memory") && container.at("/resources/limits").has("memory"),
                "memory request and limit");
        assertTrue(container.path("volumeMounts").toString().contains("\"/tmp\""), "a writable /tmp");

        assertSelects(deployment.at("/spec/selector/matchLabels"), podLabels, "Deployment selector");
        assertSelects(objects.get("Service/ungcuu").at("/spec/selector"), podLabels, "Service");
        assertSelects(objects.get("PodDisruptionBudget/ungcuu").at("/spec/selector/matchLabels"), podLabels, "PDB");
        JsonNode autoscaler = objects.get("HorizontalPodAutoscaler/ungcuu");
        assertEquals("Deployment/ungcuu", autoscaler.at("/spec/scaleTargetRef/kind").asText() + "/"
                + autoscaler.at("/spec/scaleTargetRef/name").asText());
        assertTrue(autoscaler.at("/spec/minReplicas").asInt() >= 2, "the HPA keeps 2+ replicas");
        boolean policed = objects.entrySet().stream().anyMatch(entry -> entry.getKey().startsWith("NetworkPolicy/")
                && selects(entry.getValue().at("/spec/podSelector/matchLabels"), podLabels));
        assertTrue(policed, "a NetworkPolicy selects the service's pods");

        JsonNode cluster = objects.values().stream().filter(o -> o.path("kind").asText().equals("Cluster")).findFirst()
                .orElseThrow(() -> new AssertionError("a CloudNativePG Cluster"));
        assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
        assertEquals(3, cluster.at("/spec/instances").asInt(), "3 PostgreSQL instances");
        JsonNode backup = objects.values().stream().filter(o -> o.path("kind").asText().equals("ScheduledBackup"))
                .findFirst().orElseThrow(() -> new AssertionError("a ScheduledBackup"));
        assertEquals(cluster.at("/metadata/name").asText(), backup.at("/spec/cluster/name").asText());
        assertTrue(configMap().path("QUARKUS_DATASOURCE_JDBC_URL").asText()
                .contains("//" + cluster.at("/metadata/name").asText() + "-rw:"), "the app talks to the primary");
    }

    @Test
    void everySecretTheDeploymentReadsIsDescribed() throws IOException {
        Set<String> described = new HashSet<>();
        for (JsonNode secret : DeployFiles.documents(DeployFiles.KUBERNETES.resolve("secret.example.yaml"))) {
            described.add(secret.at("/metadata/name").asText() + "/" + String.join(",", fieldNames(secret.path("stringData"))));
        }
        for (JsonNode variable : DeployFiles.serviceContainer().path("env")) {
            JsonNode reference = variable.at("/valueFrom/secretKeyRef");
            if (!reference.isMissingNode()) {
                String name = reference.get("name").asText();
                String key = reference.get("key").asText();
                assertTrue(described.stream().anyMatch(d -> d.startsWith(name + "/") && d.matches(".*[/,]" + key + "(,.*)?$")),
                        "secret.example.yaml describes " + name + "/" + key + ": " + described);
            }
        }
    }

    @Test
    void theRealmGivesTheClaimsTheServiceReads() throws IOException {
        JsonNode realm = DeployFiles.documents(DeployFiles.DEPLOY.resolve("compose/keycloak/ungcuu-realm.json")).get(0);
        Set<String> groups = new TreeSet<>();
        realm.path("groups").forEach(group -> groups.add(group.get("name").asText()));
        assertEquals(new TreeSet<>(Roles.ALL), groups, "one group per role");
        Set<String> claims = new TreeSet<>();
        realm.findValues("protocolMappers").forEach(mappers -> mappers.forEach(
                mapper -> claims.add(mapper.at("/config/claim.name").asText())));
        assertTrue(claims.containsAll(Set.of("groups", CurrentUser.UNIT_CLAIM)), "mapped claims: " + claims);
    }

    private static String servicePort() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.http.port");
    }

    private static JsonNode configMap() throws IOException {
        return DeployFiles.kubernetesObjects().get("ConfigMap/ungcuu-config").path("data");
    }

    private static List<String> composePorts() {
        JsonNode ports = DeployFiles.documents(DeployFiles.COMPOSE).get(0).at("/services/ungcuu/ports");
        return java.util.stream.StreamSupport.stream(ports.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertSelects(JsonNode selector, JsonNode labels, String what) {
        assertTrue(selects(selector, labels), what + " " + selector + " selects the pods " + labels);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (String key : fieldNames(selector)) {
            if (!selector.get(key).asText().equals(labels.path(key).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
