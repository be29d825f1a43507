/** Open data: the figures as CSV and JSON files and as JSON-LD in pages. The only Commons CSV and Jackson code of the build. */
package org.ecosite.data;
