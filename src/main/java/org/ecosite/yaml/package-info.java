/** The only code that imports SnakeYAML: loads YAML safely into a small tree that remembers where each value stood. */
package org.ecosite.yaml;
