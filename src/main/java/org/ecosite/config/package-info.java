/** site.yaml: read once, validated, with every default in one place. */
package org.ecosite.config;
