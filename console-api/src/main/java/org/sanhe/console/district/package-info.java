/** Which district a point is in: {@code GET /api/v1/districts/at}, from the GIS district map. */
package org.sanhe.console.district;
