/** Expensive, deterministic results kept between builds, keyed by a hash of everything they depend on. */
package org.ecosite.cache;
