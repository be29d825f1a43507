/** Pages from Pebble templates: the only Pebble code. Templates see view records, never the model. */
package org.ecosite.template;
