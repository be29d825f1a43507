/**
 * Checks of what editors wrote beyond its form, run by every build after content is read: figures
 * hidden behind placeholders, Word and conversion artefacts, figures in the text that disagree with
 * the front matter, dates in the future, a site left without news. All are warnings; a strict build
 * turns them into errors.
 */
package org.ecosite.lint;
