/**
 * Units (communes, towns, offices, the police, the coordinating and provincial bodies) and the information
 * systems they operate: the registry every other feature refers to.
 *
 * <p>A unit carries two named contacts, its leader responsible for ATTT and its focal point officer (cán bộ đầu
 * mối), because the plan makes every unit name both. A change of focal point is audited and published as
 * {@code unit.focal_point_changed} in the same transaction (Circular 20/2017 wants it reported within 24 h). A
 * system carries its security level (cấp độ 1–5) and the state of its level dossier; the severity assessment
 * reads the levels of the systems an incident hit. Administrators write units; administrators and coordinators
 * write systems; reporters see only their own unit and its systems (any other is a 404). Every create and change
 * is audited in its transaction.
 *
 * <p>The system register follows Decree 331/2026/NĐ-CP: the level with the criterion applied, owner (chủ quản),
 * operator, the owner's cyber-security unit, approval of the level ({@link vn.ungcuu.unit.ApprovalStatus}, with the
 * decree's Vietnamese labels), the security regulation and plan, checks (before use, periodic) and what the level
 * rules read (administrative procedures, personal-data subjects). Its rules, thresholds and dates with their legal
 * basis, live in {@link vn.ungcuu.unit.SystemRules} alone: the warnings a system answers and the {@code ?warning=}
 * filter both read them. They are constants, not a data file like the incident regimes, because the deploying body
 * does not choose them and no two versions are ever in force side by side. The register's fields are additive: a
 * PUT that leaves them out keeps them, so a client written before them erases nothing.
 *
 * <p>{@code POST /systems/import} ({@link vn.ungcuu.unit.SystemImportService}) plans every line before writing any
 * (a dry run answers the plan), and a real import is all or nothing, every error named {@code lines[N].field}. It
 * lives in files of its own, apart from the units' import.
 *
 * <p><b>The map.</b> Since 01/07/2025 a province deals with its communes directly, and the unit list is data that
 * changes: a unit has {@code validFrom}/{@code validTo} (local days, {@code validTo} exclusive) and, once merged or
 * split, successors ({@code unit_succession}, {@link vn.ungcuu.unit.SuccessionService}). An ended unit files nothing
 * new ({@link vn.ungcuu.unit.UnitMaps#requireInForce}, the one home of that rule). Incidents never move: they keep
 * the unit they were filed under, and {@link vn.ungcuu.unit.UnitMap} says which unit an old code is today (merges
 * are followed, splits are not, so each incident has exactly one current unit) and which units a unit carries on
 * (read by the incident feature's access rule and list filter, and by the summary report). The graph is read per
 * request, never cached: it is small, and another instance may change it. Changes to the map take one advisory
 * lock, so two concurrent changes cannot together make a circle. The import ({@link vn.ungcuu.unit.UnitImportService})
 * checks every row against the registry and the rest of the file before writing anything, so that a dry run and
 * a refused import can name every problem by line and field.
 *
 * <p>Unit codes given in paths and filters are checked ({@link vn.ungcuu.unit.UnitCodes}) before they reach a
 * query. Of the features, this package depends only on audit and outbox. A create or replace that changes the lead
 * or the focal point also fires {@link vn.ungcuu.unit.UnitContactsChanged} in its transaction, which the
 * focal-point register ({@code focalpoint/}) observes: this package does not know it.
 */
package vn.ungcuu.unit;
