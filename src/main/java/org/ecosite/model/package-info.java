/** The site as data: routes, sections, regions and pages; built once, immutable, sorted, no I/O. */
package org.ecosite.model;
