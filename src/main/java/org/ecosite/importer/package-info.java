/**
 * Turns a plain-text report, as county bureaus export it from Word (UTF-8 or GBK), into a Markdown
 * report: outline numbering into headings and lists, title, organisation, region and period from the
 * text, figures found in sentences proposed as indicators for the editor to confirm, placeholders and
 * Word artefacts said plainly. The result is a draft that builds.
 */
package org.ecosite.importer;
