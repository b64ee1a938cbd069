/**
 * Playbooks, the plan's response scenarios per incident category, and the tasks they become on an incident.
 *
 * <p>One playbook per national category ships in Vietnamese ({@code playbooks/default-playbooks.json}, after the
 * steps of Circular 20/2017: verify and collect evidence, contain, eradicate, restore, test, review, adapted per
 * category). The defaults are stored at first start and then edited over the API; a default already stored is
 * never rewritten, so edits survive restarts ({@link vn.ungcuu.playbook.DefaultPlaybooks}). At most one playbook
 * per category is active, and making a second one active is a 409, so saving a draft never silently replaces the
 * one in force. Every change makes a new version, kept in an append-only table and readable with
 * {@code ?version=N}; tasks keep pointing at the version they came from.
 *
 * <p>TRIAGE turns the active playbook's steps into the incident's tasks ({@link vn.ungcuu.playbook.TaskPlanner}),
 * once: a re-triage after REOPEN adds none. Coordinators and the incident's responder add and edit tasks; the
 * task's assignee marks it DONE or SKIPPED (a note is required), even without being able to read the incident.
 * Every task change locks the incident row, so it never lands on an incident being closed, and is audited on the
 * incident. CLOSE is refused (409, {@code openTasks}) while tasks are OPEN unless the coordinator gives
 * {@code openTasksReason}, which is recorded.
 */
package vn.ungcuu.playbook;
