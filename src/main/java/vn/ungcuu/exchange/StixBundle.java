package vn.ungcuu.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A STIX 2.1 bundle: the reporting unit's identity, the incident and its TLP 2.0 marking definition.
 * Property names are STIX's (snake_case); ids are {@code <type>--<UUID>}.
 */
@Schema(name = "StixBundle", description = "A STIX 2.1 bundle (application/stix+json;version=2.1)")
public record StixBundle(
        @Schema(required = true, enumeration = "bundle") String type,
        @Schema(required = true, pattern = "^bundle--" + StixBundle.UUID_PATTERN,
                example = "bundle--0b8f6a4e-5f3d-4c1e-9a57-3f8e2b1d6c42") String id,
        @Schema(required = true, description = "The identity, the incident and the marking definition")
        List<StixObject> objects) {

    /** An RFC 4122 UUID as STIX's identifier schema accepts it (versions 1-5). */
    static final String UUID_PATTERN =
            "[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";
    static final String TIMESTAMP_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$";

    /** One object of the bundle. */
    @Schema(name = "StixObject", oneOf = {Identity.class, Incident.class, MarkingDefinition.class},
            discriminatorProperty = "type", discriminatorMapping = {
                    @DiscriminatorMapping(value = "identity", schema = Identity.class),
                    @DiscriminatorMapping(value = "incident", schema = Incident.class),
                    @DiscriminatorMapping(value = "marking-definition", schema = MarkingDefinition.class)})
    public sealed interface StixObject permits Identity, Incident, MarkingDefinition {
    }

    /** The reporting unit, as the creator of the incident object. */
    @Schema(name = "StixIdentity")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identity(
            @Schema(required = true, enumeration = "identity") String type,
            @JsonProperty("spec_version") @Schema(required = true, enumeration = "2.1") String specVersion,
            @Schema(required = true, pattern = "^identity--" + UUID_PATTERN,
                    description = "Stable per unit (a name-based UUID of the unit code)") String id,
            @Schema(required = true, pattern = TIMESTAMP_PATTERN) String created,
            @Schema(required = true, pattern = TIMESTAMP_PATTERN) String modified,
            @Schema(required = true, description = "The unit's name", example = "UBND xã Minh Sơn") String name,
            @JsonProperty("identity_class") @Schema(required = true, enumeration = "organization")
            String identityClass,
            @Schema(required = true, description = "industry-sector-ov: government-local, or "
                    + "government-regional for provincial bodies") List<String> sectors,
            @JsonProperty("contact_information")
            @Schema(description = "The unit's focal point, when it has one",
                    example = "Lê Văn Bình, 0912 345 678") String contactInformation) implements StixObject {
    }

    /** The incident itself. */
    @Schema(name = "StixIncident")
    public record Incident(
            @Schema(required = true, enumeration = "incident") String type,
            @JsonProperty("spec_version") @Schema(required = true, enumeration = "2.1") String specVersion,
            @Schema(required = true, pattern = "^incident--" + UUID_PATTERN,
                    description = "Stable per incident (a name-based UUID of the incident's id)") String id,
            @Schema(required = true, pattern = TIMESTAMP_PATTERN, description = "When it was reported")
            String created,
            @Schema(required = true, pattern = TIMESTAMP_PATTERN, description = "When it last changed")
            String modified,
            @JsonProperty("created_by_ref") @Schema(required = true, pattern = "^identity--" + UUID_PATTERN)
            String createdByRef,
            @Schema(required = true, description = "The incident's title") String name,
            @Schema(required = true) String description,
            @Schema(required = true, description = "The RSIT classification and the national category as "
                    + "machine tags, e.g. rsit:malicious-code=\"infected-system\" and ungcuu:category=\"MALWARE\"")
            List<String> labels,
            @JsonProperty("external_references") @Schema(required = true,
                    description = "The incident's reference (source_name ungcuu)")
            List<ExternalReference> externalReferences,
            @JsonProperty("object_marking_refs") @Schema(required = true,
                    description = "The OASIS TLP 2.0 marking definition of the incident's tlp")
            List<String> objectMarkingRefs) implements StixObject {
    }

    /** A TLP 2.0 marking definition, exactly as OASIS publishes it. */
    @Schema(name = "StixMarkingDefinition")
    public record MarkingDefinition(
            @Schema(required = true, enumeration = "marking-definition") String type,
            @JsonProperty("spec_version") @Schema(required = true, enumeration = "2.1") String specVersion,
            @Schema(required = true, pattern = "^marking-definition--" + UUID_PATTERN,
                    example = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421") String id,
            @Schema(required = true, pattern = TIMESTAMP_PATTERN) String created,
            @Schema(required = true, example = "TLP:AMBER") String name,
            @Schema(required = true, description = "Keyed by the TLP 2.0 extension definition "
                    + TlpMarking.TLP2_EXTENSION_ID) Map<String, TlpExtension> extensions) implements StixObject {
    }

    @Schema(name = "StixExternalReference")
    public record ExternalReference(
            @JsonProperty("source_name") @Schema(required = true, example = "ungcuu") String sourceName,
            @JsonProperty("external_id") @Schema(required = true, example = "SC-2026-000042") String externalId) {
    }

    @Schema(name = "StixTlpExtension")
    public record TlpExtension(
            @JsonProperty("extension_type") @Schema(required = true, enumeration = "property-extension")
            String extensionType,
            @JsonProperty("tlp_2_0") @Schema(required = true,
                    enumeration = {"clear", "green", "amber", "amber+strict", "red"}) String tlp2) {
    }
}
