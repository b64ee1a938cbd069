/**
 * The preparedness registers the plan asks for: drills (the unit's own, and the national ones it took part in:
 * date, scenario, units, findings), training (course, date, people, and the certificates Law 116/2025 Art. 34.2
 * requires of the administrators of level 3-5 systems) and the security checks of equipment before use (plan
 * II.4), each with its files, listed with filters and counted in the 6-monthly and yearly summary report.
 *
 * <p><b>One record type, a kind per record.</b> The three registers share what is listed, filtered and counted
 * (the unit, the day it was held, a title, a note, files); each kind adds its own fields, and a field of another
 * kind is a 400 naming it (the table's checks say the same). One list and one attachment endpoint serve all three.
 *
 * <p><b>Append-only.</b> A record states what was done, like an official report: the database refuses updates
 * and deletions (there is no correction yet: record the right one and say so in its note).
 *
 * <p><b>Files: the evidence store, a description of their own.</b> The bytes go into {@code attachment_content}
 * through {@link vn.ungcuu.evidence.EvidenceStore} (streamed, hashed, append-only, sliced downloads that refuse
 * bytes no longer matching their SHA-256), and the multipart part is read by the evidence package's rules; but an
 * evidence attachment belongs to an incident ({@code attachment.incident_id} is required, and who may read it is
 * the incident's rule), so a record's files are described in {@code preparedness_attachment}, read under the
 * record's rule.
 *
 * <p>Who: a unit's reporter records and reads its own unit's records (another unit's are 404); coordinators and
 * administrators record for any unit; coordinators, auditors and administrators read all. Every record and file is
 * audited in its transaction ({@code PREPAREDNESS_RECORD}, {@code CREATE} and {@code ATTACH}). Of the features,
 * this package depends on unit (units and systems named) and evidence (the byte store); report reads its counts.
 */
package vn.ungcuu.preparedness;
