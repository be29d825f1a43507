/**
 * Turns a report as county bureaus write it, a Word file (.docx, read by {@code WordReader}, the only
 * Apache POI code) or plain text (UTF-8, GBK, UTF-16), into a Markdown report: outline numbering and
 * heading styles into headings, lists, tables, pictures; title, organisation, region and period from
 * the text; figures found in sentences and table cells proposed as indicators; placeholders and Word
 * artefacts said plainly. What it could not know is marked "# 待确认" for the editor. The result is a
 * draft that builds.
 */
package org.ecosite.importer;
