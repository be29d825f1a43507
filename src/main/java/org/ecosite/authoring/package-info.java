/**
 * Writing new content files for editors: the skeleton of a new report, and the front matter of a
 * report made from another document. Everything written reads back through the content stage
 * exactly as meant; values are quoted by the YAML adapter, never by hand.
 */
package org.ecosite.authoring;
