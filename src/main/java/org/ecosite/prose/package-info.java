/**
 * Reading the prose of Chinese work reports: placeholders standing for figures, Word and
 * conversion artefacts, and the figures a sentence states. Pure text in, findings with offsets
 * out; no I/O, no problems. Used by the checks of a build and by the importer.
 */
package org.ecosite.prose;
