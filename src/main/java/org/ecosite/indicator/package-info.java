/** The domain of figures: indicators, their types, units and reference standards, periods and observations. */
package org.ecosite.indicator;
