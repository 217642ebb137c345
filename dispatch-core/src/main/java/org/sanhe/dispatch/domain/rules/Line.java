package org.sanhe.dispatch.domain.rules;

import java.util.Objects;

/**
 * An emergency line of the centre, e.g. 110 (police), 122 (traffic police), 119 (fire).
 *
 * @param code   the number dialled, used as the line's identity
 * @param agency the agency whose incidents this line mostly reports
 * @param nameZh Chinese name
 * @param nameEn English name
 */
public record Line(String code, String agency, String nameZh, String nameEn) {

    public Line {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(agency, "agency");
        nameZh = nameZh == null ? code : nameZh;
        nameEn = nameEn == null ? code : nameEn;
    }
}
