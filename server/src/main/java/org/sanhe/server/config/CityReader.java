package org.sanhe.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.sanhe.gis.district.DistrictFile;
import org.sanhe.gis.district.InvalidDistrictsException;
import org.sanhe.gis.projection.Datum;
import org.sanhe.gis.projection.MetricProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code city:} section and the district file it names ({@link DistrictFile}), so that a bad file stops
 * start-up like any other bad value: every problem of the file under the key {@code city.districts}, with the file
 * and the feature. A polygon repaired on the way is logged as a warning. Called once, on the start-up thread.
 */
final class CityReader {

    /** A file with more problems than this lists the first ones and a count of the rest. */
    static final int MAX_PROBLEMS_SHOWN = 20;

    private static final Logger LOG = LoggerFactory.getLogger(CityReader.class);
    private static final String KEY = "city.districts";

    private CityReader() {
    }

    /** The city, or null after adding its problems to the tree. */
    static CitySettings read(ConfigTree tree) {
        tree.onlyKeys("city", Set.of("name", "districts", "datum"));
        String name = tree.text("city.name");
        Datum datum = tree.datum("city.datum", " (the datum of the district file's coordinates; gcj02 for data "
                + "traced on Chinese web maps)");
        String location = tree.text(KEY);
        if (location.isEmpty() || datum == null) {
            return null;
        }
        DataFile file = tree.file(location);
        try (InputStream in = file.open()) {
            DistrictFile districts = DistrictFile.read(in, datum);
            districts.warnings().forEach(warning -> LOG.warn("{}: {}: {}", KEY, file, warning));
            return new CitySettings(name, file, datum, districts.districts(),
                    MetricProjection.forArea(districts.districts().serviceArea()));
        } catch (InvalidDistrictsException e) {
            report(tree, file, e.problems());
        } catch (IOException | UncheckedIOException e) {
            tree.problem(KEY, file + ": cannot be read: " + e.getMessage());
        }
        return null;
    }

    private static void report(ConfigTree tree, DataFile file, List<String> problems) {
        problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(problem -> tree.problem(KEY, file + ": " + problem));
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            tree.problem(KEY, file + ": and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more problems");
        }
    }
}
