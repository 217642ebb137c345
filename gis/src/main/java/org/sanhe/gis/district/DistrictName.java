package org.sanhe.gis.district;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of a city's district-name table, which the {@link DistrictImport} uses to give each source polygon (that
 * carries only a Chinese name) its administrative code and English name. The table is a UTF-8 text file, one
 * district a line as {@code code,name,nameEn}; blank lines and lines starting with {@code #} are comments (e.g.
 * {@code config/xian/district-names.csv}).
 *
 * @param code   administrative code
 * @param name   the name the source polygons carry
 * @param nameEn English (pinyin) name
 */
public record DistrictName(String code, String name, String nameEn) {

    /** The rows of a table file, in file order. */
    public static List<DistrictName> readTable(Path file) throws IOException {
        List<DistrictName> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected code,name,nameEn, was "
                        + line);
            }
            rows.add(new DistrictName(fields[0].strip(), fields[1].strip(), fields[2].strip()));
        }
        return List.copyOf(rows);
    }

    /** The row with that name. */
    public static Optional<DistrictName> named(List<DistrictName> table, String name) {
        return table.stream().filter(d -> d.name.equals(name)).findFirst();
    }
}
