/**
 * Authorities: the bodies that receive a unit's official reports (the provincial police's cyber-security division
 * PA05, the Ministry of Public Security's A05 with VNCERT/CC, its personal-data protection agency PDP, the
 * provincial Department of Science and Technology SKHCN, the provincial response team RESPONSE-TEAM).
 *
 * <p>They are deployment data that an administrator keeps over the API, not code: their names, their addresses
 * and even which body receives what change with reorganisations (Sở TTTT merged into Sở KH&amp;CN on 01/03/2025),
 * faster than a release. The five defaults of the 2026 regime are seeded by Liquibase under the codes the regimes
 * name as default recipients, with no contact channels: the deploying body fills them in. A code is the key other
 * records point at, so it never changes and an authority is never deleted; one no longer in use is deactivated.
 *
 * <p>Every caller with a role reads them; administrators create and replace them, under If-Match, each write
 * audited field by field in its transaction. Contact channels are a JSON list checked here item by item, so that a
 * problem names {@code channels[1].value}. Of the features, this package depends on none: regimes and official
 * reports refer to authorities by code.
 */
package vn.ungcuu.authority;
