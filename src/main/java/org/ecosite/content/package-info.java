/** Walks content/ in sorted order, splits front matter from the body and reads it into typed records with positions. */
package org.ecosite.content;
