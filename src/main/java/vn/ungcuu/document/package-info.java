/**
 * Administrative documents: official reports and periodic reports as DOCX and PDF in the layout of Decree
 * 30/2020/NĐ-CP, their wording from versioned templates (data, never rewritten), every generation audited. Features
 * hand over their facts in a {@link vn.ungcuu.document.DocumentOrder}; {@code render} lays the page out and knows
 * nothing of incidents.
 */
package vn.ungcuu.document;
